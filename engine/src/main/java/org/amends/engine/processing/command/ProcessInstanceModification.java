package org.amends.engine.processing.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.amends.engine.EngineException;
import org.amends.engine.api.ModifyProcessInstance;
import org.amends.engine.api.ModifyProcessInstance.Activate;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableProcess;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/**
 * Process instance modification as Zeebe 8.8 executes it: every instruction is checked first (an
 * invalid one rejects the whole command, with Zeebe's message, before anything changes); then the
 * elements are activated, creating their missing flow scopes, and the element instances are
 * terminated, together with each flow scope that is left empty.
 */
public final class ProcessInstanceModification {

  private final BpmnRuntime runtime;
  private final ElementInstance processInstance;
  private final ExecutableProcess process;
  private final String bpmnProcessId;
  private final ModificationPreconditions checks;

  private ProcessInstanceModification(BpmnRuntime runtime, ElementInstance processInstance) {
    this.runtime = runtime;
    this.processInstance = processInstance;
    this.process = runtime.process(processInstance.processDefinitionKey);
    this.bpmnProcessId = processInstance.bpmnProcessId;
    this.checks = new ModificationPreconditions(runtime, processInstance, process);
  }

  public static void modify(BpmnRuntime runtime, ModifyProcessInstance command) {
    ElementInstance instance = runtime.state().elementInstance(command.processInstanceKey());
    if (instance == null || !instance.isProcessInstance()) {
      throw EngineException.notFound(ModificationPreconditions.NOT_FOUND.formatted(command.processInstanceKey()));
    }
    new ProcessInstanceModification(runtime, instance).apply(command);
  }

  private void apply(ModifyProcessInstance command) {
    checks.validateElements(command.activate());
    checks.validateTerminations(command.terminate());
    checks.validateVariableScopes(command.activate());
    checks.validateAncestors(command.activate());
    checks.validateNoActivationInTerminatedScope(command.activate(), command.terminate());
    List<Placement> placements = new ArrayList<>();
    for (Activate activate : command.activate()) {
      placements.add(place(activate));
    }
    validateChildProcessStays(placements, command.terminate());

    for (Placement placement : placements) {
      activate(placement);
    }
    for (long key : command.terminate()) {
      ElementInstance instance = runtime.state().elementInstance(key);
      if (instance == null) {
        continue; // already terminated with an instance terminated before it
      }
      long flowScopeKey = instance.flowScopeKey;
      runtime.termination().terminate(instance);
      terminateEmptyFlowScopes(flowScopeKey);
    }
  }

  /**
   * A modification may not end an instance that a call activity started: the parent would not know
   * what to do. Found by playing the terminations through without changing anything.
   */
  private void validateChildProcessStays(List<Placement> placements, List<Long> terminations) {
    if (processInstance.parentProcessInstanceKey < 0 || terminations.isEmpty()) {
      return;
    }
    Set<Long> required = new HashSet<>();
    for (Placement placement : placements) {
      required.add(placement.existingScope().key);
    }
    if (!placements.isEmpty()) {
      required.add(processInstance.key);
    }
    Set<Long> gone = new HashSet<>();
    for (long key : terminations) {
      ElementInstance instance = runtime.state().elementInstance(key);
      if (gone.contains(key)) {
        continue;
      }
      markGone(instance, gone);
      ElementInstance scope = runtime.state().elementInstance(instance.flowScopeKey);
      while (scope != null && !required.contains(scope.key) && scope.activeFlows == 0
          && runtime.state().children(scope.key).stream().allMatch(child -> gone.contains(child.key))) {
        if (scope.isProcessInstance()) {
          throw EngineException.invalidArgument(ModificationPreconditions.CHILD_PROCESS_TERMINATED.formatted(bpmnProcessId));
        }
        markGone(scope, gone);
        scope = runtime.state().elementInstance(scope.flowScopeKey);
      }
    }
  }

  private void markGone(ElementInstance instance, Set<Long> gone) {
    gone.add(instance.key);
    for (ElementInstance child : runtime.state().children(instance.key)) {
      markGone(child, gone);
    }
  }

  // ---- activation

  /** Where an element goes: the deepest existing scope instance, and the flow scopes to create below it. */
  private record Placement(Activate activate, ExecutableElement element, ElementInstance existingScope,
      List<ExecutableElement> scopesToCreate) {}

