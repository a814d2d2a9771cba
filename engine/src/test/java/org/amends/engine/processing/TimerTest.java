package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.Instant;
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
  void shouldCountAMonthDurationInCalendarMonths() {
    // given the last day of January
    engine.pinClock(Instant.parse("2026-01-31T09:00:00Z"));
    deploy(Bpmn.createExecutableProcess("waitAMonth")
        .startEvent()
        .intermediateCatchEvent("TimerEvent_OneMonth").timerWithDuration("P1M")
        .endEvent()
        .done());
    long instance = start("waitAMonth");

    // when almost a calendar month has passed (28 days in February 2026), then it still waits
    advance(Duration.ofDays(28).minusMinutes(1));
    assertThat(activeElements(instance)).containsExactly("TimerEvent_OneMonth");

    // when the month is up, then it fires: not after 30 days
    advance(Duration.ofMinutes(1));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldCountAYearDurationInCalendarYears() {
    // given
    deploy(Bpmn.createExecutableProcess("waitAYear")
        .startEvent()
        .intermediateCatchEvent("TimerEvent_OneYear").timerWithDuration("P1Y")
        .endEvent()
        .done());
    long instance = start("waitAYear");

    // when 364 days have passed (not 360), then it still waits
    advance(Duration.ofDays(364));
    assertThat(activeElements(instance)).containsExactly("TimerEvent_OneYear");

    // when the calendar year (365 days from January 2026) is up, then it fires
    advance(Duration.ofDays(1));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldCountAFeelYearsMonthsDurationInCalendarMonths() {
    // given the last day of January and a FEEL years-months duration
    engine.pinClock(Instant.parse("2026-01-31T09:00:00Z"));
    deploy(Bpmn.createExecutableProcess("waitFeelMonths")
        .startEvent()
        .intermediateCatchEvent("TimerEvent_Months").timerWithDurationExpression("duration(\"P2M\")")
        .endEvent()
        .done());
    long instance = start("waitFeelMonths");

    // when 59 days have passed (31 January to 31 March), then it still waits, not fired at 60 days
    advance(Duration.ofDays(59).minusMinutes(1));
    assertThat(activeElements(instance)).containsExactly("TimerEvent_Months");

    // when two calendar months are up, then it fires
    advance(Duration.ofMinutes(1));
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldRepeatACycleInCalendarMonths() {
    // given a monthly report started from 31 January
    engine.pinClock(Instant.parse("2026-01-31T09:00:00Z"));
    deploy(Bpmn.createExecutableProcess("monthly")
        .startEvent("StartEvent_Monthly").timerWithCycle("R2/P1M")
        .serviceTask("ServiceTask_MonthlyReport", t -> t.zeebeJobType("monthly-report"))
        .endEvent()
        .done());

    // when 28 February and 28 March come
    advance(Duration.ofDays(28));
    completeJob("monthly-report", Map.of());
    advance(Duration.ofDays(28).minusMinutes(1));
    assertThat(activate("monthly-report")).isEmpty();
    advance(Duration.ofMinutes(1));

    // then the second report starts a calendar month after the first
    assertThat(activate("monthly-report")).hasSize(1);
  }

  @Test
  void shouldStartProcessOnCronCycle() {
    // given a report every Monday at 09:00, deployed on Monday 5 January 2026 at 09:00
    deploy(Bpmn.createExecutableProcess("weekly")
        .startEvent("StartEvent_Weekly").timerWithCycle("0 0 9 * * MON")
        .serviceTask("ServiceTask_WeeklyReport", t -> t.zeebeJobType("weekly-report"))
        .endEvent()
        .done());

    // when almost a week has passed, then nothing has started
    advance(Duration.ofDays(7).minusMinutes(1));
    assertThat(activate("weekly-report")).isEmpty();

    // when the next Monday 09:00 comes, and the one after, then an instance starts each time
    advance(Duration.ofMinutes(1));
    completeJob("weekly-report", Map.of());
    advance(Duration.ofDays(7));
    assertThat(activate("weekly-report")).hasSize(1);
  }

  @Test
  void shouldStartProcessOnTheLastDayOfTheMonthByCronCycle() {
    // given a report at midnight on the last day of each month (Spring's L), deployed 5 January 2026
    deploy(Bpmn.createExecutableProcess("monthEnd")
        .startEvent("StartEvent_MonthEnd").timerWithCycle("0 0 0 L * *")
        .serviceTask("ServiceTask_MonthEndReport", t -> t.zeebeJobType("month-end-report"))
        .endEvent()
        .done());

    // when 31 January has not come yet, then nothing has started
    advance(Duration.ofDays(26).minusHours(9).minusMinutes(1));
    assertThat(activate("month-end-report")).isEmpty();

    // when it comes, then an instance starts, and the next one at the end of February
    advance(Duration.ofMinutes(1));
    completeJob("month-end-report", Map.of());
    advance(Duration.ofDays(28));
    assertThat(activate("month-end-report")).hasSize(1);
  }

  @Test
  void shouldRejectAnInvalidCronCycleAtDeployment() {
    assertThatThrownBy(() -> deploy(Bpmn.createExecutableProcess("badCron")
        .startEvent("StartEvent_Bad").timerWithCycle("0 0 9 * *")
        .endEvent()
        .done()))
        .hasMessageContaining("StartEvent_Bad")
        .hasMessageContaining("expected a repeating interval such as R3/PT1H or a cron expression such as 0 0 9 * * MON");
  }

  @Test
  void shouldRemindOnCronCycleOfNonInterruptingBoundaryTimer() {
    // given a task waiting since Monday 09:00 with a reminder every day at 17:30
    deploy(Bpmn.createExecutableProcess("remindDaily")
        .startEvent()
        .userTask("UserTask_ContactParty", u -> u.zeebeUserTask())
        .boundaryEvent("BoundaryEvent_DailyReminder", b -> b.cancelActivity(false).timerWithCycle("0 30 17 * * *"))
        .serviceTask("ServiceTask_SendDailyReminder", t -> t.zeebeJobType("send-daily-reminder"))
        .endEvent()
        .moveToActivity("UserTask_ContactParty")
        .endEvent()
        .done());
    start("remindDaily");

    // when the same day's 17:30 comes, then a reminder; when the next day's comes, another
    advance(Duration.ofHours(8).plusMinutes(29));
    assertThat(activate("send-daily-reminder")).isEmpty();
    advance(Duration.ofMinutes(1));
    completeJob("send-daily-reminder", Map.of());
    advance(Duration.ofDays(1));
    assertThat(activate("send-daily-reminder")).hasSize(1);
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
