package org.amends.engine.processing.command;

import java.util.ArrayList;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.UserTaskChanges;
import org.amends.engine.model.ListenerEventType;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.UserTask;
import org.amends.engine.state.UserTaskTransition;

/**
 * What people do with user tasks: assign, unassign, update (also by setting variables on the
 * task's element instance), complete. Each returns whether the
 * task's listeners now run (the command is answered when they are done) or it took effect at once.
 */
public final class UserTaskCommands {

  private UserTaskCommands() {}

  public static boolean assign(BpmnRuntime runtime, long key, String assignee, boolean allowOverride) {
    UserTask task = task(runtime, key, "assign");
    if (assignee == null || assignee.isBlank()) {
      throw EngineException.invalidArgument("No assignee provided");
    }
    if (!allowOverride && task.assignee != null && !task.assignee.equals(assignee)) {
      throw EngineException.invalidState(
          "Expected to assign user task with key '" + key + "', but it is already assigned to '" + task.assignee + "'");
    }
    if (runtime.userTasks().begin(task, ListenerEventType.ASSIGNING, "assign", t -> t.assignee = assignee, Map.of())) {
      return true;
    }
    task.assignee = assignee;
    runtime.state().save(task);
    return false;
  }

  public static boolean unassign(BpmnRuntime runtime, long key) {
    UserTask task = task(runtime, key, "unassign");
    if (runtime.userTasks().begin(task, ListenerEventType.ASSIGNING, "unassign", t -> t.assignee = null, Map.of())) {
      return true;
    }
    task.assignee = null;
    runtime.state().save(task);
    return false;
  }

  public static boolean update(BpmnRuntime runtime, long key, UserTaskChanges changes) {
    UserTask task = task(runtime, key, "update");
    if (changes.priority() != null && (changes.priority() < 0 || changes.priority() > 100)) {
      throw EngineException.invalidArgument("The value for priority is '" + changes.priority() + "' but must be within the [0,100] range.");
    }
    if (runtime.userTasks().begin(task, ListenerEventType.UPDATING, "update", t -> apply(t, changes), Map.of())) {
      return true;
    }
    UserTaskTransition updated = new UserTaskTransition();
    updated.dueDate = task.dueDate;
    updated.followUpDate = task.followUpDate;
    updated.candidateGroups = task.candidateGroups;
    updated.candidateUsers = task.candidateUsers;
    updated.priority = task.priority;
    apply(updated, changes);
    task.dueDate = updated.dueDate;
    task.followUpDate = updated.followUpDate;
    task.candidateGroups = updated.candidateGroups;
    task.candidateUsers = updated.candidateUsers;
    task.priority = updated.priority;
    runtime.state().save(task);
    return false;
  }

  private static void apply(UserTaskTransition task, UserTaskChanges changes) {
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
  }

  public static boolean complete(BpmnRuntime runtime, long key, Map<String, Object> variables) {
    UserTask task = task(runtime, key, "complete");
    Map<String, Object> values = variables == null ? Map.of() : variables;
    if (runtime.userTasks().begin(task, ListenerEventType.COMPLETING, "complete", t -> { }, values)) {
      return true;
    }
    runtime.userTasks().complete(task, values);
    return false;
  }

  /**
   * Variables set on a user task's element instance, local or not, update the task as in Zeebe:
   * the task goes through UPDATING with {@code variables} changed, its updating listeners may deny
   * it, and the variables are set locally on the element instance once they are done. Returns the
   * task's key when the listeners now run, else -1.
   */
  static long updateVariables(BpmnRuntime runtime, ElementInstance instance, Map<String, Object> variables) {
    UserTask task = runtime.state().userTasks.get(instance.userTaskKey);
    if (task.state != UserTask.State.CREATED) {
      throw EngineException.invalidState(
          "Expected to trigger update transition for user task with key '" + task.key + "', but it is in state '" + task.state + "'");
    }
    if (runtime.userTasks().begin(task, ListenerEventType.UPDATING, null, t -> t.variableUpdate = true, variables)) {
      return task.key;
    }
    runtime.variables().setLocal(instance, variables);
    return -1;
  }

  /** The task, if it exists and is CREATED: while a transition's listeners run it takes no other command. */
  private static UserTask task(BpmnRuntime runtime, long key, String action) {
    UserTask task = runtime.state().userTasks.get(key);
    if (task == null || !task.active()) {
      throw EngineException.notFound(
          "Expected to " + action + " user task with key '" + key + "', but no such user task was found");
    }
    if (task.state != UserTask.State.CREATED) {
      throw EngineException.invalidState(
          "Expected to " + action + " user task with key '" + key + "', but it is in state '" + task.state + "'");
    }
    return task;
  }
}
