package org.amends.engine.processing.command;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.engine.EngineException;
import org.amends.engine.api.ModifyProcessInstance;
import org.amends.engine.api.ModifyProcessInstance.Activate;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.model.ExecutableProcess;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/**
 * What Zeebe 8.8 checks in a process instance modification before it changes anything, in its
 * order, with its messages (all refusals are INVALID_ARGUMENT but the unknown instance).
 */
final class ModificationPreconditions {

  static final String NOT_FOUND = "Expected to modify process instance but no process instance found with key '%d'";
  static final String ELEMENT_NOT_FOUND = "Expected to modify instance of process '%s' but it contains one or more"
      + " activate instructions with an element that could not be found: '%s'";
  static final String ELEMENT_UNSUPPORTED = "Expected to modify instance of process '%s' but it contains one or more"
      + " activate instructions for elements that are unsupported: '%s'. %s.";
  static final String TERMINATE_NOT_FOUND = "Expected to modify instance of process '%s' but it contains one or more"
      + " terminate instructions with an element instance that could not be found: '%s'";
  static final String VARIABLE_SCOPE_NOT_FOUND = "Expected to modify instance of process '%s' but it contains one or"
      + " more variable instructions with a scope element id that could not be found: '%s'";
  static final String VARIABLE_SCOPE_NOT_FLOW_SCOPE = "Expected to modify instance of process '%s' but it contains"
      + " one or more variable instructions with a scope element that doesn't belong to the activating element's"
      + " flow scope. These variables should be set before or after the modification.";
  static final String MORE_THAN_ONE_FLOW_SCOPE_INSTANCE = "Expected to modify instance of process '%s' but it"
      + " contains one or more activate instructions for an element that has a flow scope with more than one active"
      + " instance: '%s'. Can't decide in which instance of the flow scope the element should be activated. Please"
      + " specify an ancestor element instance key for this activate instruction.";
  static final String CHILD_PROCESS_TERMINATED = "Expected to modify instance of process '%s' but the given"
      + " instructions would terminate the instance. The instance was created by a call activity in the parent"
      + " process. To terminate this instance please modify the parent process instead.";
  static final String ANCESTOR_NOT_FOUND = "Expected to modify instance of process '%s' but it contains one or more"
      + " activate instructions with an ancestor scope key that does not exist, or is not in an active state: '%s'";
  static final String MULTI_INSTANCE = "Expected to modify instance of process '%s' but it contains one or more"
      + " activate instructions that would result in the activation of multi-instance element '%s', which is"
      + " currently unsupported.";
  static final String ANCESTOR_WRONG_PROCESS_INSTANCE = "Expected to modify instance of process '%s' but it contains"
      + " one or more activate instructions with an ancestor scope key that does not belong to the modified process"
      + " instance: '%s'";
  static final String ANCESTOR_NOT_ANCESTOR = "Expected to modify instance of process '%s' but it contains one or"
      + " more activate instructions with an ancestor scope key that is not an ancestor of the element to activate:%s";
  static final String FLOW_SCOPE_TERMINATED = "Expected to modify instance of process '%s' but it contains one or"
      + " more activate instructions for elements whose required flow scope instance is also being terminated: %s."
      + " Please provide a valid ancestor scope key for the activation or avoid terminating the required flow scope.";

  /** Elements a modification cannot activate: they are entered only by their trigger. */
  private static final Set<ElementType> UNSUPPORTED =
      EnumSet.of(ElementType.START_EVENT, ElementType.SEQUENCE_FLOW, ElementType.BOUNDARY_EVENT);

  private final BpmnRuntime runtime;
  private final ElementInstance processInstance;
  private final ExecutableProcess process;
  private final String bpmnProcessId;

  ModificationPreconditions(BpmnRuntime runtime, ElementInstance processInstance, ExecutableProcess process) {
    this.runtime = runtime;
    this.processInstance = processInstance;
    this.process = process;
    this.bpmnProcessId = processInstance.bpmnProcessId;
  }

  void validateElements(List<Activate> activations) {
    Set<String> unknown = new LinkedHashSet<>();
    for (Activate activate : activations) {
      if (elementOrNull(activate.elementId()) == null) {
        unknown.add(activate.elementId());
      }
    }
    if (!unknown.isEmpty()) {
      throw EngineException.invalidArgument(ELEMENT_NOT_FOUND.formatted(bpmnProcessId, String.join("', '", unknown)));
    }
    Set<String> afterEventGateway = new LinkedHashSet<>();
    for (Activate activate : activations) {
      ExecutableElement element = element(activate.elementId());
      if (element.incoming().stream().map(ExecutableFlow::source)
          .anyMatch(source -> source.type() == ElementType.EVENT_BASED_GATEWAY)) {
        afterEventGateway.add(element.id());
      }
    }
    if (!afterEventGateway.isEmpty()) {
      throw EngineException.invalidArgument(ELEMENT_UNSUPPORTED.formatted(bpmnProcessId,
          String.join("', '", afterEventGateway),
          "The activation of events belonging to an event-based gateway is not supported"));
    }
    Map<String, ElementType> unsupported = new LinkedHashMap<>();
    for (Activate activate : activations) {
      ExecutableElement element = element(activate.elementId());
      if (UNSUPPORTED.contains(element.type())) {
        unsupported.put(element.id(), element.type());
      }
    }
    if (!unsupported.isEmpty()) {
      String types = unsupported.values().stream().distinct().map(Enum::name).collect(Collectors.joining("', '"));
      throw EngineException.invalidArgument(ELEMENT_UNSUPPORTED.formatted(bpmnProcessId,
          String.join("', '", unsupported.keySet()),
          "The activation of elements with type '" + types + "' is not supported. Supported element types are: "
              + EnumSet.complementOf(EnumSet.copyOf(UNSUPPORTED))));
    }
  }

