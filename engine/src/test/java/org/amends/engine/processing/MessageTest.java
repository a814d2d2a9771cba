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
import org.amends.engine.api.CorrelatedMessage;
import org.junit.jupiter.api.Test;

class MessageTest extends EngineTestSupport {

  private static BpmnModelInstance awaitConsent() {
    return Bpmn.createExecutableProcess("consent")
        .startEvent()
        .intermediateCatchEvent("MessageEvent_Consent")
        .message(m -> m.name("consent-given").zeebeCorrelationKeyExpression("caseId"))
        .endEvent()
        .done();
  }

  @Test
  void shouldCorrelatePublishedMessageByCorrelationKey() {
    deploy(awaitConsent());
    long one = start("consent", Map.of("caseId", "C-1"));
    long two = start("consent", Map.of("caseId", "C-2"));

    engine.publishMessage("consent-given", "C-2", Duration.ZERO, null, Map.of("scope", "letters"), null);

    assertThat(isActive(one)).isTrue();
    assertThat(processInstanceState(two)).isEqualTo("COMPLETED");
    assertThat(variable(two, "scope")).isEqualTo("letters");
  }

  @Test
  void shouldCorrelateBufferedMessageWhenSubscriptionOpensWithinTimeToLive() {
    deploy(awaitConsent());
    engine.publishMessage("consent-given", "C-3", Duration.ofHours(1), null, Map.of(), null);

    long instance = start("consent", Map.of("caseId", "C-3"));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldNotCorrelateBufferedMessageAfterTimeToLive() {
    deploy(awaitConsent());
    engine.publishMessage("consent-given", "C-4", Duration.ofMinutes(10), null, Map.of(), null);

    advance(Duration.ofMinutes(11));
    long instance = start("consent", Map.of("caseId", "C-4"));

    assertThat(activeElements(instance)).containsExactly("MessageEvent_Consent");
  }

  @Test
  void shouldRejectDuplicateMessageId() {
    engine.publishMessage("consent-given", "C-5", Duration.ofHours(1), "msg-1", Map.of(), null);

    assertThatThrownBy(() -> engine.publishMessage("consent-given", "C-5", Duration.ofHours(1), "msg-1", Map.of(), null))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.ALREADY_EXISTS));
  }

  @Test
  void shouldInterruptWithMessageBoundaryEvent() {
    deploy(Bpmn.createExecutableProcess("withdraw")
        .startEvent()
        .userTask("UserTask_Prepare", u -> u.zeebeUserTask())
        .boundaryEvent("BoundaryEvent_Withdrawn")
        .message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId"))
        .endEvent("EndEvent_Withdrawn")
        .moveToActivity("UserTask_Prepare")
        .endEvent()
        .done());
    long instance = start("withdraw", Map.of("caseId", "C-6"));

    CorrelatedMessage correlated = engine.correlateMessage("withdrawn", "C-6", Map.of("reason", "moved away"), null);

    assertThat(correlated.processInstanceKey()).isEqualTo(instance);
    assertThat(completedElements(instance)).contains("BoundaryEvent_Withdrawn", "EndEvent_Withdrawn");
    assertThat(variable(instance, "reason")).isEqualTo("moved away");
  }

  @Test
  void shouldRejectCorrelationWhenNothingWaits() {
    assertThatThrownBy(() -> engine.correlateMessage("withdrawn", "nobody", Map.of(), null))
        .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.kind()).isEqualTo(EngineException.Kind.NOT_FOUND))
        .hasMessageContaining("'withdrawn'");
  }

  @Test
  void shouldCompleteReceiveTaskOnMessage() {
    deploy(Bpmn.createExecutableProcess("receive")
        .startEvent()
        .receiveTask("ReceiveTask_Reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("caseId"))
        .endEvent()
        .done());
    long instance = start("receive", Map.of("caseId", "C-7"));

    engine.publishMessage("reply", "C-7", Duration.ZERO, null, Map.of(), null);

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldStartOneInstancePerCorrelationKeyOnMessageStartEvent() {
    deploy(Bpmn.createExecutableProcess("selfReferral")
        .startEvent("StartEvent_Referral").message("referral-received")
        .userTask("UserTask_Triage", u -> u.zeebeUserTask())
        .endEvent()
        .done());

    engine.publishMessage("referral-received", "R-1", Duration.ZERO, null, Map.of("referrer", "police"), null);
    engine.publishMessage("referral-received", "R-1", Duration.ZERO, null, Map.of(), null);
    engine.publishMessage("referral-received", "R-2", Duration.ZERO, null, Map.of(), null);

    List<String> instances = query("select key from engine.element_instance where state = 'ACTIVATED' and data->>'type' = 'PROCESS'");
    assertThat(instances).hasSize(2);
  }

  @Test
  void shouldTriggerNonInterruptingMessageEventSubprocess() {
    deploy(Bpmn.createExecutableProcess("notes")
        .eventSubProcess("SubProcess_Note", e -> e
            .startEvent("StartEvent_Note").interrupting(false)
            .message(m -> m.name("note-added").zeebeCorrelationKeyExpression("caseId"))
            .serviceTask("ServiceTask_LogNote", t -> t.zeebeJobType("log-note"))
            .endEvent())
        .startEvent()
        .userTask("UserTask_Work", u -> u.zeebeUserTask())
        .endEvent()
        .done());
    long instance = start("notes", Map.of("caseId", "C-8"));

    engine.publishMessage("note-added", "C-8", Duration.ZERO, null, Map.of(), null);
    engine.publishMessage("note-added", "C-8", Duration.ZERO, null, Map.of(), null);

    assertThat(activate("log-note")).hasSize(2);
    assertThat(activeElements(instance)).contains("UserTask_Work");
  }

  @Test
  void shouldFollowTheFirstEventAtEventBasedGateway() {
    deploy(Bpmn.createExecutableProcess("race")
        .startEvent()
        .eventBasedGateway("Gateway_Reply")
        .intermediateCatchEvent("MessageEvent_Reply").message(m -> m.name("reply").zeebeCorrelationKeyExpression("caseId"))
        .endEvent("EndEvent_Replied")
        .moveToNode("Gateway_Reply")
        .intermediateCatchEvent("TimerEvent_NoReply").timerWithDuration("P7D")
        .endEvent("EndEvent_NoReply")
        .done());
    long replied = start("race", Map.of("caseId", "A"));
    long silent = start("race", Map.of("caseId", "B"));

    engine.publishMessage("reply", "A", Duration.ZERO, null, Map.of("answer", "yes"), null);
    advance(Duration.ofDays(7));

    assertThat(completedElements(replied)).contains("MessageEvent_Reply", "EndEvent_Replied").doesNotContain("TimerEvent_NoReply");
    assertThat(variable(replied, "answer")).isEqualTo("yes");
    assertThat(completedElements(silent)).contains("TimerEvent_NoReply", "EndEvent_NoReply");
  }

  @Test
  void shouldBroadcastSignalToCatchEventsAndStartEvents() {
    deploy(
        Bpmn.createExecutableProcess("waiting")
            .startEvent()
            .intermediateCatchEvent("SignalEvent_Closed").signal("service-closed")
            .endEvent()
            .done(),
        Bpmn.createExecutableProcess("onClose")
            .startEvent("StartEvent_Closed").signal("service-closed")
            .serviceTask("ServiceTask_Notify", t -> t.zeebeJobType("notify-closed"))
            .endEvent()
            .done());
    long instance = start("waiting");

    engine.broadcastSignal("service-closed", Map.of(), null);

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(activate("notify-closed")).hasSize(1);
  }
}
