package org.amends.app.tasklist;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.amends.app.casework.ProcessIds;
import org.amends.app.security.CaseAccess;
import org.amends.app.security.CurrentStaff;
import org.amends.app.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may open, claim, unclaim, assign and complete a task, from what the Camunda client says
 * about it: someone who may see its case (a task outside any case: someone who sees every case),
 * and who is in one of its candidate groups or is one of its candidate users. Whether it is
 * theirs or a colleague's (the assignee) is TaskAssignments' and TaskCompletion's to check.
 */
@Component
class TaskAccess {

  private final CamundaClient camunda;
  private final CaseAccess cases;
  private final CurrentStaff staff;

  TaskAccess(CamundaClient camunda, CaseAccess cases, CurrentStaff staff) {
    this.camunda = camunda;
    this.cases = cases;
    this.staff = staff;
  }

  /**
   * Refuses the signed-in member of staff the task unless they may do it. A task on a case they
   * may not see is {@link TaskHidden}: answered as if it did not exist.
   */
  void check(UserTask task, Long caseId, String doing) {
    if (caseId == null ? !cases.seesEveryCase() : !cases.maySee(caseId)) {
      throw new TaskHidden();
    }
    if (!mayDo(task, staff.username(), staff.groups())) {
      throw new TaskRefused("You cannot " + doing + " ‘" + task.getName() + "’ because it is "
          + meantFor(task) + ".");
    }
  }

  /** {@link #check} for a task whose case id is not known yet. */
  void check(UserTask task, String doing) {
    check(task, caseId(task.getUserTaskKey()).orElse(null), doing);
  }

  /** Whether the colleague could do the task themselves: the only people it may be assigned to. */
  boolean mayBeGivenTo(UserTask task, String username, Collection<String> groups) {
    Long caseId = caseId(task.getUserTaskKey()).orElse(null);
    boolean seesCase = caseId == null
        ? CaseAccess.seesEveryCase(groups)
        : cases.maySee(username, groups, caseId);
    return seesCase && inCandidates(task, username, groups);
  }

  /** Why the colleague may not be given the task, as the end of a sentence. */
  String whyNotFor(UserTask task, String username, Collection<String> groups) {
    return inCandidates(task, username, groups)
        ? "they are not allocated to its case"
        : "it is " + meantFor(task);
  }

  private static String meantFor(UserTask task) {
    List<String> groups = nonNull(task.getCandidateGroups());
    if (!groups.isEmpty()) {
      return "a task for " + String.join(" or ", groups);
    }
    if (!nonNull(task.getCandidateUsers()).isEmpty()) {
      return "a task for the people named on it";
    }
    return "a task for coordinators";
  }

  /**
   * Being its assignee is not enough: a task assigned outside the tasklist to someone outside
   * its candidates is still not theirs. Only a task without candidates is its assignee's.
   */
  private static boolean mayDo(UserTask task, String username, Collection<String> groups) {
    return inCandidates(task, username, groups)
        || (hasNoCandidates(task) && username.equals(task.getAssignee()));
  }

  /** In its candidate groups or users; a task without candidates is the coordinators'. */
  private static boolean inCandidates(UserTask task, String username, Collection<String> groups) {
    if (hasNoCandidates(task)) {
      return groups.contains(Role.COORDINATOR.group());
    }
    return nonNull(task.getCandidateGroups()).stream().anyMatch(groups::contains)
        || nonNull(task.getCandidateUsers()).contains(username);
  }

  private static boolean hasNoCandidates(UserTask task) {
    return nonNull(task.getCandidateGroups()).isEmpty() && nonNull(task.getCandidateUsers()).isEmpty();
  }

  /** The case the task belongs to: the caseId its process carries (its own scope first). */
  private Optional<Long> caseId(long taskKey) {
    List<Variable> found = camunda.newUserTaskVariableSearchRequest(taskKey)
        .filter(f -> f.name(n -> n.in("caseId")))
        .send().join().items();
    return found.stream()
        .map(Variable::getValue)
        .filter(v -> v != null && !"null".equals(v))
        .findFirst()
        .map(v -> ProcessIds.id("caseId", v.startsWith("\"") ? v.substring(1, v.length() - 1) : v));
  }

  private static List<String> nonNull(List<String> values) {
    return values == null ? List.of() : values;
  }
}
