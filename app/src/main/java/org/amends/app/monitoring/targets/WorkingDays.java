package org.amends.app.monitoring.targets;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday, except England and Wales bank holidays: how the service counts its targets. */
public final class WorkingDays {

  private final BankHolidays holidays;

  public WorkingDays(BankHolidays holidays) {
    this.holidays = holidays;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
  }

  /**
   * The n-th working day after {@code from} (the day itself does not count): a referral on a
   * Friday with a target of 1 working day is due on Monday, or Tuesday when Monday is a bank
   * holiday. 0 is the day itself.
   */
  public LocalDate plus(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("A target counts forward: " + days);
    }
    LocalDate day = from;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** Working days after {@code from} up to and including {@code to} (0 when to is not later). */
  public int between(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }
}
