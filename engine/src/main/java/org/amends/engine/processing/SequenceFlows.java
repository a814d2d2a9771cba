package org.amends.engine.processing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;

/**
 * Tokens between elements: a completed element takes its outgoing flows, a token arriving at a
 * joining gateway waits for the others (an inclusive gateway only for those that can still come),
 * and a scope completes once no child is active and no token is moving.
 */
public final class SequenceFlows {

  private final BpmnRuntime runtime;

  SequenceFlows(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  /** Takes all outgoing flows of a completed element, then checks whether its scope is done. */
  public void takeOutgoingFlows(ElementInstance instance, ExecutableElement element) {
    takeFlows(instance, element.outgoing());
  }

  public void takeFlows(ElementInstance instance, List<ExecutableFlow> flows) {
    ElementInstance scope = runtime.state().elementInstance(instance.flowScopeKey);
    if (scope == null) {
      return;
    }
    for (ExecutableFlow flow : flows) {
      takeFlow(scope, flow);
    }
    childEnded(scope);
  }

  private void takeFlow(ElementInstance scope, ExecutableFlow flow) {
    scope.activeFlows++;
    runtime.state().save(scope);
    var event = runtime.history("SEQUENCE_FLOW_TAKEN", scope, flow.id());
    event.data.put("sourceElementId", flow.source().id());
    event.data.put("targetElementId", flow.target().id());
    runtime.schedule(() -> arrive(scope, flow));
  }

  private void arrive(ElementInstance scope, ExecutableFlow flow) {
    if (scope.state != ElementState.ACTIVATED) {
      return;
    }
    ExecutableElement target = flow.target();
    boolean joining =
        (target.type() == ElementType.PARALLEL_GATEWAY || target.type() == ElementType.INCLUSIVE_GATEWAY)
            && target.incoming().size() > 1;
    if (!joining) {
      scope.activeFlows--;
      runtime.state().save(scope);
      runtime.lifecycle().activateChild(scope, target, null);
      return;
    }
    scope.joinTokens.computeIfAbsent(target.id(), k -> new ArrayList<>()).add(flow.id());
    runtime.state().save(scope);
    tryJoin(scope, target);
  }

  private void tryJoin(ElementInstance scope, ExecutableElement gateway) {
    List<String> tokens = scope.joinTokens.get(gateway.id());
    if (tokens == null || tokens.isEmpty()) {
      return;
    }
    Set<String> arrived = new HashSet<>(tokens);
    boolean all = gateway.incoming().stream().allMatch(f -> arrived.contains(f.id()));
    boolean ready = all
        || (gateway.type() == ElementType.INCLUSIVE_GATEWAY
            && tokensInFlight(scope) == 0
            && !canStillReach(scope, gateway, tokens));
    if (!ready) {
      return;
    }
    for (String flowId : arrived) {
      tokens.remove(flowId);
    }
    if (tokens.isEmpty()) {
      scope.joinTokens.remove(gateway.id());
    }
    scope.activeFlows -= arrived.size();
    runtime.state().save(scope);
    runtime.lifecycle().activateChild(scope, gateway, null);
  }

  /** Flows taken but not yet arrived at their target (waiting join tokens excluded). */
  private static int tokensInFlight(ElementInstance scope) {
    int waiting = scope.joinTokens.values().stream().mapToInt(List::size).sum();
    return scope.activeFlows - waiting;
  }

  /** Whether an active element or another waiting token in the scope can still reach the gateway. */
  private boolean canStillReach(ElementInstance scope, ExecutableElement gateway, List<String> waiting) {
    for (ElementInstance child : runtime.state().children(scope.key)) {
      ExecutableElement element = runtime.element(child);
      if (reaches(element, gateway, new HashSet<>())) {
        return true;
      }
    }
    for (Map.Entry<String, List<String>> entry : scope.joinTokens.entrySet()) {
      if (!entry.getKey().equals(gateway.id()) && !entry.getValue().isEmpty()) {
        ExecutableElement other = runtime.process(scope.processDefinitionKey).element(entry.getKey());
        if (reaches(other, gateway, new HashSet<>())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean reaches(ExecutableElement from, ExecutableElement target, Set<String> seen) {
    if (!seen.add(from.id())) {
      return false;
    }
    for (ExecutableFlow flow : from.outgoing()) {
      if (flow.target() == target || reaches(flow.target(), target, seen)) {
        return true;
      }
    }
    for (ExecutableElement boundary : from.boundaryEvents()) {
      if (reaches(boundary, target, seen)) {
        return true;
      }
    }
    return false;
  }

  /** A child of the scope ended (or took its flows): the scope may be done, or a join may fire. */
  public void childEnded(ElementInstance scope) {
    if (scope.state != ElementState.ACTIVATED) {
      return;
    }
    runtime.processors().of(scope).onChildEnded(scope, runtime.element(scope));
  }

  /** The default for containers: complete once no child is active and no token is moving. */
  public void completeScopeIfDone(ElementInstance scope) {
    if (scope.state != ElementState.ACTIVATED) {
      return;
    }
    for (String gatewayId : new ArrayList<>(scope.joinTokens.keySet())) {
      ExecutableElement gateway = runtime.process(scope.processDefinitionKey).element(gatewayId);
      if (gateway != null && gateway.type() == ElementType.INCLUSIVE_GATEWAY) {
        tryJoin(scope, gateway);
      }
    }
    if (scope.activeChildren == 0 && scope.activeFlows == 0) {
      runtime.schedule(
          () -> {
            // Something may have started in the scope since (an event subprocess, say).
            if (scope.activeChildren == 0 && scope.activeFlows == 0) {
              runtime.lifecycle().complete(scope, new HashMap<>());
            }
          });
    }
  }
}
