package org.amends.app.web;

import java.util.List;

/**
 * One row of a GOV.UK summary list: a key, its value (several lines for an address, say), and an
 * optional Change link whose hidden text says what it changes ("name" → "Change name").
 */
public record SummaryRow(String key, String value, String changeHref, String changeText) {

  public static SummaryRow of(String key, String value) {
    return new SummaryRow(key, value, null, null);
  }

  public List<String> lines() {
    return value == null ? List.of() : value.lines().toList();
  }
}
