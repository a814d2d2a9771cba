package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Camunda user task: work for a person, with its form. */
public final class UserTask extends InstanceRow<UserTask.State> {

  /** Zeebe's user task states; the -ING ones last while the transition's listeners run. */
  public enum State {
    CREATING,
    CREATED,
    ASSIGNING,
    UPDATING,
    COMPLETING,
    CANCELING,
    COMPLETED,
    CANCELED,
    FAILED
  }

  public String name;
  public String assignee;
  public List<String> candidateGroups = new ArrayList<>();
  public List<String> candidateUsers = new ArrayList<>();
  public OffsetDateTime dueDate;
  public OffsetDateTime followUpDate;
  public int priority = 50;
  public long formKey = -1;
  public String externalFormReference;
  public Map<String, String> customHeaders = new LinkedHashMap<>();
  public long elementInstanceKey;
  public long processDefinitionKey;
  public String bpmnProcessId;
  public int processDefinitionVersion;
  public String elementId;
  public String tenantId = "<default>";
  public Instant creationDate;
  public Instant completionDate;
  /** The transition under way while its task listeners run; null otherwise. */
  public UserTaskTransition transition;

  @Override
  @JsonIgnore
  public boolean active() {
    return state != State.COMPLETED && state != State.CANCELED && state != State.FAILED;
  }
}
