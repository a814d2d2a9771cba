package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.EngineTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The lookups that go through an index rather than a scan (the message buffer by name and
 * correlation key, subscriptions by name, start timers and running instances by definition)
 * find exactly what the scans found: the rows with the same name and key, and no other.
 */
class IndexedLookupTest extends EngineTestSupport {

  private static BpmnModelInstance awaitConsent() {
    return Bpmn.createExecutableProcess("consent")
        .startEvent()
        .intermediateCatchEvent("MessageEvent_Consent")
        .message(m -> m.name("consent-given").zeebeCorrelationKeyExpression("caseId"))
        .endEvent()
        .done();
  }

  private static BpmnModelInstance referralByMessage() {
    return Bpmn.createExecutableProcess("selfReferral")
        .startEvent("StartEvent_Referral").message("referral-received")
        .userTask("UserTask_Triage", u -> u.zeebeUserTask())
        .endEvent()
        .done();
  }

  private static BpmnModelInstance dailyReport(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Daily").timerWithCycle("R/P1D")
        .serviceTask("ServiceTask_Report", t -> t.zeebeJobType(jobType))
        .endEvent()
        .done();
  }

  private static List<String> activeProcessInstances(String processId) {
    return query("select key from engine.element_instance where state = 'ACTIVATED' and data->>'type' = 'PROCESS'"
        + " and data->>'bpmnProcessId' = ? order by key", processId);
  }

  @Test
  void shouldCorrelateABufferedMessageOnlyToASubscriptionOfItsNameAndKey() {
    deploy(awaitConsent());
    engine.publishMessage("consent-given", "C-1", Duration.ofHours(1), null, Map.of("from", "C-1"), null);
    engine.publishMessage("consent-withdrawn", "C-2", Duration.ofHours(1), null, Map.of("from", "withdrawn"), null);
    engine.publishMessage("consent-given", "C-2", Duration.ofHours(1), null, Map.of("from", "C-2"), null);

    long matching = start("consent", Map.of("caseId", "C-2"));
    long other = start("consent", Map.of("caseId", "C-9"));

    assertThat(processInstanceState(matching)).isEqualTo("COMPLETED");
    assertThat(variable(matching, "from")).isEqualTo("C-2");
    assertThat(activeElements(other)).containsExactly("MessageEvent_Consent");
  }

  @Test
  void shouldNotCorrelateABufferedMessageOfAnotherTenant() {
    deploy(awaitConsent());
    engine.publishMessage("consent-given", "C-3", Duration.ofHours(1), null, Map.of(), "other-tenant");

    long instance = start("consent", Map.of("caseId", "C-3"));

    assertThat(activeElements(instance)).containsExactly("MessageEvent_Consent");
  }

