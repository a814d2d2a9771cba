package org.amends.app.tasklist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * When a task is due, in words ("Due today", "Due in 3 days", "2 days overdue"), counted in whole
 * days in the service's time zone: a task due at 9am is "due today" all day, and overdue from the
 * next morning, so the words and the "overdue" filter always agree.
 */
final class DueWording {

  static final ZoneId ZONE = ZoneId.of("Europe/London");

  private DueWording() {}

  record Due(String text, boolean overdue) {}

  static Due describe(OffsetDateTime dueDate, LocalDate today) {
    if (dueDate == null) {
      return new Due("No due date", false);
    }
    LocalDate due = dueDate.atZoneSameInstant(ZONE).toLocalDate();
    long days = ChronoUnit.DAYS.between(today, due);
    if (days == 0) {
      return new Due("Due today", false);
    }
    if (days == 1) {
      return new Due("Due tomorrow", false);
    }
    if (days > 1) {
      return new Due("Due in " + days + " days", false);
    }
    return new Due(-days == 1 ? "1 day overdue" : -days + " days overdue", true);
  }
}
