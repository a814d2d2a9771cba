package org.amends.engine.query;

import com.fasterxml.jackson.databind.JsonNode;

/** A filter property that is more than a comparison of one expression (variables, candidates). */
@FunctionalInterface
public interface CustomFilter {

  /** Adds the conditions for a non-empty value of the property. */
  void apply(JsonNode value, Where where, Conditions conditions);
}
