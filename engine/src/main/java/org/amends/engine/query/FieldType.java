package org.amends.engine.query;

/** How a filter value of the API is read and bound to SQL. */
public enum FieldType {
  /** Text; compared as text, {@code $like} allowed. */
  STRING,
  /** A 64-bit key, sent as a decimal string. */
  KEY,
  INTEGER,
  /** An ISO-8601 date-time, compared as {@code timestamptz}. */
  DATE,
  BOOLEAN
}
