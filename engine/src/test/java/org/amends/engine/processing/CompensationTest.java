package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.AbstractActivityBuilder;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivatedJob;
import org.junit.jupiter.api.Test;

/** Compensation boundary events, handlers, and compensation throw and end events, as Zeebe runs them. */
class CompensationTest extends EngineTestSupport {

  /** Element ids in the order their instances were activated. */
  private static List<String> activated(long processInstanceKey) {
    return query(
        "select data->>'elementId' from engine.history_event where process_instance_key = ? and state = 'ELEMENT_ACTIVATING' order by key",
        processInstanceKey);
  }

  private static void compensatedBy(AbstractActivityBuilder<?, ?> activity, String handler) {
    activity.boundaryEvent("Compensate_" + handler).compensation(c -> c.serviceTask(handler).zeebeJobType(handler));
  }

  @Test
  void shouldInvokeTheHandlerOfACompletedActivityAndWaitForIt() {
    // given a booked meeting room, then a compensation throw event
    deploy(Bpmn.createExecutableProcess("booking")
        .startEvent()
        .serviceTask("ServiceTask_BookRoom", t -> t.zeebeJobType("book-room"))
        .boundaryEvent("Compensate_BookRoom").compensation(c -> c.serviceTask("ServiceTask_CancelRoom").zeebeJobType("cancel-room"))
        .moveToActivity("ServiceTask_BookRoom")
        .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .endEvent("EndEvent_Done")
        .done());
    long instance = start("booking", Map.of("caseId", "C-1"));
    completeJob("book-room", Map.of());

    // when the throw event is reached, the handler starts and the event waits for it
    ActivatedJob undo = activateOne("cancel-room");
    assertThat(undo.variables()).containsEntry("caseId", "C-1");
    assertThat(activeElements(instance)).containsExactly("Throw_Undo", "ServiceTask_CancelRoom");
    assertThat(completedElements(instance)).contains("Compensate_BookRoom");

    // then the event completes once the handler has
    engine.jobs().complete(undo.key(), Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).containsSubsequence("ServiceTask_CancelRoom", "Throw_Undo", "EndEvent_Done");
  }

  @Test
  void shouldCompleteTheThrowEventAtOnceWhenNothingCompleted() {
    // given a compensable activity that is still active on a parallel branch
    deploy(Bpmn.createExecutableProcess("nothingYet")
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .serviceTask("ServiceTask_BookRoom", t -> t.zeebeJobType("book-room-later"))
        .boundaryEvent().compensation(c -> c.serviceTask("ServiceTask_CancelRoom").zeebeJobType("cancel-room-never"))
        .moveToActivity("ServiceTask_BookRoom")
        .endEvent()
        .moveToNode("Gateway_Fork")
        .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .endEvent()
        .done());

    // when the throw event is reached first
    long instance = start("nothingYet");

    // then it completes without a handler: active activities are not compensated
    assertThat(completedElements(instance)).contains("Throw_Undo");
    assertThat(activate("cancel-room-never")).isEmpty();
    assertThat(activeElements(instance)).containsExactly("ServiceTask_BookRoom");
  }

