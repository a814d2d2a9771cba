package org.amends.app.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's date, time or date-and-time field as the GOV.UK date input (day, month, year) and a
 * time box: the value the process carries (ISO {@code yyyy-MM-dd}; a time as form-js writes it,
 * by the field's {@code timeSerializingFormat}) split into what the boxes show, and the boxes read
 * back, with the GOV.UK messages for what is missing or not real. Times are UK times.
 */
final class FormDates {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final List<String> PARTS = List.of("day", "month", "year", "time");

  private static final Pattern TIME = Pattern.compile("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap]\\.?m\\.?)?$",
      Pattern.CASE_INSENSITIVE);
  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  /** What the boxes read: the value, or the problem with where it points ("day", "time"...). */
  record Read(Object value, String problem, String part) {}

  private FormDates() {}

  static String subtype(JsonNode component) {
    return component.path("subtype").asText("date");
  }

  static boolean hasDate(JsonNode component) {
    return !subtype(component).equals("time");
  }

  static boolean hasTime(JsonNode component) {
    return !subtype(component).equals("date");
  }

  /** The boxes' text for a stored value ("2026-03-27T14:30+00:00" → day 27, month 3, year 2026, time 14:30). */
  static Map<String, String> split(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      return Map.of();
    }
    Optional<LocalDateTime> at = parse(text.trim());
    if (at.isEmpty()) {
      return Map.of();
    }
    LocalDateTime local = at.get();
    return Map.of("day", String.valueOf(local.getDayOfMonth()), "month", String.valueOf(local.getMonthValue()),
        "year", String.valueOf(local.getYear()), "time", text.contains(":") ? local.format(HOURS_MINUTES) : "");
  }

  private static Optional<LocalDateTime> parse(String text) {
    List<java.util.function.Function<String, LocalDateTime>> readers = List.of(
        t -> OffsetDateTime.parse(t).atZoneSameInstant(UK).toLocalDateTime(),
        LocalDateTime::parse,
        t -> LocalDate.parse(t).atStartOfDay(),
        t -> LocalDate.now(UK).atTime(OffsetTime.parse(t).withOffsetSameInstant(offsetToday()).toLocalTime()),
        t -> LocalDate.now(UK).atTime(LocalTime.parse(t)));
    for (var reader : readers) {
      try {
        return Optional.of(reader.apply(text));
      } catch (DateTimeException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** Reads the boxes; an empty field reads as null (the form's own check says whether it is required). */
  static Read read(JsonNode component, Map<String, String> boxes) {
    String day = boxes.getOrDefault("day", "").trim();
    String month = boxes.getOrDefault("month", "").trim();
    String year = boxes.getOrDefault("year", "").trim();
    String time = boxes.getOrDefault("time", "").trim();
    boolean date = hasDate(component);
    boolean clock = hasTime(component);
    if ((!date || day.isEmpty() && month.isEmpty() && year.isEmpty()) && (!clock || time.isEmpty())) {
      return new Read(null, null, null);
    }
    LocalDate on = LocalDate.now(UK);
    if (date) {
      String dateLabel = "The date for “" + label(component, "dateLabel") + "”";
      List<String> missing = new ArrayList<>();
      if (day.isEmpty()) {
        missing.add("day");
      }
      if (month.isEmpty()) {
        missing.add("month");
      }
      if (year.isEmpty()) {
        missing.add("year");
      }
      if (!missing.isEmpty()) {
        return invalid(dateLabel + " must include a " + String.join(" and ", missing), missing.get(0));
      }
      if (!year.matches("\\d{4}")) {
        return invalid(dateLabel + " must have a year of 4 numbers", "year");
      }
      try {
        on = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      } catch (NumberFormatException | DateTimeException e) {
        return invalid(dateLabel + " must be a real date", "day");
      }
    }
    if (!clock) {
      return new Read(on.toString(), null, null);
    }
    String timeLabel = "“" + label(component, "timeLabel") + "”";
    if (time.isEmpty()) {
      return invalid("Enter a time for " + timeLabel, "time");
    }
    Optional<LocalTime> at = time(time);
    if (at.isEmpty()) {
      return invalid("The time for " + timeLabel + " must be a real time, like 9:30 or 14:30", "time");
    }
    return new Read(write(component, on, at.get()), null, null);
  }

  private static Read invalid(String problem, String part) {
    return new Read("not a date", problem, part);
  }

  /** "14:30", "14.30", "2:30pm", "2pm", "9" (9 in the morning). */
  static Optional<LocalTime> time(String text) {
    Matcher m = TIME.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    String half = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
    if (!half.isEmpty()) {
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + (half.equals("pm") ? 12 : 0);
    }
    try {
      return Optional.of(LocalTime.of(hour, minute));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** As form-js writes it: local ("no_timezone"), with the UK offset ("utc_offset", its default) or in UTC. */
  private static String write(JsonNode component, LocalDate on, LocalTime at) {
    String format = component.path("timeSerializingFormat").asText("utc_offset");
    LocalDateTime local = on.atTime(at);
    OffsetDateTime offset = local.atZone(UK).toOffsetDateTime();
    boolean withDate = hasDate(component);
    return switch (format) {
      case "no_timezone" -> withDate ? local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")) : at.format(HOURS_MINUTES);
      case "utc_normalized" -> offset.withOffsetSameInstant(ZoneOffset.UTC)
          .format(DateTimeFormatter.ofPattern(withDate ? "yyyy-MM-dd'T'HH:mm'Z'" : "HH:mm'Z'"));
      default -> offset.format(DateTimeFormatter.ofPattern(withDate ? "yyyy-MM-dd'T'HH:mmxxx" : "HH:mmxxx"));
    };
  }

  private static ZoneOffset offsetToday() {
    return UK.getRules().getOffset(java.time.Instant.now());
  }

  private static String label(JsonNode component, String attribute) {
    String text = component.path(attribute).asText("").trim();
    return text.isEmpty() ? component.path("label").asText(component.path("key").asText("this date")) : text;
  }
}
