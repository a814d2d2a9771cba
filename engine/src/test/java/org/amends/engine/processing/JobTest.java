package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.amends.engine.EngineException;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.junit.jupiter.api.Test;

class JobTest extends EngineTestSupport {

  private static BpmnModelInstance notifyVictim() {
    return Bpmn.createExecutableProcess("notify")
        .startEvent()
        .serviceTask("ServiceTask_NotifyVictim", t -> t
            .zeebeJobType("notify-victim")
            .zeebeJobRetries("2")
            .zeebeTaskHeader("template", "first-contact")
            .zeebeTaskHeader("channel", "email"))
        .endEvent("EndEvent_Done")
        .done();
  }

  @Test
  void shouldCreateJobWithTypeRetriesAndHeaders() {
    deploy(notifyVictim());
    long instance = start("notify", Map.of("caseId", "C-1", "notes", "private"));

    ActivatedJob job = activateOne("notify-victim");

    assertThat(job.processInstanceKey()).isEqualTo(instance);
    assertThat(job.retries()).isEqualTo(2);
    assertThat(job.customHeaders()).containsEntry("template", "first-contact").containsEntry("channel", "email");
    assertThat(job.elementId()).isEqualTo("ServiceTask_NotifyVictim");
    assertThat(job.variables()).containsEntry("caseId", "C-1");
    assertThat(job.deadline()).isEqualTo(clock.now().plus(Duration.ofMinutes(5)).toEpochMilli());
  }

  @Test
  void shouldEvaluateFeelJobTypeAndRetries() {
    deploy(Bpmn.createExecutableProcess("feel")
        .startEvent()
        .serviceTask("ServiceTask_X", t -> t.zeebeJobTypeExpression("\"notify-\" + party").zeebeJobRetriesExpression("attempts + 1"))
        .endEvent()
        .done());
    start("feel", Map.of("party", "harmer", "attempts", 4));

    ActivatedJob job = activateOne("notify-harmer");

    assertThat(job.retries()).isEqualTo(5);
  }

  @Test
  void shouldFetchOnlyRequestedVariables() {
    deploy(notifyVictim());
    start("notify", Map.of("caseId", "C-1", "notes", "private"));

    List<ActivatedJob> jobs = engine.jobs().activate(new ActivateJobs(
        "notify-victim", "w", Duration.ofMinutes(1), 5, List.of("caseId"), Duration.ZERO, List.of())).join();

    assertThat(jobs).singleElement().satisfies(job -> assertThat(job.variables()).containsOnlyKeys("caseId"));
  }

  @Test
  void shouldCompleteJobWithVariablesAndContinue() {
    deploy(notifyVictim());
    long instance = start("notify");

    completeJob("notify-victim", Map.of("emailSent", true));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(variable(instance, "emailSent")).isEqualTo(true);
  }

  @Test
  void shouldNotActivateAnActivatedJobAgainUntilItTimesOut() {
    deploy(notifyVictim());
    start("notify");
    engine.jobs().activate(new ActivateJobs("notify-victim", "w", Duration.ofSeconds(30), 5, List.of(), Duration.ZERO, List.of())).join();

    assertThat(activate("notify-victim")).isEmpty();

    advance(Duration.ofSeconds(31));
    assertThat(activate("notify-victim")).hasSize(1);
  }

  @Test
  void shouldRetryFailedJobAfterBackOff() {
    deploy(notifyVictim());
    long instance = start("notify");
    ActivatedJob job = activateOne("notify-victim");

    engine.jobs().fail(job.key(), 1, "SMTP server not answering", Duration.ofMinutes(1), Map.of());

    assertThat(activate("notify-victim")).isEmpty();
    advance(Duration.ofMinutes(1));
    ActivatedJob retried = activateOne("notify-victim");
    assertThat(retried.retries()).isEqualTo(1);
    assertThat(incidents(instance)).isEmpty();
  }

