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

  public enum State {
    CREATED,
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

  @Override
  @JsonIgnore
  public boolean active() {
    return state == State.CREATED;
  }
}
