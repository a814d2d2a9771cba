package org.amends.app.modeler;

import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * Attribute values that mean the same as leaving the attribute out. Zeebe's model API writes
 * some of them (isSequential="false") and bpmn-js drops every attribute equal to its default
 * when it saves, so an unchanged element must compare equal either way. The BPMN defaults are
 * bpmn-moddle's; the zeebe: ones are the engine's.
 */
final class Defaults {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";

  /** Namespace of the element, then attribute (without a namespace) → its default value. */
  private static final Map<String, Map<String, String>> DEFAULTS = Map.of(
      BPMN, Map.ofEntries(
          Map.entry("isSequential", "false"),
          Map.entry("behavior", "All"),
          Map.entry("isInterrupting", "true"),
          Map.entry("cancelActivity", "true"),
          Map.entry("parallelMultiple", "false"),
          Map.entry("isForCompensation", "false"),
          Map.entry("startQuantity", "1"),
          Map.entry("completionQuantity", "1"),
          Map.entry("triggeredByEvent", "false"),
          Map.entry("gatewayDirection", "Unspecified"),
          Map.entry("instantiate", "false"),
          Map.entry("eventGatewayType", "Exclusive"),
          Map.entry("waitForCompletion", "true"),
          Map.entry("cancelRemainingInstances", "true")),
      ZEEBE, Map.of(
          "propagateAllChildVariables", "true",
          "propagateAllParentVariables", "true",
          "bindingType", "latest",
          "retries", "3"));

  private Defaults() {}

  static boolean isDefault(Element element, Attr attribute) {
    if (attribute.getNamespaceURI() != null || element.getNamespaceURI() == null) {
      return false;
    }
    String standard = DEFAULTS.getOrDefault(element.getNamespaceURI(), Map.of()).get(attribute.getLocalName());
    return standard != null && standard.equals(attribute.getValue().strip());
  }
}
