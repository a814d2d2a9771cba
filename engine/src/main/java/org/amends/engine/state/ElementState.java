package org.amends.engine.state;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The element instance lifecycle, and which transitions are legal (Zeebe's table). */
public enum ElementState {
  ACTIVATING,
  ACTIVATED,
  COMPLETING,
  COMPLETED,
  TERMINATING,
  TERMINATED;

  private static final Map<ElementState, Set<ElementState>> TRANSITIONS =
      Map.of(
          ACTIVATING, EnumSet.of(ACTIVATED, TERMINATING),
          ACTIVATED, EnumSet.of(COMPLETING, TERMINATING),
          COMPLETING, EnumSet.of(COMPLETED, TERMINATING),
          TERMINATING, EnumSet.of(TERMINATED),
          COMPLETED, EnumSet.noneOf(ElementState.class),
          TERMINATED, EnumSet.noneOf(ElementState.class));

  public boolean canTransitionTo(ElementState next) {
    return TRANSITIONS.get(this).contains(next);
  }

  public boolean isFinal() {
    return this == COMPLETED || this == TERMINATED;
  }
}
