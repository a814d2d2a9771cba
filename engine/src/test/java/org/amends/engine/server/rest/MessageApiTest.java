package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.CorrelateMessageResponse;
import io.camunda.client.api.response.PublishMessageResponse;
import io.camunda.client.api.search.enums.MessageSubscriptionState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageApiTest extends ApiTestSupport {

  private static BpmnModelInstance waitingForMessage(String processId, String messageName) {
    return Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("Event_Consent", e -> e.message(m -> m.name(messageName).zeebeCorrelationKeyExpression("caseId")))
        .endEvent().done();
  }

  @Test
  void shouldShowSubscriptionAndCorrelatePublishedMessage() {
    // given
    String processId = uniqueId("Process_Message");
    String message = "consent-" + processId;
    deploy(waitingForMessage(processId, message));
    long instance = start(processId, Map.of("caseId", "C-11")).getProcessInstanceKey();

    // then
    var waiting = client.newMessageSubscriptionSearchRequest()
        .filter(f -> f.processInstanceKey(instance).messageSubscriptionState(MessageSubscriptionState.CREATED))
        .send().join();
    assertThat(waiting.items()).singleElement().satisfies(s -> {
      assertThat(s.getMessageName()).isEqualTo(message);
      assertThat(s.getCorrelationKey()).isEqualTo("C-11");
      assertThat(s.getElementId()).isEqualTo("Event_Consent");
    });

    // when
    PublishMessageResponse published = client.newPublishMessageCommand().messageName(message).correlationKey("C-11")
        .timeToLive(Duration.ofMinutes(1)).variables(Map.of("consented", true)).send().join();

    // then
    assertThat(published.getMessageKey()).isPositive();
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
    var correlated = client.newCorrelatedMessageSubscriptionSearchRequest()
        .filter(f -> f.processInstanceKey(instance).messageName(message)).send().join();
    assertThat(correlated.items()).singleElement().satisfies(c -> {
      assertThat(c.getMessageKey()).isEqualTo(published.getMessageKey());
      assertThat(c.getCorrelationKey()).isEqualTo("C-11");
      assertThat(c.getElementId()).isEqualTo("Event_Consent");
    });
  }

  @Test
  void shouldCorrelateMessageToWaitingInstance() {
    // given
    String processId = uniqueId("Process_Correlate");
    String message = "reply-" + processId;
    deploy(waitingForMessage(processId, message));
    long instance = start(processId, Map.of("caseId", "C-12")).getProcessInstanceKey();

    // when
    CorrelateMessageResponse response = client.newCorrelateMessageCommand().messageName(message)
        .correlationKey("C-12").variables(Map.of("reply", "yes")).send().join();

    // then
    assertThat(response.getProcessInstanceKey()).isEqualTo(instance);
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldAnswerNotFoundWhenNothingToCorrelate() {
    var problem = problemOf(() -> client.newCorrelateMessageCommand().messageName("nobody-waits-" + uniqueId("m"))
        .correlationKey("x").send().join());
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void shouldStartInstanceOnBroadcastSignal() {
    // given
    String processId = uniqueId("Process_Signal");
    String signal = "signal-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent("StartEvent_Signal").signal(signal)
        .serviceTask("ServiceTask_Work", t -> t.zeebeJobType("signal-work")).endEvent().done());

    // when
    var broadcast = client.newBroadcastSignalCommand().signalName(signal).variables(Map.of("from", "signal")).send().join();

    // then
    assertThat(broadcast.getKey()).isPositive();
    assertThat(client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(processId)).send().join().items())
        .hasSize(1);
  }

  @Test
  void shouldCloseReceiveTaskSubscriptionWhenCorrelated() {
    // given
    String processId = uniqueId("Process_Receive");
    String message = "reply-" + processId;
    deploy(Bpmn.createExecutableProcess(processId).startEvent()
        .receiveTask("ReceiveTask_Reply", r -> r.message(m -> m.name(message).zeebeCorrelationKeyExpression("caseId")))
        .endEvent().done());
    long instance = start(processId, Map.of("caseId", "C-13")).getProcessInstanceKey();

    // when
    client.newPublishMessageCommand().messageName(message).correlationKey("C-13").send().join();

    // then
    var subscriptions = client.newMessageSubscriptionSearchRequest()
        .filter(f -> f.processInstanceKey(instance)).send().join().items();
    assertThat(subscriptions).extracting(s -> s.getMessageSubscriptionState())
        .containsExactly(MessageSubscriptionState.CORRELATED);
  }
}
