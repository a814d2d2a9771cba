package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.CorrelateMessageResponse;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Zeebe's correlation rules through the client: once per process, one instance per key at a time. */
class MessageCorrelationApiTest extends ApiTestSupport {

  private static BpmnModelInstance waiting(String processId, String messageName) {
    return Bpmn.createExecutableProcess(processId).startEvent()
        .intermediateCatchEvent("Event_Reply", e -> e.message(m -> m.name(messageName).zeebeCorrelationKeyExpression("caseId")))
        .endEvent().done();
  }

  private static BpmnModelInstance startedByMessage(String processId, String messageName, String type) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Referral").message(messageName)
        .serviceTask("ServiceTask_Assess", t -> t.zeebeJobType(type))
        .endEvent().done();
  }

  private static List<ProcessInstance> instances(String processId) {
    return client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.processInstanceKey().asc()).send().join().items();
  }

  private static ProcessInstanceState state(long instance) {
    return client.newProcessInstanceGetRequest(instance).send().join().getState();
  }

  @Test
  void shouldCorrelateAPublishedMessageOncePerProcess() {
    // given two waiting instances of one process and one of another, all for the same case
    String first = uniqueId("Process_OncePerProcess");
    String other = uniqueId("Process_OtherProcess");
    String message = "reply-" + first;
    deploy(waiting(first, message));
    deploy(waiting(other, message));
    long a = start(first, Map.of("caseId", "C-21")).getProcessInstanceKey();
    long b = start(first, Map.of("caseId", "C-21")).getProcessInstanceKey();
    long c = start(other, Map.of("caseId", "C-21")).getProcessInstanceKey();

    // when
    client.newPublishMessageCommand().messageName(message).correlationKey("C-21").send().join();

    // then one instance of each process got it
    await(() -> state(c) == ProcessInstanceState.COMPLETED);
    assertThat(List.of(state(a), state(b)))
        .containsExactlyInAnyOrder(ProcessInstanceState.COMPLETED, ProcessInstanceState.ACTIVE);
  }

  @Test
  void shouldNotCorrelateABufferedMessageToASecondInstanceOfTheSameProcess() {
    // given a buffered message that met one instance
    String processId = uniqueId("Process_BufferedOnce");
    String message = "reply-" + processId;
    deploy(waiting(processId, message));
    long first = start(processId, Map.of("caseId", "C-22")).getProcessInstanceKey();
    client.newPublishMessageCommand().messageName(message).correlationKey("C-22")
        .timeToLive(Duration.ofHours(1)).send().join();
    await(() -> state(first) == ProcessInstanceState.COMPLETED);

    // when another instance starts waiting within its time to live
    long second = start(processId, Map.of("caseId", "C-22")).getProcessInstanceKey();

    // then the message does not meet the process again
    assertThat(client.newMessageSubscriptionSearchRequest().filter(f -> f.processInstanceKey(second))
        .send().join().items()).singleElement()
        .satisfies(s -> assertThat(s.getMessageSubscriptionState().name()).isEqualTo("CREATED"));
    assertThat(state(second)).isEqualTo(ProcessInstanceState.ACTIVE);
  }

  @Test
  void shouldStartTheNextInstanceFromABufferedMessageWhenTheInstanceOfItsCorrelationKeyEnds() {
    // given an instance started by a message for a case, and a second message for the same case
    String processId = uniqueId("Process_OnePerKey");
    String message = "referral-" + processId;
    String type = "type-" + processId;
    deploy(startedByMessage(processId, message, type));
    client.newPublishMessageCommand().messageName(message).correlationKey("C-23")
        .timeToLive(Duration.ofHours(1)).variables(Map.of("referral", 1)).send().join();
    client.newPublishMessageCommand().messageName(message).correlationKey("C-23")
        .timeToLive(Duration.ofHours(1)).variables(Map.of("referral", 2)).send().join();
    assertThat(instances(processId)).hasSize(1);

    // when the first instance ends
    ActivatedJob job = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs().get(0);
    assertThat(job.getVariablesAsMap()).containsEntry("referral", 1);
    client.newCompleteCommand(job.getKey()).send().join();

    // then the buffered message starts the next one
    await(() -> instances(processId).size() == 2);
    ActivatedJob next = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs().get(0);
    assertThat(next.getVariablesAsMap()).containsEntry("referral", 2);
  }

  @Test
  void shouldAnswerACorrelationWithTheInstanceItStartedAndMeetEveryProcessOnce() {
    // given a process started by the message and another waiting for it
    String starting = uniqueId("Process_CorrelateStart");
    String waitingId = uniqueId("Process_CorrelateWaiting");
    String message = "referral-" + starting;
    deploy(startedByMessage(starting, message, "type-" + starting));
    deploy(waiting(waitingId, message));
    long waitingInstance = start(waitingId, Map.of("caseId", "C-24")).getProcessInstanceKey();

    // when
    CorrelateMessageResponse response = client.newCorrelateMessageCommand().messageName(message)
        .correlationKey("C-24").send().join();

    // then
    assertThat(instances(starting)).singleElement()
        .satisfies(i -> assertThat(i.getProcessInstanceKey()).isEqualTo(response.getProcessInstanceKey()));
    await(() -> state(waitingInstance) == ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldCorrelateToTheWaitingInstanceBeforeAStartEventOfTheSameProcess() {
    // given a process that starts on the message and then waits for it again
    String processId = uniqueId("Process_CorrelateSame");
    String message = "note-" + processId;
    deploy(Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Note").message(message)
        .intermediateCatchEvent("Event_Note", e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("caseId")))
        .endEvent().done());
    client.newCorrelateMessageCommand().messageName(message).correlationKey("C-25")
        .variables(Map.of("caseId", "C-25")).send().join();
    long first = instances(processId).get(0).getProcessInstanceKey();

    // when
    CorrelateMessageResponse response = client.newCorrelateMessageCommand().messageName(message)
        .correlationKey("C-25").send().join();

    // then the waiting instance got it and no instance was started
    assertThat(response.getProcessInstanceKey()).isEqualTo(first);
    await(() -> state(first) == ProcessInstanceState.COMPLETED);
    assertThat(instances(processId)).hasSize(1);
  }
}
