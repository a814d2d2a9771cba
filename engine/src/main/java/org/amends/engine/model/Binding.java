package org.amends.engine.model;

/**
 * Which version of a called process, decision or linked form an element uses
 * ({@code bindingType} and {@code versionTag} of {@code zeebe:calledElement},
 * {@code zeebe:calledDecision} and {@code zeebe:formDefinition}).
 */
public record Binding(Type type, String versionTag) {

  public enum Type {
    /** the latest version when the element is activated (Zeebe's default) */
    LATEST,
    /** the version deployed together with the calling process */
    DEPLOYMENT,
    /** the latest version carrying the given version tag */
    VERSION_TAG
  }

  public static final Binding LATEST = new Binding(Type.LATEST, null);
}
