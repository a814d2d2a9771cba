package org.amends.app.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeListTest {

  @Test
  void shouldSayEachChangeInPlainEnglish() {
    String before = Bpmn.convertToString(journey("P14D", "Assess risk", "notify"));
    BpmnModelInstance changed = journey("P21D", "Assess the risk", "notify-v2");
    String after = Bpmn.convertToString(changed);

    List<String> sentences = ChangeList.between(before, after).stream().map(Change::sentence).toList();

    assertThat(sentences).containsExactlyInAnyOrder(
        "Renamed the user task 'Assess risk' to 'Assess the risk'",
        "Changed the timer 'Two weeks after' from P14D to P21D",
        "Changed the job type of the service task 'Tell them' from notify to notify-v2");
  }

  @Test
  void shouldSayWhatWasAddedAndRemovedIncludingFlowsByTheirGateway() {
    String before = Bpmn.convertToString(Bpmn.createExecutableProcess("p")
        .startEvent("Start").name("Start")
        .sequenceFlowId("F0").exclusiveGateway("Willing").name("Everyone willing?")
        .sequenceFlowId("Flow_No").condition("No", "=false").endEvent("End_No").name("Stop")
        .moveToNode("Willing").sequenceFlowId("Flow_Yes").condition("Yes", "=true").endEvent("End_Yes").name("Go")
        .done());
    String after = Bpmn.convertToString(Bpmn.createExecutableProcess("p")
        .startEvent("Start").name("Start")
        .sequenceFlowId("F0").exclusiveGateway("Willing").name("Everyone willing?")
        .sequenceFlowId("Flow_Yes").condition("Yes", "=true")
        .userTask("Call").name("Call the victim").zeebeUserTask()
        .sequenceFlowId("Flow_Call").endEvent("End_Yes").name("Go")
        .done());

    List<Change> changes = ChangeList.between(before, after);

    assertThat(changes).extracting(Change::sentence).contains(
        "Added the user task 'Call the victim'",
        "Removed the flow 'No' from 'Everyone willing?'",
        "Removed the end event 'Stop'");
    assertThat(changes).filteredOn(c -> c.sentence().startsWith("Added the user task"))
        .extracting(Change::type).containsExactly(Change.Type.ADDED);
  }

  @Test
  void shouldFindNoChangesBetweenAVersionAndItself() {
    String xml = Bpmn.convertToString(journey("P14D", "Assess risk", "notify"));

    assertThat(ChangeList.between(xml, xml)).isEmpty();
  }

  private static BpmnModelInstance journey(String wait, String taskName, String jobType) {
    return Bpmn.createExecutableProcess("journey")
        .startEvent("Start").name("Referral")
        .sequenceFlowId("F1").userTask("UserTask_AssessRisk").name(taskName).zeebeUserTask()
        .sequenceFlowId("F2").intermediateCatchEvent("Timer_Wait").name("Two weeks after").timerWithDuration(wait)
        .sequenceFlowId("F3").serviceTask("ServiceTask_Tell").name("Tell them").zeebeJobType(jobType)
        .sequenceFlowId("F4").endEvent("End").name("Done")
        .done();
  }
}
