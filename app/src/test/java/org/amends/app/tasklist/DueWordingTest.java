package org.amends.app.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DueWordingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  private static DueWording.Due due(String dateTime) {
    return DueWording.describe(OffsetDateTime.parse(dateTime), TODAY);
  }

  @Test
  void shouldSayDueTodayAllDayLong() {
    assertThat(due("2026-03-10T08:00:00Z")).isEqualTo(new DueWording.Due("Due today", false));
    assertThat(due("2026-03-10T22:59:00Z").text()).isEqualTo("Due today");
  }

  @Test
  void shouldCountDaysAhead() {
    assertThat(due("2026-03-11T09:00:00Z")).isEqualTo(new DueWording.Due("Due tomorrow", false));
    assertThat(due("2026-03-13T09:00:00Z")).isEqualTo(new DueWording.Due("Due in 3 days", false));
  }

  @Test
  void shouldCountDaysOverdueAndMarkThem() {
    assertThat(due("2026-03-09T17:00:00Z")).isEqualTo(new DueWording.Due("1 day overdue", true));
    assertThat(due("2026-03-08T09:00:00Z")).isEqualTo(new DueWording.Due("2 days overdue", true));
  }

  @Test
  void shouldCountDaysInTheServicesTimeZone() {
    // 23:30 UTC on 10 March is 00:30 on 11 March in London in summer time (here: BST starts 29 March)
    assertThat(DueWording.describe(OffsetDateTime.of(2026, 7, 10, 23, 30, 0, 0, ZoneOffset.UTC),
        LocalDate.of(2026, 7, 10)).text()).isEqualTo("Due tomorrow");
  }

  @Test
  void shouldSayWhenThereIsNoDueDate() {
    assertThat(DueWording.describe(null, TODAY)).isEqualTo(new DueWording.Due("No due date", false));
  }
}
