package org.amends.engine.processing.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/**
 * The flows a forking gateway chose, evaluated on activation and taken after completion (both
 * happen within one command, so the choice is kept only that long).
 */
final class ConditionalFlows {

  private final Map<Long, List<ExecutableFlow>> chosen = new HashMap<>();

  /** Flows whose condition is true (a flow without condition counts as true), default excluded. */
  List<ExecutableFlow> evaluate(BpmnRuntime runtime, ElementInstance instance, ExecutableElement gateway, boolean firstOnly) {
    Map<String, Object> context = runtime.variables().visible(instance.key);
    List<ExecutableFlow> result = new ArrayList<>();
    for (ExecutableFlow flow : gateway.outgoing()) {
      if (flow == gateway.defaultFlow()) {
        continue;
      }
      if (flow.condition() == null || runtime.expressions().evaluateBoolean(flow.condition(), context)) {
        result.add(flow);
        if (firstOnly) {
          break;
        }
      }
    }
    if (result.isEmpty() && gateway.defaultFlow() != null) {
      result.add(gateway.defaultFlow());
    }
    return result;
  }

  void remember(ElementInstance instance, List<ExecutableFlow> flows) {
    chosen.put(instance.key, flows);
  }

  boolean isChosen(ElementInstance instance) {
    return chosen.containsKey(instance.key);
  }

  List<ExecutableFlow> take(ElementInstance instance) {
    List<ExecutableFlow> flows = chosen.remove(instance.key);
    return flows == null ? List.of() : flows;
  }
}
