package org.amends.engine.server.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The properties the check lets be absent or null: those Camunda 8.8 itself may leave out
 * ({@link Camunda88Allowances}) and, kept apart, the engine's {@link KnownDifferences}.
 */
final class SchemaAllowances {

  private final List<Allowance> allowances;

  SchemaAllowances(List<Allowance> allowances) {
    this.allowances = List.copyOf(allowances);
  }

  /** Camunda 8.8's allowances and the known differences: what the suites are checked with. */
  static SchemaAllowances standard() {
    List<Allowance> all = new ArrayList<>(Camunda88Allowances.TABLE);
    all.addAll(KnownDifferences.TABLE);
    return new SchemaAllowances(all);
  }

  /** No allowance at all: every declared property must be there. */
  static SchemaAllowances none() {
    return new SchemaAllowances(List.of());
  }

  boolean mayBeAbsent(Class<?> model, String property, com.fasterxml.jackson.databind.JsonNode object) {
    for (Allowance allowance : allowances) {
      if (allowance.allows(model, property, object)) {
        return true;
      }
    }
    return false;
  }
}
