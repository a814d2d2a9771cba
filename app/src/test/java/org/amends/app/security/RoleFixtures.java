package org.amends.app.security;

import static org.amends.app.casework.CaseFixtures.harmed;
import static org.amends.app.casework.CaseFixtures.harmer;
import static org.amends.app.casework.CaseFixtures.newCase;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.amends.app.casework.Area;
import org.amends.app.casework.CaseCreated;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Sensitivity;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.facilitation.TrainingLevel;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the role tests need, made through the app's own services and the Camunda client: cases,
 * facilitators who sign in (linked by user name) and their allocations, and user tasks of a
 * candidate group on a case (a one-task process carrying the case's id, as the journey's
 * processes do). Public for the tests of other features' pages that need the same.
 */
public final class RoleFixtures {

  static final String TASK_PROCESS = "RoleFixtures_OneTask";

  private final CaseService cases;
  private final FacilitatorService facilitators;
  private final CamundaClient camunda;
  private boolean deployed;

  public RoleFixtures(CaseService cases, FacilitatorService facilitators, CamundaClient camunda) {
    this.cases = cases;
    this.facilitators = facilitators;
    this.camunda = camunda;
  }

  public static RequestPostProcessor as(String username, Role role) {
    return user(username).roles(role.name());
  }

  /** A case between two uniquely named people, with no journey (nothing moves it on). */
  public CaseCreated openCase(String surname) {
    return cases.createFromReferral(newCase(new Area("CHELMSFORD"), Sensitivity.NONE,
        harmed("Wren " + surname, LocalDate.of(1978, 6, 1), null),
        harmer("Sol " + surname, LocalDate.of(2000, 4, 2), null)));
  }

  /** A facilitator who signs in as {@code username}. */
  public Facilitator facilitator(String username) {
    Facilitator registered = facilitators.register(Facilitator.of("Fac " + username,
        UUID.randomUUID() + "@volunteers.example", LocalDate.of(1980, 1, 1), TrainingLevel.STANDARD,
        true, Set.of(new Area("CHELMSFORD"))));
    return username == null ? registered : facilitators.linkStaffUser(registered.id(), username);
  }

  public void allocate(long caseId, Facilitator first, Facilitator second) {
    facilitators.allocate(caseId, first.id(), second.id(), "role-tests");
  }

  /** An open user task for the candidate group on the case, as the journey's tasks carry it. */
  public UserTask task(long caseId, String candidateGroup) {
    deployTaskProcess();
    long instance = camunda.newCreateInstanceCommand()
        .bpmnProcessId(TASK_PROCESS + "_" + candidateGroup).latestVersion()
        .variables(Map.of("caseId", caseId))
        .send().join().getProcessInstanceKey();
    await().atMost(Duration.ofSeconds(20)).until(() -> !openTasks(instance).isEmpty());
    return openTasks(instance).get(0);
  }

  UserTask reread(UserTask task) {
    return camunda.newUserTaskGetRequest(task.getUserTaskKey()).send().join();
  }

  private List<UserTask> openTasks(long instance) {
    return camunda.newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(UserTaskState.CREATED))
        .send().join().items();
  }

  private void deployTaskProcess() {
    if (deployed) {
      return;
    }
    deployed = true;
    for (String group : List.of("coordinators", "facilitators")) {
      camunda.newDeployResourceCommand()
          .addProcessModel(Bpmn.createExecutableProcess(TASK_PROCESS + "_" + group)
              .startEvent()
              .userTask("UserTask_RoleFixture", u -> u.name("Role fixture task for " + group)
                  .zeebeUserTask().zeebeCandidateGroups(group))
              .endEvent().done(), TASK_PROCESS + "_" + group + ".bpmn")
          .send().join();
    }
  }
}
