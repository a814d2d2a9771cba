package org.amends.engine.api;

import java.util.List;
import java.util.Map;

/**
 * What the job worker of an ad-hoc subprocess decided (a job result of type
 * {@code adHocSubProcess}): the inner elements to activate, each with variables for its
 * activation, or that the completion condition is fulfilled, and then whether to cancel what is
 * still active.
 */
public record AdHocJobResult(
    List<ActivateElement> activateElements, boolean completionConditionFulfilled, boolean cancelRemainingInstances) {

  public AdHocJobResult {
    activateElements = activateElements == null ? List.of() : List.copyOf(activateElements);
  }

  /** One element to activate and the variables its activation starts with. */
  public record ActivateElement(String elementId, Map<String, Object> variables) {
    public ActivateElement {
      variables = variables == null ? Map.of() : variables;
    }
  }
}
