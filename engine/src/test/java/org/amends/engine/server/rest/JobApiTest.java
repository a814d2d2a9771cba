package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.JobState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Job;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class JobApiTest extends ApiTestSupport {

  private static List<ActivatedJob> activate(String type, Duration requestTimeout) {
    return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .requestTimeout(requestTimeout).send().join().getJobs();
  }

  @Test
  void shouldActivateJobWhenCreated() {
    // given
    String processId = uniqueId("Process_Job");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    long instance = start(processId, Map.of("caseId", "C-7")).getProcessInstanceKey();

    // when
    List<ActivatedJob> jobs = activate(type, Duration.ofSeconds(1));

    // then
    assertThat(jobs).singleElement().satisfies(job -> {
      assertThat(job.getType()).isEqualTo(type);
      assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
      assertThat(job.getBpmnProcessId()).isEqualTo(processId);
      assertThat(job.getElementId()).isEqualTo("ServiceTask_Work");
      assertThat(job.getRetries()).isEqualTo(3);
      assertThat(job.getVariablesAsMap()).containsEntry("caseId", "C-7");
      assertThat(job.getDeadline()).isGreaterThan(System.currentTimeMillis());
    });
  }

  @Test
  void shouldAnswerLongPollWhenJobIsCreated() throws Exception {
    // given
    String processId = uniqueId("Process_LongPoll");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    CompletableFuture<List<ActivatedJob>> poll =
        CompletableFuture.supplyAsync(() -> activate(type, Duration.ofSeconds(20)));
    Thread.sleep(300);
    assertThat(poll).isNotDone();
    long started = System.nanoTime();

    // when
    start(processId);

    // then
    List<ActivatedJob> jobs = poll.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(jobs).hasSize(1);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void shouldAnswerEmptyWhenLongPollTimesOut() {
    long started = System.nanoTime();
    assertThat(activate("type-nobody-" + uniqueId("x"), Duration.ofMillis(500))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }

  @Test
  void shouldCompleteJobWithVariables() {
    // given
    String processId = uniqueId("Process_Complete");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    long instance = start(processId).getProcessInstanceKey();
    ActivatedJob job = activate(type, Duration.ofSeconds(1)).get(0);

    // when
    client.newCompleteCommand(job.getKey()).variables(Map.of("outcome", "done")).send().join();

    // then
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(client.newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instance).name("outcome")).send().join().items())
        .singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("\"done\""));
  }

  @Test
  void shouldMakeFailedJobActivatableAgainAfterBackoff() {
    // given
    String processId = uniqueId("Process_Fail");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    start(processId);
    ActivatedJob job = activate(type, Duration.ofSeconds(1)).get(0);

    // when
    client.newFailCommand(job.getKey()).retries(2).retryBackoff(Duration.ofMillis(500))
        .errorMessage("service down").send().join();

    // then
    assertThat(activate(type, Duration.ofMillis(-1))).isEmpty();
    List<ActivatedJob> again = activate(type, Duration.ofSeconds(5));
    assertThat(again).singleElement().satisfies(j -> assertThat(j.getRetries()).isEqualTo(2));
    Job searched = client.newJobSearchRequest().filter(f -> f.jobKey(job.getKey())).send().join().items().get(0);
    assertThat(searched.getErrorMessage()).isEqualTo("service down");
  }

  @Test
  void shouldRaiseIncidentWhenFailedWithoutRetries() {
    // given
    String processId = uniqueId("Process_NoRetries");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    long instance = start(processId).getProcessInstanceKey();
    ActivatedJob job = activate(type, Duration.ofSeconds(1)).get(0);

    // when
    client.newFailCommand(job.getKey()).retries(0).errorMessage("gave up").send().join();

    // then
    assertThat(client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items())
        .singleElement().satisfies(incident -> {
          assertThat(incident.getErrorMessage()).isEqualTo("gave up");
          assertThat(incident.getJobKey()).isEqualTo(job.getKey());
        });
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getHasIncident()).isTrue();
  }

  @Test
  void shouldCatchThrownBpmnError() {
    // given
    String processId = uniqueId("Process_Error");
    String type = "type-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .serviceTask("ServiceTask_Work", t -> t.zeebeJobType(type))
        .boundaryEvent("BoundaryEvent_Rejected", b -> b.error("REJECTED")).endEvent("EndEvent_Rejected")
        .moveToActivity("ServiceTask_Work").endEvent("EndEvent_Done").done());
    long instance = start(processId).getProcessInstanceKey();
    ActivatedJob job = activate(type, Duration.ofSeconds(1)).get(0);

    // when
    client.newThrowErrorCommand(job.getKey()).errorCode("REJECTED").errorMessage("not suitable").send().join();

    // then
    assertThat(client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("EndEvent_Rejected")).send().join().items())
        .hasSize(1);
  }

  @Test
  void shouldUpdateRetriesAndTimeout() {
    // given
    String processId = uniqueId("Process_Update");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    start(processId);
    ActivatedJob job = activate(type, Duration.ofSeconds(1)).get(0);

    // when
    client.newUpdateRetriesCommand(job.getKey()).retries(7).send().join();
    client.newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofMinutes(30)).send().join();

    // then
    Job searched = client.newJobSearchRequest().filter(f -> f.jobKey(job.getKey())).send().join().items().get(0);
    assertThat(searched.getRetries()).isEqualTo(7);
    assertThat(searched.getDeadline()).isAfter(java.time.OffsetDateTime.now().plusMinutes(20));
  }

  @Test
  void shouldAnswerNotFoundForUnknownJob() {
    Refusal problem = problemOf(() -> client.newCompleteCommand(99L).send().join());
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void shouldSearchJobsByTypeAndState() {
    // given
    String processId = uniqueId("Process_JobSearch");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    start(processId);
    start(processId);
    ActivatedJob done = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).send().join().getJobs().get(0);
    client.newCompleteCommand(done.getKey()).send().join();

    // when
    var created = client.newJobSearchRequest().filter(f -> f.type(type).state(JobState.CREATED)).send().join();
    var completed = client.newJobSearchRequest().filter(f -> f.type(type).state(JobState.COMPLETED)).send().join();

    // then
    assertThat(created.items()).hasSize(1);
    assertThat(completed.items()).extracting(Job::getJobKey).containsExactly(done.getKey());
  }

  @Test
  void shouldCompleteJobsWithWorker() {
    // given
    String processId = uniqueId("Process_Worker");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    long instance = start(processId).getProcessInstanceKey();

    // when
    try (JobWorker worker = client.newWorker().jobType(type)
        .handler((jobClient, job) -> jobClient.newCompleteCommand(job.getKey()).variables(Map.of("w", true)).send().join())
        .open()) {
      // then
      await(() -> client.newProcessInstanceGetRequest(instance).send().join().getState() == ProcessInstanceState.COMPLETED);
    }
  }

  @Test
  void shouldCompleteAJobGivenAUserTaskResultAsZeebeDoesForAJobThatIsNoTaskListener() {
    // given
    String processId = uniqueId("Process_JobResult");
    String type = "type-" + processId;
    deploy(serviceTaskProcess(processId, type));
    long instance = start(processId).getProcessInstanceKey();
    var job = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
        .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs().get(0);

    // when a worker completes it with a task listener's result: corrections, not denied
    client.newCompleteCommand(job.getKey()).variables(Map.of("outcome", "done"))
        .withResult(r -> r.forUserTask().deny(false)
            .correctAssignee("coordinator").correctDueDate("2026-02-01T09:00:00Z")
            .correctFollowUpDate("2026-01-20T09:00:00Z").correctCandidateUsers(List.of("a", "b"))
            .correctCandidateGroups(List.of("coordinators")).correctPriority(80))
        .send().join();

    // then the job completed as without one
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(io.camunda.client.api.search.enums.ProcessInstanceState.COMPLETED);
    assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("outcome"))
        .send().join().items()).hasSize(1);
  }
}
