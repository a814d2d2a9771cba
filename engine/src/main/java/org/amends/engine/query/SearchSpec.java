package org.amends.engine.query;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one search endpoint searches: the rows ({@code from}, with {@code t} the main table and
 * {@code {s}} the engine's schema), the fields it can filter and sort by, extra values to select
 * beside the row's JSON, and the key that makes the order total.
 */
public final class SearchSpec {

  private final String name;
  private final String from;
  private final String baseCondition;
  private final String data;
  private final String tieBreak;
  private final Map<String, Field> fields;
  private final Set<String> sortOnly;
  private final Map<String, CustomFilter> custom;
  private final Map<String, String> selects;
  private final boolean or;
  private final boolean cappedCount;

  private SearchSpec(Builder builder) {
    this.name = builder.name;
    this.from = builder.from;
    this.baseCondition = builder.baseCondition;
    this.data = builder.data;
    this.tieBreak = builder.tieBreak;
    this.fields = Map.copyOf(builder.fields);
    this.sortOnly = Set.copyOf(builder.sortOnly);
    this.custom = Map.copyOf(builder.custom);
    this.selects = new LinkedHashMap<>(builder.selects);
    this.or = builder.or;
    this.cappedCount = builder.cappedCount;
  }

  public static Builder builder(String name, String from) {
    return new Builder(name, from);
  }

  public String name() {
    return name;
  }

  String from() {
    return from;
  }

  String baseCondition() {
    return baseCondition;
  }

  String data() {
    return data;
  }

  String tieBreak() {
    return tieBreak;
  }

  public Field field(String fieldName) {
    return fields.get(fieldName);
  }

  boolean filterable(String fieldName) {
    return !sortOnly.contains(fieldName);
  }

  CustomFilter custom(String fieldName) {
    return custom.get(fieldName);
  }

  Map<String, String> selects() {
    return selects;
  }

  boolean allowsOr() {
    return or;
  }

  boolean cappedCount() {
    return cappedCount;
  }

  public static final class Builder {
    private final String name;
    private final String from;
    private String baseCondition;
    private String data = "t.data";
    private String tieBreak = "t.key";
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Set<String> sortOnly = new LinkedHashSet<>();
    private final Map<String, CustomFilter> custom = new LinkedHashMap<>();
    private final Map<String, String> selects = new LinkedHashMap<>();
    private boolean or;
    private boolean cappedCount;

    private Builder(String name, String from) {
      this.name = name;
      this.from = from;
    }

    /** A condition every row of this search meets (e.g. "is a process instance"). */
    public Builder where(String condition) {
      this.baseCondition = condition;
      return this;
    }

    /** The JSON the row class is read from (default {@code t.data}). */
    public Builder data(String expression) {
      this.data = expression;
      return this;
    }

    public Builder tieBreak(String expression) {
      this.tieBreak = expression;
      return this;
    }

    public Builder field(String apiName, Field field) {
      fields.put(apiName, field);
      return this;
    }

    /** A field one can sort by but not filter by. */
    public Builder sortField(String apiName, Field field) {
      fields.put(apiName, field);
      sortOnly.add(apiName);
      return this;
    }

    public Builder custom(String apiName, CustomFilter filter) {
      custom.put(apiName, filter);
      return this;
    }

    /** A value selected beside the row's JSON, read from the hit by its alias. */
    public Builder select(String alias, String expression) {
      selects.put(alias, expression);
      return this;
    }

    /** Accept {@code $or}: a list of filters of the same fields, any of which may match. */
    public Builder allowOr() {
      this.or = true;
      return this;
    }

    /**
     * Count matches only up to {@link Keyset#COUNT_CAP} and then say there are more
     * (hasMoreTotalItems), as Camunda's searches on Elasticsearch do: for searches asked for their
     * totals on every page (a tasklist's tabs), where an exact count of a large history costs more
     * than the page.
     */
    public Builder cappedCount() {
      this.cappedCount = true;
      return this;
    }

    public SearchSpec build() {
      return new SearchSpec(this);
    }
  }
}
