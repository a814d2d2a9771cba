package org.amends.app.modeler;

/** One difference between two versions of a process, with the sentence that says it. */
public record Change(Type type, String elementId, String sentence) {

  public enum Type { ADDED, REMOVED, CHANGED, MOVED }

  /** Whether cases waiting at the element in the old version are affected by the change. */
  public boolean affectsWaitingCases() {
    return type == Type.REMOVED || type == Type.CHANGED;
  }
}
