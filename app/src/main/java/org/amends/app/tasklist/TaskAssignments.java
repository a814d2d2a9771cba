package org.amends.app.tasklist;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.util.List;
import org.amends.app.security.CurrentStaff;
import org.amends.app.security.Role;
import org.amends.app.security.SecuritySettings;
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
  private final TaskAccess access;

  TaskAssignments(CamundaClient camunda, CurrentStaff staff, TaskAccess access) {
    this.camunda = camunda;
    this.staff = staff;
    this.access = access;
  }

  UserTask claim(long key) {
    UserTask task = openTask(key, "claim");
    String me = staff.username();
    if (me.equals(task.getAssignee())) {
      return task;
    }
    assign(task, me);
    return task;
  }

  UserTask unclaim(long key) {
    UserTask task = openTask(key, "unclaim");
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

  /**
   * Gives an unassigned task, or one of mine, to a colleague who could do it themselves: in one
   * of its candidate groups (or one of its candidate users), and able to see its case.
   */
  UserTask assignTo(long key, String colleague) {
    UserTask task = openTask(key, "assign");
    SecuritySettings.StaffUser to = colleague == null ? null : staff.colleagues().stream()
        .filter(c -> c.username().equals(colleague))
        .findFirst().orElse(null);
    if (to == null) {
      throw new TaskProblem("Select a colleague to assign " + name(task) + " to");
    }
    List<String> groups = to.roles().stream().map(Role::group).toList();
    if (!access.mayBeGivenTo(task, to.username(), groups)) {
      throw new TaskProblem("You cannot assign " + name(task) + " to " + to.name() + " because "
          + access.whyNotFor(task, to.username(), groups) + ". Select someone who can do it.");
    }
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

  /** The task, refused unless it is the signed-in member of staff's to do, and still open. */
  UserTask openTask(long key, String doing) {
    // a task that does not exist is answered as one that is not theirs to see
    UserTask task = TaskPageController.findTask(camunda, key).orElseThrow(TaskHidden::new);
    access.check(task, doing);
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
