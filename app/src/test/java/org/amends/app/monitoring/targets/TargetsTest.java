package org.amends.app.monitoring.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Due dates from the targets: working days after the referral, shorter for enhanced rights. */
class TargetsTest {

  private final Targets targets = new Targets(
      new TargetSettings(List.of(
          new Target("UserTask_RecordContact", "First contact", 5, 1),
          new Target("UserTask_AssessRisk", "Risk assessed", 15, null)), LocalTime.of(17, 0)),
      new WorkingDays(BankHolidays.englandAndWales()));

  @Test
  void shouldDueAtTheEndOfTheLastWorkingDayInLondonTime() {
    // referred Thursday 2 April 2026: 1 working day is Tuesday 7 April (Easter), British Summer Time
    OffsetDateTime due = targets.due(targets.of("UserTask_RecordContact").orElseThrow(), LocalDate.of(2026, 4, 2), true);
    assertThat(due).isEqualTo(OffsetDateTime.of(2026, 4, 7, 17, 0, 0, 0, ZoneOffset.ofHours(1)));
    // 5 working days without enhanced rights: Monday 13 April
    assertThat(targets.due(targets.of("UserTask_RecordContact").orElseThrow(), LocalDate.of(2026, 4, 2), false))
        .isEqualTo(OffsetDateTime.of(2026, 4, 13, 17, 0, 0, 0, ZoneOffset.ofHours(1)));
  }

  @Test
  void shouldGiveTheJourneyEveryTargetsDueDate() {
    assertThat(targets.dueDates(LocalDate.of(2026, 1, 5), false))
        .containsEntry("UserTask_RecordContact", "2026-01-12T17:00Z")
        // 15 working days from Monday 5 January 2026: Monday 26 January
        .containsEntry("UserTask_AssessRisk", "2026-01-26T17:00Z")
        .hasSize(2);
    // a target without an enhanced-rights figure is the same for everyone
    assertThat(targets.dueDates(LocalDate.of(2026, 1, 5), true))
        .containsEntry("UserTask_RecordContact", "2026-01-06T17:00Z")
        .containsEntry("UserTask_AssessRisk", "2026-01-26T17:00Z");
  }
}
