package org.amends.engine.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL conditions joined by {@code and}, with their bind parameters in placeholder order. */
public final class Where {

  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds a condition whose {@code ?} placeholders take the given values, in order. */
  public Where add(String clause, Object... values) {
    clauses.add(clause);
    params.addAll(Arrays.asList(values));
    return this;
  }

  /** Adds the alternatives as one condition: {@code (a and b) or (c)}. */
  public Where addAny(List<Where> alternatives) {
    List<Where> nonEmpty = alternatives.stream().filter(w -> !w.isEmpty()).toList();
    if (nonEmpty.size() < alternatives.size() || nonEmpty.isEmpty()) {
      return this; // an empty alternative matches everything
    }
    List<String> parts = new ArrayList<>();
    for (Where alternative : nonEmpty) {
      parts.add("(" + alternative.sql() + ")");
      params.addAll(alternative.params);
    }
    clauses.add("(" + String.join(" or ", parts) + ")");
    return this;
  }

  public boolean isEmpty() {
    return clauses.isEmpty();
  }

  public String sql() {
    return clauses.isEmpty() ? "true" : String.join(" and ", clauses);
  }

  public List<Object> params() {
    return params;
  }
}
