package org.amends.app.monitoring.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * England and Wales bank holidays, shipped as data (GOV.UK's list, with its substitute and
 * one-off days, which no rule computes): {@code monitoring/bank-holidays-england-and-wales.csv}.
 */
public final class BankHolidays {

  static final String RESOURCE = "monitoring/bank-holidays-england-and-wales.csv";

  private final Map<LocalDate, String> days;

  BankHolidays(Map<LocalDate, String> days) {
    this.days = new TreeMap<>(days);
  }

  /** The list shipped with the app. */
  public static BankHolidays englandAndWales() {
    try (InputStream in = BankHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The bank holiday list " + RESOURCE + " is missing");
      }
      return new BankHolidays(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<LocalDate, String> parse(BufferedReader reader) throws IOException {
    Map<LocalDate, String> days = new TreeMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int comma = line.indexOf(',');
      days.put(LocalDate.parse(line.substring(0, comma).trim()), line.substring(comma + 1).trim());
    }
    return days;
  }

  public boolean isHoliday(LocalDate day) {
    return days.containsKey(day);
  }

  /** The holidays of a year, in date order (empty when the list does not cover it). */
  public Map<LocalDate, String> of(int year) {
    return ((TreeMap<LocalDate, String>) days).subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }
}