  @Test
  void shouldInvokeHandlersInTheReverseOrderOfCompletion() {
    // given two compensable activities completed one after the other
    var builder = Bpmn.createExecutableProcess("reverse").startEvent()
        .serviceTask("ServiceTask_First", t -> t.zeebeJobType("first"));
    compensatedBy(builder, "undo-first");
    var second = builder.moveToActivity("ServiceTask_First").serviceTask("ServiceTask_Second", t -> t.zeebeJobType("second"));
    compensatedBy(second, "undo-second");
    deploy(second.moveToActivity("ServiceTask_Second")
        .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .endEvent()
        .done());
    long instance = start("reverse");
    completeJob("first", Map.of());
    completeJob("second", Map.of());

    // then the later one's handler is started first, both at once
    assertThat(activated(instance)).containsSubsequence("Throw_Undo", "undo-second", "undo-first");
    completeJob("undo-first", Map.of());
    assertThat(activeElements(instance)).containsExactly("Throw_Undo", "undo-second");
    completeJob("undo-second", Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldCompensateOnlyTheReferencedActivity() {
    var builder = Bpmn.createExecutableProcess("referenced").startEvent()
        .serviceTask("ServiceTask_First", t -> t.zeebeJobType("first-ref"));
    compensatedBy(builder, "undo-first-ref");
    var second = builder.moveToActivity("ServiceTask_First").serviceTask("ServiceTask_Second", t -> t.zeebeJobType("second-ref"));
    compensatedBy(second, "undo-second-ref");
    deploy(second.moveToActivity("ServiceTask_Second")
        .intermediateThrowEvent("Throw_UndoFirst").compensateEventDefinition().activityRef("ServiceTask_First").compensateEventDefinitionDone()
        .endEvent()
        .done());
    long instance = start("referenced");
    completeJob("first-ref", Map.of());
    completeJob("second-ref", Map.of());

    completeJob("undo-first-ref", Map.of());

    assertThat(activate("undo-second-ref")).isEmpty();
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldInvokeTheHandlerOnceForEachCompletion() {
    // given an activity completed twice in a loop
    var builder = Bpmn.createExecutableProcess("loop").startEvent()
        .exclusiveGateway("Gateway_Again")
        .serviceTask("ServiceTask_Contact", t -> t.zeebeJobType("contact"));
    compensatedBy(builder, "undo-contact");
    deploy(builder.moveToActivity("ServiceTask_Contact")
        .exclusiveGateway("Gateway_Done")
        .conditionExpression("again").connectTo("Gateway_Again")
        .moveToNode("Gateway_Done").conditionExpression("not(again)")
        .endEvent("EndEvent_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .done());
    long instance = start("loop");
    completeJob("contact", Map.of("again", true));
    completeJob("contact", Map.of("again", false));

    // then the compensation end event starts its handler twice and waits for both
    assertThat(activate("undo-contact")).hasSize(2).allSatisfy(job -> engine.jobs().complete(job.key(), Map.of()));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldCompensateActivitiesInsideACompletedSubprocess() {
    var inner = Bpmn.createExecutableProcess("subprocessDone").startEvent()
        .subProcess("SubProcess_Contact").embeddedSubProcess().startEvent()
        .serviceTask("ServiceTask_Call", t -> t.zeebeJobType("call"));
    compensatedBy(inner, "undo-call");
    deploy(inner.moveToActivity("ServiceTask_Call").endEvent().subProcessDone()
        .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .endEvent()
        .done());
    long instance = start("subprocessDone");
    completeJob("call", Map.of());

    // the handler runs beside the throw event, in its scope
    assertThat(activeElements(instance)).containsExactly("Throw_Undo", "undo-call");
    completeJob("undo-call", Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldCompensateOnlyInsideTheSubprocessItIsThrownIn() {
    var builder = Bpmn.createExecutableProcess("throwInside").startEvent()
        .serviceTask("ServiceTask_Outer", t -> t.zeebeJobType("outer"));
    compensatedBy(builder, "undo-outer");
    var inner = builder.moveToActivity("ServiceTask_Outer")
        .subProcess("SubProcess_Contact").embeddedSubProcess().startEvent()
        .serviceTask("ServiceTask_Inner", t -> t.zeebeJobType("inner"));
    compensatedBy(inner, "undo-inner");
    deploy(inner.moveToActivity("ServiceTask_Inner")
        .intermediateThrowEvent("Throw_UndoInner").compensateEventDefinition().compensateEventDefinitionDone()
        .endEvent().subProcessDone()
        .endEvent()
        .done());
    long instance = start("throwInside");
    completeJob("outer", Map.of());
    completeJob("inner", Map.of());

    completeJob("undo-inner", Map.of());

    assertThat(activate("undo-outer")).isEmpty();
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldInvokeTheHandlerOfAMultiInstanceActivityOnce() {
    var builder = Bpmn.createExecutableProcess("miTask").startEvent()
        .serviceTask("ServiceTask_Invite", t -> t.zeebeJobType("invite")
            .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("parties").zeebeInputElement("party")));
    compensatedBy(builder, "undo-invites");
    deploy(builder.moveToActivity("ServiceTask_Invite")
        .endEvent("EndEvent_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .done());
    long instance = start("miTask", Map.of("parties", List.of("harmed", "harmer", "supporter")));
    activate("invite").forEach(job -> engine.jobs().complete(job.key(), Map.of()));

    assertThat(activate("undo-invites")).hasSize(1).allSatisfy(job -> engine.jobs().complete(job.key(), Map.of()));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldCompensateEachCompletedInstanceOfAMultiInstanceSubprocess() {
    var inner = Bpmn.createExecutableProcess("miSubprocess").startEvent()
        .subProcess("SubProcess_PerParty", s -> s.multiInstance(m -> m.parallel()
            .zeebeInputCollectionExpression("parties").zeebeInputElement("party")))
        .embeddedSubProcess().startEvent()
        .serviceTask("ServiceTask_Letter", t -> t.zeebeJobType("letter"));
    compensatedBy(inner, "undo-letter");
    deploy(inner.moveToActivity("ServiceTask_Letter").endEvent().subProcessDone()
        .endEvent("EndEvent_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .done());
    long instance = start("miSubprocess", Map.of("parties", List.of("harmed", "harmer")));
    activate("letter").forEach(job -> engine.jobs().complete(job.key(), Map.of()));

    assertThat(activate("undo-letter")).hasSize(2).allSatisfy(job -> engine.jobs().complete(job.key(), Map.of()));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldCompensateTheOuterScopeFromAnErrorEventSubprocess() {
    var builder = Bpmn.createExecutableProcess("onError")
        .eventSubProcess("SubProcess_OnFailure", e -> e
            .startEvent("StartEvent_Failure").error("MEETING_FAILED")
            .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().compensateEventDefinitionDone()
            .endEvent())
        .startEvent()
        .serviceTask("ServiceTask_BookRoom", t -> t.zeebeJobType("book-room-err"));
    compensatedBy(builder, "undo-room-err");
    deploy(builder.moveToActivity("ServiceTask_BookRoom")
        .serviceTask("ServiceTask_Meet", t -> t.zeebeJobType("meet"))
        .endEvent()
        .done());
    long instance = start("onError");
    completeJob("book-room-err", Map.of());

    engine.jobs().throwError(activateOne("meet").key(), "MEETING_FAILED", "no one came", Map.of());

    completeJob("undo-room-err", Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).containsSubsequence("undo-room-err", "Throw_Undo");
  }

  @Test
  void shouldNotCompensateWhatCompletedInsideATerminatedSubprocess() {
    var inner = Bpmn.createExecutableProcess("interrupted").startEvent()
        .subProcess("SubProcess_Contact").embeddedSubProcess().startEvent()
        .serviceTask("ServiceTask_Call", t -> t.zeebeJobType("call-int"));
    compensatedBy(inner, "undo-call-int");
    deploy(inner.moveToActivity("ServiceTask_Call")
        .userTask("UserTask_Wait", u -> u.zeebeUserTask())
        .endEvent().subProcessDone()
        .endEvent()
        .moveToActivity("SubProcess_Contact")
        .boundaryEvent("Timer_GiveUp").timerWithDuration("P1D")
        .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .endEvent()
        .done());
    long instance = start("interrupted");
    completeJob("call-int", Map.of());

    advance(java.time.Duration.ofDays(2));

    assertThat(activate("undo-call-int")).isEmpty();
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldApplyTheHandlersInputMappings() {
    deploy(Bpmn.createExecutableProcess("mapped").startEvent()
        .serviceTask("ServiceTask_Book", t -> t.zeebeJobType("book-mapped"))
        .boundaryEvent().compensation(c -> c.serviceTask("ServiceTask_Cancel").zeebeJobType("cancel-mapped")
            .zeebeInputExpression("bookingId", "cancelledBooking"))
        .moveToActivity("ServiceTask_Book")
        .endEvent("EndEvent_Undo").compensateEventDefinition().compensateEventDefinitionDone()
        .done());
    start("mapped");
    completeJob("book-mapped", Map.of("bookingId", "B-7"));

    assertThat(activateOne("cancel-mapped").variables()).containsEntry("cancelledBooking", "B-7");
  }

  // ---- what 8.8 refuses at deployment

  private String refusal(BpmnModelInstance model) {
    try {
      deploy(model);
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    throw new AssertionError("the deployment should have been refused");
  }

  @Test
  void shouldRefuseACompensationEventSubprocess() {
    String message = refusal(Bpmn.createExecutableProcess("compensationEsp").startEvent()
        .subProcess("SubProcess_Outer").embeddedSubProcess()
        .eventSubProcess("SubProcess_Compensate", e -> e.startEvent("StartEvent_Compensate").compensateEventDefinition().compensateEventDefinitionDone().endEvent())
        .startEvent().endEvent()
        .subProcessDone().endEvent().done());

    assertThat(message).contains("SubProcess_Compensate")
        .contains("Start events in event subprocesses must be one of: message, timer, error, signal or escalation");
  }

  @Test
  void shouldRefuseWaitForCompletionFalse() {
    String message = refusal(Bpmn.createExecutableProcess("noWait").startEvent()
        .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().waitForCompletion(false).compensateEventDefinitionDone()
        .endEvent().done());

    assertThat(message).contains("Throw_Undo")
        .contains("A compensation intermediate throwing event waitForCompletion attribute must be true or not present");
  }

  @Test
  void shouldRefuseAnActivityRefOutsideTheThrowersScope() {
    var builder = Bpmn.createExecutableProcess("otherScope").startEvent()
        .serviceTask("ServiceTask_Outer", t -> t.zeebeJobType("outer-scope"));
    compensatedBy(builder, "undo-outer-scope");
    String message = refusal(builder.moveToActivity("ServiceTask_Outer")
        .subProcess("SubProcess_Inner").embeddedSubProcess().startEvent()
        .intermediateThrowEvent("Throw_Undo").compensateEventDefinition().activityRef("ServiceTask_Outer").compensateEventDefinitionDone()
        .endEvent().subProcessDone().endEvent().done());

    assertThat(message).contains("The referenced compensation activity 'ServiceTask_Outer' must be in the same scope as the compensation throw event");
  }
}
