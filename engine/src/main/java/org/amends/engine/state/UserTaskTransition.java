package org.amends.engine.state;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user task transition whose listeners are running: the task's attributes as they will be once
 * it is finalized (the command's changes and the listeners' corrections), which listener is next,
 * and what the command carried (the completion's variables).
 */
public final class UserTaskTransition {

  /** The listener event: CREATING, ASSIGNING, UPDATING, COMPLETING or CANCELING. */
  public String eventType;
  /** The command's action, as the listener's {@code io.camunda.zeebe:action} header tells it. */
  public String action;
  public int listenerIndex;
  public String assignee;
  public List<String> candidateGroups = new ArrayList<>();
  public List<String> candidateUsers = new ArrayList<>();
  public OffsetDateTime dueDate;
  public OffsetDateTime followUpDate;
  public int priority;
  /** The attributes the command changed, and those the listeners corrected since. */
  public List<String> changedAttributes = new ArrayList<>();
  public Map<String, Object> variables = new LinkedHashMap<>();
  /** Updating: the transition sets these variables on the task's element instance (Zeebe's variable update). */
  public boolean variableUpdate;
  /** Creating: the assignee the process gave, assigned once the task is created. */
  public String initialAssignee;
}