  void validateTerminations(List<Long> terminations) {
    Set<String> unknown = new LinkedHashSet<>();
    for (long key : terminations) {
      ElementInstance instance = runtime.state().elementInstance(key);
      if (instance == null || instance.processInstanceKey != processInstance.key) {
        unknown.add(Long.toString(key));
      }
    }
    if (!unknown.isEmpty()) {
      throw EngineException.invalidArgument(TERMINATE_NOT_FOUND.formatted(bpmnProcessId, String.join("', '", unknown)));
    }
  }

  void validateVariableScopes(List<Activate> activations) {
    Set<String> unknown = new LinkedHashSet<>();
    boolean outsideFlowScope = false;
    for (Activate activate : activations) {
      ExecutableElement element = element(activate.elementId());
      for (ModifyProcessInstance.Variables variables : activate.variables()) {
        String scopeId = variables.scopeId();
        if (scopeId.isEmpty() || scopeId.equals(element.id())) {
          continue;
        }
        if (elementOrNull(scopeId) == null) {
          unknown.add(scopeId);
        } else if (!isFlowScopeOf(scopeId, element)) {
          outsideFlowScope = true;
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw EngineException.invalidArgument(
          VARIABLE_SCOPE_NOT_FOUND.formatted(bpmnProcessId, String.join("', '", unknown)));
    }
    if (outsideFlowScope) {
      throw EngineException.invalidArgument(VARIABLE_SCOPE_NOT_FLOW_SCOPE.formatted(bpmnProcessId));
    }
  }

  void validateAncestors(List<Activate> activations) {
    Set<String> missing = new LinkedHashSet<>();
    Set<String> foreign = new LinkedHashSet<>();
    StringBuilder notAncestors = new StringBuilder();
    for (Activate activate : activations) {
      Long key = activate.ancestorElementInstanceKey();
      if (key == null) {
        continue;
      }
      ElementInstance ancestor = runtime.state().elementInstance(key);
      if (ancestor == null) {
        missing.add(Long.toString(key));
      } else if (ancestor.processInstanceKey != processInstance.key) {
        foreign.add(Long.toString(key));
      } else if (!isFlowScopeOf(ancestor.elementId, element(activate.elementId()))) {
        notAncestors.append("%n- instance '%s' of element '%s' is not an ancestor of element '%s'"
            .formatted(key, ancestor.elementId, activate.elementId()));
      }
    }
    if (!missing.isEmpty()) {
      throw EngineException.invalidArgument(ANCESTOR_NOT_FOUND.formatted(bpmnProcessId, String.join("', '", missing)));
    }
    if (!foreign.isEmpty()) {
      throw EngineException.invalidArgument(
          ANCESTOR_WRONG_PROCESS_INSTANCE.formatted(bpmnProcessId, String.join("', '", foreign)));
    }
    if (!notAncestors.isEmpty()) {
      throw EngineException.invalidArgument(ANCESTOR_NOT_ANCESTOR.formatted(bpmnProcessId, notAncestors));
    }
  }

  void validateNoActivationInTerminatedScope(List<Activate> activations, List<Long> terminations) {
    List<String> conflicts = new ArrayList<>();
    for (long key : new LinkedHashSet<>(terminations)) {
      ElementInstance terminated = runtime.state().elementInstance(key);
      for (Activate activate : activations) {
        boolean conflict = activate.ancestorElementInstanceKey() != null
            ? activate.ancestorElementInstanceKey() == key
            : isFlowScopeOf(terminated.elementId, element(activate.elementId()));
        if (conflict) {
          conflicts.add("element '%s' requires flow scope instance '%d' which is being terminated"
              .formatted(activate.elementId(), key));
        }
      }
    }
    if (!conflicts.isEmpty()) {
      throw EngineException.invalidArgument(FLOW_SCOPE_TERMINATED.formatted(bpmnProcessId, String.join(", ", conflicts)));
    }
  }

  ExecutableElement elementOrNull(String id) {
    if (id == null || id.isEmpty()) {
      return null;
    }
    ExecutableElement element = process.element(id);
    return element == null || element == process.root() ? null : element;
  }

  ExecutableElement element(String id) {
    return elementOrNull(id);
  }

  static boolean isFlowScopeOf(String scopeId, ExecutableElement element) {
    for (ExecutableElement scope = element.flowScope(); scope != null; scope = scope.flowScope()) {
      if (scope.id().equals(scopeId)) {
        return true;
      }
    }
    return false;
  }
}
