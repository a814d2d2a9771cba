package org.amends.app.monitoring.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The shipped bank holiday list covers this year and next (it fails when a year is missing: add
 * it from GOV.UK), and working days skip weekends and bank holidays.
 */
class BankHolidaysTest {

  private final BankHolidays holidays = BankHolidays.englandAndWales();
  private final WorkingDays workingDays = new WorkingDays(holidays);

  @Test
  void shouldCoverTheCurrentAndNextYear() {
    int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
    for (int covered : new int[] {year, year + 1}) {
      // England and Wales have eight bank holidays a year (more in a year with a one-off day)
      assertThat(holidays.of(covered)).as("bank holidays of %s in %s", covered, BankHolidays.RESOURCE)
          .hasSizeGreaterThanOrEqualTo(8);
      assertThat(holidays.of(covered).values()).as("holidays of %s", covered)
          .anyMatch(title -> title.startsWith("New Year"))
          .anyMatch(title -> title.startsWith("Good Friday"))
          .anyMatch(title -> title.startsWith("Christmas Day"));
    }
  }

  @Test
  void shouldSkipEasterWhenCountingWorkingDays() {
    // Thursday 2 April 2026; Good Friday is 3 April, Easter Monday 6 April
    LocalDate thursday = LocalDate.of(2026, 4, 2);
    assertThat(workingDays.plus(thursday, 1)).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(workingDays.plus(thursday, 5)).isEqualTo(LocalDate.of(2026, 4, 13));
    assertThat(workingDays.between(thursday, LocalDate.of(2026, 4, 7))).isEqualTo(1);
  }

  @Test
  void shouldSkipWeekendsAndSubstituteDays() {
    // Friday 9 January 2026 + 1 is Monday 12 January
    assertThat(workingDays.plus(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
    // Christmas 2026 is a Friday and Boxing Day's substitute is Monday 28 December
    assertThat(workingDays.plus(LocalDate.of(2026, 12, 24), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(workingDays.plus(LocalDate.of(2026, 3, 4), 0)).isEqualTo(LocalDate.of(2026, 3, 4));
  }
}
