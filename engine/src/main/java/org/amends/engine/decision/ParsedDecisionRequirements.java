package org.amends.engine.decision;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.dmn.instance.ExtensionElements;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.dmn.parser.ParsedDmn;

/**
 * A parsed DMN resource: its decision requirements graph (the DMN definitions) and the decisions
 * in document order. {@code parsed} is the dmn-scala model, kept so a deployed DRG is parsed once
 * and evaluated many times; callers treat it as opaque.
 */
public record ParsedDecisionRequirements(
    String id, String name, String resourceName, List<DecisionInfo> decisions, Object parsed) {

  private static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";

  public ParsedDecisionRequirements {
    decisions = List.copyOf(decisions);
  }

  public Optional<DecisionInfo> decision(String decisionId) {
    return decisions.stream().filter(d -> d.id().equals(decisionId)).findFirst();
  }

  /** The decision's {@code zeebe:versionTag}, which Zeebe records on the decision definition. */
  public Optional<String> versionTag(String decisionId) {
    ModelElementInstance decision = ((ParsedDmn) parsed).model().getModelElementById(decisionId);
    return Optional.ofNullable(decision)
        .map(d -> d.getUniqueChildElementByType(ExtensionElements.class))
        .map(extensions -> extensions.getUniqueChildElementByNameNs(ZEEBE_NS, "versionTag"))
        .map(tag -> tag.getAttributeValue("value"));
  }
}