  @Test
  void shouldRaiseIncidentWhenRetriesAreExhaustedAndRetryAfterResolution() {
    // given
    deploy(notifyVictim());
    long instance = start("notify");
    ActivatedJob job = activateOne("notify-victim");

    // when
    engine.jobs().fail(job.key(), 0, "SMTP server not answering", null, Map.of());

    // then
    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("JOB_NO_RETRIES");
      assertThat(incident.errorMessage).isEqualTo("SMTP server not answering");
      assertThat(incident.jobKey).isEqualTo(job.key());
    });
    assertThat(activate("notify-victim")).isEmpty();

    // and resolving it after updating the retries lets a worker take the job again
    long incidentKey = incidents(instance).get(0).key;
    assertThatThrownBy(() -> engine.resolveIncident(incidentKey))
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("no retries left");
    engine.jobs().update(job.key(), 3, null);
    engine.resolveIncident(incidentKey);
    assertThat(incidents(instance)).isEmpty();
    completeJob("notify-victim", Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldUseDefaultMessageWhenFailingWithoutOne() {
    deploy(notifyVictim());
    long instance = start("notify");

    engine.jobs().fail(activateOne("notify-victim").key(), 0, null, null, Map.of());

    assertThat(incidents(instance).get(0).errorMessage).isEqualTo("No more retries left.");
  }

  @Test
  void shouldCatchBpmnErrorOnBoundaryEvent() {
    // given
    deploy(Bpmn.createExecutableProcess("check")
        .startEvent()
        .serviceTask("ServiceTask_CheckDuplicate", t -> t.zeebeJobType("check-duplicate"))
        .boundaryEvent("BoundaryEvent_Duplicate", b -> b.error("DUPLICATE"))
        .endEvent("EndEvent_Duplicate")
        .moveToActivity("ServiceTask_CheckDuplicate")
        .endEvent("EndEvent_New")
        .done());
    long instance = start("check");

    // when
    engine.jobs().throwError(activateOne("check-duplicate").key(), "DUPLICATE", "an open case exists", Map.of("openCase", "C-7"));

    // then
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).contains("BoundaryEvent_Duplicate", "EndEvent_Duplicate").doesNotContain("EndEvent_New");
    assertThat(variable(instance, "openCase")).isEqualTo("C-7");
  }

  @Test
  void shouldCatchBpmnErrorInEventSubprocess() {
    deploy(Bpmn.createExecutableProcess("esp")
        .eventSubProcess("SubProcess_OnError", e -> e
            .startEvent("StartEvent_Error").error("UNSUITABLE")
            .endEvent("EndEvent_Unsuitable"))
        .startEvent()
        .serviceTask("ServiceTask_Screen", t -> t.zeebeJobType("screen"))
        .endEvent()
        .done());
    long instance = start("esp");

    engine.jobs().throwError(activateOne("screen").key(), "UNSUITABLE", null, Map.of());

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).contains("StartEvent_Error", "EndEvent_Unsuitable", "SubProcess_OnError");
  }

  @Test
  void shouldRaiseIncidentForUncaughtBpmnError() {
    deploy(notifyVictim());
    long instance = start("notify");

    engine.jobs().throwError(activateOne("notify-victim").key(), "NOBODY_CATCHES", "oops", Map.of());

    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("UNHANDLED_ERROR_EVENT");
      assertThat(incident.errorMessage).contains("'NOBODY_CATCHES'").contains("was not caught");
    });
  }

  @Test
  void shouldAnswerLongPollAsSoonAsJobIsCreated() {
    deploy(notifyVictim());
    CompletableFuture<List<ActivatedJob>> poll = engine.jobs().activate(new ActivateJobs(
        "notify-victim", "w", Duration.ofMinutes(1), 5, List.of(), Duration.ofSeconds(20), List.of()));
    assertThat(poll).isNotDone();

    long instance = start("notify");

    List<ActivatedJob> jobs = poll.orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
    assertThat(jobs).singleElement().satisfies(job -> assertThat(job.processInstanceKey()).isEqualTo(instance));
  }

  @Test
  void shouldAnswerLongPollWithNoJobsWhenRequestTimesOut() {
    List<ActivatedJob> jobs = engine.jobs().activate(new ActivateJobs(
        "nothing", "w", Duration.ofMinutes(1), 5, List.of(), Duration.ofMillis(300), List.of())).join();

    assertThat(jobs).isEmpty();
  }

  @Test
  void shouldRejectCompletingUnknownJob() {
    assertThatThrownBy(() -> engine.jobs().complete(123L, Map.of()))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND))
        .hasMessageContaining("'123'");
  }
}
