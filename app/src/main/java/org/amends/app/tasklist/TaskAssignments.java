package org.amends.app.tasklist;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import org.amends.app.security.CurrentStaff;
import org.springframework.stereotype.Service;

/**
 * Claiming, unclaiming and assigning tasks through the Camunda client. Claiming never takes a
 * task from a colleague (allowOverride false): when two people claim at once, the engine refuses
 * the second and they are told who has it.
 */
@Service
class TaskAssignments {

  private final CamundaClient camunda;
  private final CurrentStaff staff;

  TaskAssignments(CamundaClient camunda, CurrentStaff staff) {
    this.camunda = camunda;
    this.staff = staff;
  }

  UserTask claim(long key) {
    UserTask task = openTask(key);
    String me = staff.username();
    if (me.equals(task.getAssignee())) {
      return task;
    }
    assign(task, me);
    return task;
  }

  UserTask unclaim(long key) {
    UserTask task = openTask(key);
    if (task.getAssignee() == null) {
      return task;
    }
    if (!staff.username().equals(task.getAssignee())) {
      throw new TaskProblem("You cannot unassign " + name(task) + ": it is assigned to "
          + staff.displayName(task.getAssignee()));
    }
    try {
      camunda.newUnassignUserTaskCommand(key).send().join();
    } catch (ClientException e) {
      throw engineRefused(key, e);
    }
    return task;
  }

  /** Gives an unassigned task, or one of mine, to a colleague. */
  UserTask assignTo(long key, String colleague) {
    if (colleague == null || staff.colleagues().stream().noneMatch(c -> c.username().equals(colleague))) {
      throw new TaskProblem("Select a colleague to assign " + name(openTask(key)) + " to");
    }
    UserTask task = openTask(key);
    assign(task, colleague);
    return task;
  }

  private void assign(UserTask task, String assignee) {
    String current = task.getAssignee();
    if (current != null && !current.equals(staff.username())) {
      throw alreadyAssigned(task, current);
    }
    try {
      // my own task may pass to a colleague; an unassigned one only if nobody took it meanwhile
      camunda.newAssignUserTaskCommand(task.getUserTaskKey())
          .assignee(assignee)
          .allowOverride(current != null)
          .send().join();
    } catch (ClientException e) {
      throw engineRefused(task.getUserTaskKey(), e);
    }
  }

  UserTask openTask(long key) {
    UserTask task = TaskPageController.findTask(camunda, key)
        .orElseThrow(() -> new TaskProblem("There is no task " + key + ". It may have been removed."));
    if (task.getState() != UserTaskState.CREATED) {
      throw new TaskProblem(name(task) + " is already " + task.getState().name().toLowerCase()
          + ", so it cannot be changed");
    }
    return task;
  }

  /** What the engine said, in words: re-read the task to say who has it now. */
  private TaskProblem engineRefused(long key, ClientException e) {
    UserTask now = TaskPageController.findTask(camunda, key).orElse(null);
    if (now == null) {
      return new TaskProblem("There is no task " + key + ". It may have been removed.");
    }
    if (now.getAssignee() != null && !now.getAssignee().equals(staff.username())) {
      return alreadyAssigned(now, now.getAssignee());
    }
    String detail = e instanceof ProblemException p && p.details() != null ? p.details().getDetail() : null;
    return new TaskProblem("The task could not be changed" + (detail == null ? "" : ": " + detail));
  }

  private TaskProblem alreadyAssigned(UserTask task, String assignee) {
    return new TaskProblem(name(task) + " is already assigned to " + staff.displayName(assignee)
        + ". Ask them to unassign it if you need to take it over.");
  }

  private static String name(UserTask task) {
    return "‘" + task.getName() + "’";
  }
}
