package org.amends.engine.decision;

/** One output entry of a matched rule; {@code valueJson} is the output value as JSON. */
public record EvaluatedOutput(String outputId, String outputName, String valueJson) {}
