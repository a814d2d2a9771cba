package org.amends.engine.state;

/**
 * A row of engine state. Rows are plain data (serialised to JSON in their table); {@link
 * #active()} says whether the row still belongs to the runtime or is history only.
 */
public interface Row {

  long key();

  /** The process instance this row belongs to, or -1. */
  default long processInstanceKey() {
    return -1;
  }

  /** A short state name stored in its own column for searches. */
  default String stateName() {
    return null;
  }

  boolean active();
}
