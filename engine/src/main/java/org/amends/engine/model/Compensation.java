package org.amends.engine.model;

/**
 * An element's part in compensation: a compensation boundary event names the handler its
 * association points to; a compensation throw or end event may name the one activity it
 * compensates (its {@code activityRef}); a handler is marked {@code isForCompensation}.
 */
public record Compensation(ExecutableElement handler, ExecutableElement activity, boolean isHandler) {

  /** A compensation boundary event and the handler associated with it. */
  public static Compensation boundary(ExecutableElement handler) {
    return new Compensation(handler, null, false);
  }

  /** A compensation throw or end event; {@code activity} is null to compensate its whole scope. */
  public static Compensation thrown(ExecutableElement activity) {
    return new Compensation(null, activity, false);
  }

  /** An activity marked for compensation: only a compensation boundary event starts it. */
  public static Compensation handlerMark() {
    return new Compensation(null, null, true);
  }
}
