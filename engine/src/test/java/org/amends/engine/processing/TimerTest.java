package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import org.amends.engine.EngineTestSupport;
import org.junit.jupiter.api.Test;

class TimerTest extends EngineTestSupport {

  @Test
  void shouldFireIntermediateTimerAfterDuration() {
    deploy(Bpmn.createExecutableProcess("wait")
        .startEvent()
        .intermediateCatchEvent("TimerEvent_SixWeeks").timerWithDuration("P42D")
        .endEvent()
        .done());
    long instance = start("wait");

    advance(Duration.ofDays(41));
    assertThat(activeElements(instance)).containsExactly("TimerEvent_SixWeeks");

    advance(Duration.ofDays(1));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldFireTimerAtFeelDate() {
    deploy(Bpmn.createExecutableProcess("date")
        .startEvent()
        .intermediateCatchEvent("TimerEvent_Meeting").timerWithDateExpression("meetingDate")
        .endEvent()
        .done());
    long instance = start("date", Map.of("meetingDate", "2026-01-06T10:00:00Z"));

    advance(Duration.ofHours(24));
    assertThat(isActive(instance)).isTrue();
    advance(Duration.ofHours(1));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldInterruptActivityWithBoundaryTimer() {
    deploy(Bpmn.createExecutableProcess("contact")
        .startEvent()
        .userTask("UserTask_ContactParty", u -> u.zeebeUserTask())
        .boundaryEvent("BoundaryEvent_NoAnswer").timerWithDurationExpression("\"P14D\"")
        .endEvent("EndEvent_NoContact")
        .moveToActivity("UserTask_ContactParty")
        .endEvent("EndEvent_Contacted")
        .done());
    long instance = start("contact");

    advance(Duration.ofDays(14));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(completedElements(instance)).contains("BoundaryEvent_NoAnswer", "EndEvent_NoContact");
    assertThat(userTasks(instance)).isEmpty();
  }

  @Test
  void shouldRemindWithNonInterruptingCycleTimer() {
    deploy(Bpmn.createExecutableProcess("remind")
        .startEvent()
        .userTask("UserTask_ContactParty", u -> u.zeebeUserTask())
        .boundaryEvent("BoundaryEvent_Reminder", b -> b.cancelActivity(false).timerWithCycle("R2/P3D"))
        .serviceTask("ServiceTask_SendReminder", t -> t.zeebeJobType("send-reminder"))
        .endEvent()
        .moveToActivity("UserTask_ContactParty")
        .endEvent()
        .done());
    long instance = start("remind");

    advance(Duration.ofDays(3));
    completeJob("send-reminder", Map.of());
    advance(Duration.ofDays(3));
    completeJob("send-reminder", Map.of());
    advance(Duration.ofDays(3));
    assertThat(activate("send-reminder")).isEmpty();
    assertThat(userTasks(instance)).hasSize(1);
  }

  @Test
  void shouldStartProcessOnTimerStartEvent() {
    deploy(Bpmn.createExecutableProcess("nightly")
        .startEvent("StartEvent_Nightly").timerWithCycle("R/P1D")
        .serviceTask("ServiceTask_Report", t -> t.zeebeJobType("report"))
        .endEvent()
        .done());

    advance(Duration.ofDays(1));
    completeJob("report", Map.of());
    advance(Duration.ofDays(1));
    completeJob("report", Map.of());
    assertThat(query("select count(*) from engine.element_instance where data->>'type' = 'PROCESS' and state = 'COMPLETED'"))
        .containsExactly("2");
  }

  @Test
  void shouldStopTimersWhenTheElementEnds() {
    deploy(Bpmn.createExecutableProcess("stop")
        .startEvent()
        .serviceTask("ServiceTask_X", t -> t.zeebeJobType("x"))
        .boundaryEvent("BoundaryEvent_Late").timerWithDuration("PT1H")
        .endEvent("EndEvent_Late")
        .moveToActivity("ServiceTask_X")
        .endEvent("EndEvent_OnTime")
        .done());
    long instance = start("stop");
    completeJob("x", Map.of());

    advance(Duration.ofHours(2));

    assertThat(completedElements(instance)).contains("EndEvent_OnTime").doesNotContain("BoundaryEvent_Late");
  }
}
