package org.amends.app.casework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Stage;
import org.amends.app.meeting.MeetingKind;

/**
 * How codes and times read on the case pages, the GOV.UK way ("3 November 2025 at 2:15pm").
 * Codes without a wording of their own read as their name in sentence case, so that a code added
 * later still reads sensibly. Public for the facilitators' own pages and the volunteer register.
 */
public final class Labels {

  /** Staff work in England: every date and time on the pages is the service's local time. */
  static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private Labels() {}

  public static String date(LocalDate date) {
    return date == null ? null : DATE.format(date);
  }

  public static String dateTime(Instant instant) {
    if (instant == null) {
      return null;
    }
    var local = instant.atZone(SERVICE_ZONE);
    return DATE.format(local) + " at " + TIME.format(local).toLowerCase(Locale.UK);
  }

  public static String role(PartyRole role) {
    return switch (role) {
      case HARMED -> "Harmed person";
      case HARMER -> "Person who caused the harm";
      case OTHER_AFFECTED -> "Other affected person";
      case SUPPORTER -> "Supporter";
    };
  }

  public static String meeting(MeetingKind kind) {
    return switch (kind.name()) {
      case "PREPARATION" -> "Preparation meeting";
      case "PANEL" -> "Community panel";
      default -> sentence(kind);
    };
  }

  public static String stage(Stage stage) {
    return sentence(stage);
  }

  static String status(CaseStatus status) {
    return sentence(status);
  }

  static String outcome(ClosureOutcome outcome) {
    return switch (outcome.name()) {
      case "COMPLETED_DIRECT" -> "Completed with a face-to-face meeting";
      case "COMPLETED_INDIRECT" -> "Completed with indirect communication";
      case "DECLINED_BY_HARMED" -> "Declined by the harmed person";
      case "DECLINED_BY_HARMER" -> "Declined by the person who caused the harm";
      case "NOT_SUITABLE" -> "Not suitable for restorative justice";
      case "WITHDRAWN" -> "Withdrawn";
      case "NO_CONTACT" -> "No contact";
      case "REFERRED_ON" -> "Referred on to another service";
      default -> sentence(outcome);
    };
  }

  /** REFERRED_ON reads "Referred on"; GP keeps its capitals and follow-up its hyphen. */
  public static String sentence(Enum<?> code) {
    if (code == null) {
      return null;
    }
    String words = code.name().replace('_', ' ').toLowerCase(Locale.UK);
    words = words.replace("gp ", "GP ").replace("follow up", "follow-up");
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
