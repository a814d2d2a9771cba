package org.amends.engine.processing.command;

import java.util.HashSet;
import java.util.List;
import org.amends.engine.EngineException;
import org.amends.engine.api.AdHocJobResult.ActivateElement;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;

/** Activating elements of a running ad-hoc subprocess through the API, with Zeebe's refusals. */
public final class AdHocSubProcessCommands {

  private AdHocSubProcessCommands() {}

  public static void activate(BpmnRuntime runtime, long adHocSubProcessInstanceKey, List<ActivateElement> elements) {
    ElementInstance instance = runtime.state().elementInstance(adHocSubProcessInstanceKey);
    if (instance == null || instance.type != ElementType.AD_HOC_SUB_PROCESS) {
      throw EngineException.notFound(
          "Expected to activate activities for ad-hoc sub-process but no ad-hoc sub-process instance found with key '"
              + adHocSubProcessInstanceKey + "'.");
    }
    if (instance.state != ElementState.ACTIVATED) {
      throw EngineException.invalidState(
          "Expected to activate activities for ad-hoc sub-process with key '" + adHocSubProcessInstanceKey
              + "', but it is not active.");
    }
    if (new HashSet<>(elements.stream().map(ActivateElement::elementId).toList()).size() != elements.size()) {
      throw EngineException.invalidArgument(
          "Expected to activate activities for ad-hoc sub-process with key '" + adHocSubProcessInstanceKey
              + "', but duplicate activities were given.");
    }
    ExecutableElement element = runtime.element(instance);
    List<String> unknown = elements.stream()
        .map(ActivateElement::elementId)
        .filter(id -> !element.adHoc().activities().containsKey(id))
        .toList();
    if (!unknown.isEmpty()) {
      throw EngineException.notFound(
          "Expected to activate activities for ad-hoc sub-process with key '" + adHocSubProcessInstanceKey
              + "', but the given elements " + unknown + " do not exist.");
    }
    for (ActivateElement activation : elements) {
      runtime.processors().adHoc().activate(instance, element, element.adHoc().activities().get(activation.elementId()),
          activation.variables());
    }
  }
}
