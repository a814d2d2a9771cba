package org.amends.engine.processing.command;

import java.util.ArrayList;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.UserTaskChanges;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.UserTask;

/** What people do with user tasks: assign, unassign, update, complete. */
public final class UserTaskCommands {

  private UserTaskCommands() {}

  public static void assign(BpmnRuntime runtime, long key, String assignee, boolean allowOverride) {
    UserTask task = task(runtime, key, "assign");
    if (assignee == null || assignee.isBlank()) {
      throw EngineException.invalidArgument("No assignee provided");
    }
    if (!allowOverride && task.assignee != null && !task.assignee.equals(assignee)) {
      throw EngineException.invalidState(
          "Expected to assign user task with key '" + key + "', but it is already assigned to '" + task.assignee + "'");
    }
    task.assignee = assignee;
    runtime.state().save(task);
  }

  public static void unassign(BpmnRuntime runtime, long key) {
    UserTask task = task(runtime, key, "unassign");
    task.assignee = null;
    runtime.state().save(task);
  }

  public static void update(BpmnRuntime runtime, long key, UserTaskChanges changes) {
    UserTask task = task(runtime, key, "update");
    if (changes.priority() != null && (changes.priority() < 0 || changes.priority() > 100)) {
      throw EngineException.invalidArgument("The value for priority is '" + changes.priority() + "' but must be within the [0,100] range.");
    }
    if (changes.clearDueDate()) {
      task.dueDate = null;
    } else if (changes.dueDate() != null) {
      task.dueDate = changes.dueDate();
    }
    if (changes.clearFollowUpDate()) {
      task.followUpDate = null;
    } else if (changes.followUpDate() != null) {
      task.followUpDate = changes.followUpDate();
    }
    if (changes.candidateGroups() != null) {
      task.candidateGroups = new ArrayList<>(changes.candidateGroups());
    }
    if (changes.candidateUsers() != null) {
      task.candidateUsers = new ArrayList<>(changes.candidateUsers());
    }
    if (changes.priority() != null) {
      task.priority = changes.priority();
    }
    runtime.state().save(task);
  }

  public static void complete(BpmnRuntime runtime, long key, Map<String, Object> variables) {
    UserTask task = task(runtime, key, "complete");
    task.state = UserTask.State.COMPLETED;
    task.completionDate = runtime.clock().now();
    runtime.state().save(task);
    ElementInstance instance = runtime.state().elementInstance(task.elementInstanceKey);
    if (instance != null) {
      instance.userTaskKey = -1;
      runtime.state().save(instance);
      runtime.lifecycle().complete(instance, variables == null ? Map.of() : variables);
    }
  }

  private static UserTask task(BpmnRuntime runtime, long key, String action) {
    UserTask task = runtime.state().userTasks.get(key);
    if (task == null || !task.active()) {
      throw EngineException.notFound(
          "Expected to " + action + " user task with key '" + key + "', but no such user task was found");
    }
    return task;
  }
}