  private Placement place(Activate activate) {
    ExecutableElement element = checks.element(activate.elementId());
    List<ExecutableElement> scopes = flowScopesTopDown(element);
    ElementInstance current;
    int next;
    if (activate.ancestorElementInstanceKey() != null) {
      // In the given ancestor, every flow scope below it is created anew.
      current = runtime.state().elementInstance(activate.ancestorElementInstanceKey());
      next = indexOf(scopes, current.elementId) + 1;
    } else {
      current = processInstance;
      next = 1;
      while (next < scopes.size()) {
        ExecutableElement scope = scopes.get(next);
        List<ElementInstance> instances = activeInstancesOf(scope.id());
        if (instances.isEmpty()) {
          break;
        }
        if (instances.size() > 1) {
          throw EngineException.invalidArgument(ModificationPreconditions.MORE_THAN_ONE_FLOW_SCOPE_INSTANCE.formatted(bpmnProcessId, scope.id()));
        }
        current = instances.get(0);
        next++;
      }
    }
    List<ExecutableElement> toCreate = scopes.subList(next, scopes.size());
    for (ExecutableElement scope : toCreate) {
      if (scope.multiInstance() != null) {
        throw EngineException.invalidArgument(ModificationPreconditions.MULTI_INSTANCE.formatted(bpmnProcessId, scope.id()));
      }
    }
    return new Placement(activate, element, current, List.copyOf(toCreate));
  }

  private void activate(Placement placement) {
    Activate activate = placement.activate();
    ElementInstance scope = placement.existingScope();
    for (ElementInstance existing = scope; existing != null;
        existing = existing.isProcessInstance() ? null : runtime.state().elementInstance(existing.flowScopeKey)) {
      setVariables(activate, existing);
    }
    for (ExecutableElement flowScope : placement.scopesToCreate()) {
      scope = runtime.lifecycle().activateFlowScope(scope, flowScope);
      setVariables(activate, scope);
    }
    ElementInstance activated = runtime.lifecycle().activateChild(scope, placement.element(), null);
    setVariables(activate, activated);
  }

  /** The instruction's variables for this scope become its local variables. */
  private void setVariables(Activate activate, ElementInstance scope) {
    for (ModifyProcessInstance.Variables variables : activate.variables()) {
      boolean forScope = variables.scopeId().isEmpty()
          ? scope.isProcessInstance()
          : variables.scopeId().equals(scope.elementId) && !scope.isProcessInstance()
              || scope.isProcessInstance() && variables.scopeId().equals(bpmnProcessId);
      if (forScope && !variables.variables().isEmpty()) {
        runtime.variables().setLocal(scope, variables.variables());
      }
    }
  }

  // ---- termination

  /** A flow scope left with nothing in it ends too, up to the process instance. */
  private void terminateEmptyFlowScopes(long flowScopeKey) {
    ElementInstance scope = runtime.state().elementInstance(flowScopeKey);
    while (scope != null && scope.activeChildren == 0 && scope.activeFlows == 0) {
      long next = scope.flowScopeKey;
      runtime.termination().terminate(scope);
      scope = next < 0 ? null : runtime.state().elementInstance(next);
    }
  }

  // ---- the process model

  /** The element's flow scopes from the process down to its direct flow scope. */
  private List<ExecutableElement> flowScopesTopDown(ExecutableElement element) {
    List<ExecutableElement> scopes = new ArrayList<>();
    for (ExecutableElement scope = element.flowScope(); scope != null; scope = scope.flowScope()) {
      scopes.add(0, scope);
    }
    return scopes;
  }

  private static int indexOf(List<ExecutableElement> scopes, String elementId) {
    for (int i = 0; i < scopes.size(); i++) {
      if (scopes.get(i).id().equals(elementId)) {
        return i;
      }
    }
    throw new IllegalStateException("no flow scope " + elementId);
  }

  private List<ElementInstance> activeInstancesOf(String elementId) {
    List<ElementInstance> instances = new ArrayList<>();
    for (ElementInstance instance : runtime.state().elementInstances.values()) {
      if (instance.processInstanceKey == processInstance.key && !instance.isProcessInstance()
          && instance.elementId.equals(elementId) && instance.state.canTransitionTo(
              org.amends.engine.state.ElementState.TERMINATING)) {
        instances.add(instance);
      }
    }
    return instances;
  }
}
