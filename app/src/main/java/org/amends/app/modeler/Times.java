package org.amends.app.modeler;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on the processes pages, as staff in the service read them (UK time). */
final class Times {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

  private Times() {}

  static String format(Instant instant) {
    return instant == null ? "Not recorded" : FORMAT.format(instant);
  }
}
