package org.amends.engine.decision;

/** The kind of logic a decision holds, as Zeebe reports it on evaluated decisions. */
public enum DecisionType {
  DECISION_TABLE,
  LITERAL_EXPRESSION,
  CONTEXT,
  LIST,
  RELATION,
  INVOCATION,
  UNKNOWN
}