  @Test
  void shouldRefuseADuplicateMessageIdOnlyForTheSameNameAndKeyWhileItIsBuffered() {
    engine.publishMessage("consent-given", "C-4", Duration.ofMinutes(10), "msg-4", Map.of(), null);

    engine.publishMessage("consent-given", "C-5", Duration.ofMinutes(10), "msg-4", Map.of(), null);
    engine.publishMessage("consent-withdrawn", "C-4", Duration.ofMinutes(10), "msg-4", Map.of(), null);
    assertThatThrownBy(() -> engine.publishMessage("consent-given", "C-4", Duration.ofMinutes(10), "msg-4", Map.of(), null))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.ALREADY_EXISTS));

    advance(Duration.ofMinutes(11));
    engine.publishMessage("consent-given", "C-4", Duration.ofMinutes(10), "msg-4", Map.of(), null);
    assertThat(query("select count(*) from engine.message where data->>'messageId' = 'msg-4'")).containsExactly("4");
  }

  @Test
  void shouldStartTheNextInstanceFromTheOldestBufferedMessageOfTheStartEventWhenTheFirstEnds() {
    deploy(referralByMessage());
    engine.publishMessage("referral-received", "R-1", Duration.ofHours(1), null, Map.of("attempt", 1), null);
    engine.publishMessage("referral-withdrawn", "R-1", Duration.ofHours(1), null, Map.of("attempt", 0), null);
    engine.publishMessage("referral-received", "R-1", Duration.ofHours(1), null, Map.of("attempt", 2), null);
    engine.publishMessage("referral-received", "R-1", Duration.ofHours(1), null, Map.of("attempt", 3), null);
    List<String> first = activeProcessInstances("selfReferral");
    assertThat(first).hasSize(1);
    long firstKey = Long.parseLong(first.get(0));

    engine.completeUserTask(userTasks(firstKey).get(0).key, Map.of());

    List<String> next = activeProcessInstances("selfReferral");
    assertThat(next).hasSize(1).doesNotContain(first.get(0));
    assertThat(variable(Long.parseLong(next.get(0)), "attempt")).isEqualTo(2L);
  }

  @Test
  void shouldStartAgainForACorrelationKeyOnceTheInstanceItStartedIsCancelled() {
    deploy(referralByMessage());
    engine.publishMessage("referral-received", "R-5", Duration.ZERO, null, Map.of(), null);
    engine.publishMessage("referral-received", "R-6", Duration.ZERO, null, Map.of(), null);
    engine.publishMessage("referral-received", "R-5", Duration.ZERO, null, Map.of(), null);
    assertThat(activeProcessInstances("selfReferral")).hasSize(2);

    long withR5 = Long.parseLong(activeProcessInstances("selfReferral").get(0));
    engine.cancelProcessInstance(withR5);
    engine.publishMessage("referral-received", "R-5", Duration.ZERO, null, Map.of(), null);

    assertThat(activeProcessInstances("selfReferral")).hasSize(2).doesNotContain(String.valueOf(withR5));
  }

  @Test
  void shouldBroadcastASignalOnlyToTheSubscriptionsOfItsName() {
    deploy(
        Bpmn.createExecutableProcess("closing")
            .startEvent().intermediateCatchEvent("SignalEvent_Closed").signal("service-closed").endEvent().done(),
        Bpmn.createExecutableProcess("opening")
            .startEvent().intermediateCatchEvent("SignalEvent_Opened").signal("service-opened").endEvent().done());
    long closing = start("closing");
    long opening = start("opening");

    engine.broadcastSignal("service-closed", Map.of(), null);

    assertThat(processInstanceState(closing)).isEqualTo("COMPLETED");
    assertThat(activeElements(opening)).containsExactly("SignalEvent_Opened");
  }

  @Test
  void shouldStopTheStartTimersOfTheOlderVersionOnly() {
    deploy(dailyReport("nightly", "report-v1"), dailyReport("weekly", "weekly-report"));
    deploy(dailyReport("nightly", "report-v2"));

    advance(Duration.ofDays(1));

    assertThat(activate("report-v1")).isEmpty();
    assertThat(activate("report-v2")).hasSize(1);
    assertThat(activate("weekly-report")).hasSize(1);
  }

  @Test
  void shouldRefuseToDeleteAProcessWhileItsInstancesRunAndAllowItOnceTheyEnd() {
    long processKey = deploy(Bpmn.createExecutableProcess("deletable")
        .startEvent().serviceTask("ServiceTask_Work", t -> t.zeebeJobType("deletable-work")).endEvent().done())
        .processes().get(0).processDefinitionKey();
    deploy(Bpmn.createExecutableProcess("bystander")
        .startEvent().serviceTask("ServiceTask_Wait", t -> t.zeebeJobType("bystander-work")).endEvent().done());
    long bystander = start("bystander");
    start("deletable");

    assertThatThrownBy(() -> engine.deleteResource(processKey))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.INVALID_STATE));

    completeJob("deletable-work", Map.of());
    engine.deleteResource(processKey);

    assertThat(query("select data->>'deleted' from engine.process_definition where key = ?", processKey))
        .containsExactly("true");
    assertThat(isActive(bystander)).isTrue();
  }

  @Test
  void shouldStopTheStartTimersOfADeletedProcessOnly() {
    long deletedKey = deploy(dailyReport("retired", "retired-report")).processes().get(0).processDefinitionKey();
    deploy(dailyReport("kept", "kept-report"));

    engine.deleteResource(deletedKey);
    advance(Duration.ofDays(1));

    assertThat(activate("retired-report")).isEmpty();
    assertThat(activate("kept-report")).hasSize(1);
  }
}
