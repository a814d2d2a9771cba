package org.amends.engine.query;

import java.util.Set;

/**
 * A searchable attribute: the SQL expression that computes its API value from a row, its type,
 * and for enumerations the values the API allows (anything else is a bad request, not an empty
 * result).
 */
public record Field(String sql, FieldType type, Set<String> allowedValues) {

  public static Field string(String sql) {
    return new Field(sql, FieldType.STRING, Set.of());
  }

  public static Field key(String sql) {
    return new Field(sql, FieldType.KEY, Set.of());
  }

  public static Field integer(String sql) {
    return new Field(sql, FieldType.INTEGER, Set.of());
  }

  public static Field date(String sql) {
    return new Field(sql, FieldType.DATE, Set.of());
  }

  public static Field bool(String sql) {
    return new Field(sql, FieldType.BOOLEAN, Set.of());
  }

  public static Field enumeration(String sql, Set<String> values) {
    return new Field(sql, FieldType.STRING, Set.copyOf(values));
  }
}
