package org.amends.engine.processing.command;

import java.util.List;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.ProcessInstanceCreated;
import org.amends.engine.model.ElementType;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;
import org.amends.engine.state.ProcessDefinition;

/** Starting, cancelling and setting variables of process instances. */
public final class ProcessInstanceCommands {

  private ProcessInstanceCommands() {}

  public static ProcessInstanceCreated create(BpmnRuntime runtime, CreateProcessInstance command) {
    ProcessDefinition definition = definition(runtime, command);
    List<String> startElements = command.startElementIds() == null ? List.of() : command.startElementIds();
    if (startElements.isEmpty() && definition.executable.root().noneStartEvent() == null) {
      throw EngineException.invalidState(
          "Expected to create instance of process with none start event, but there is no such event");
    }
    StartInstructions.validate(definition.executable, startElements);
    Map<String, Object> variables = command.variables() == null ? Map.of() : command.variables();
    ElementInstance instance = startElements.isEmpty()
        ? runtime.lifecycle().createProcessInstance(definition, variables, null, null)
        : runtime.lifecycle().createProcessInstanceAt(definition, variables, startElements);
    return new ProcessInstanceCreated(
        instance.key, definition.key, definition.bpmnProcessId, definition.version, definition.tenantId);
  }

  private static ProcessDefinition definition(BpmnRuntime runtime, CreateProcessInstance command) {
    if (command.processDefinitionKey() != null) {
      ProcessDefinition definition = runtime.state().processDefinitions.get(command.processDefinitionKey());
      if (definition == null || definition.deleted) {
        throw EngineException.notFound(
            "Expected to find process definition with key '" + command.processDefinitionKey() + "', but none found");
      }
      return definition;
    }
    String id = command.bpmnProcessId();
    if (id == null || id.isBlank()) {
      throw EngineException.invalidArgument("Expected either a processDefinitionKey or a processDefinitionId, but none given");
    }
    Integer version = command.version();
    ProcessDefinition definition = version == null || version < 0
        ? runtime.state().latestProcess(id)
        : runtime.state().process(id, version);
    if (definition == null) {
      throw EngineException.notFound(
          version == null || version < 0
              ? "Expected to find process definition with process ID '" + id + "', but none found"
              : "Expected to find process definition with process ID '" + id + "' and version '" + version + "', but none found");
    }
    return definition;
  }

  public static void cancel(BpmnRuntime runtime, long key) {
    ElementInstance instance = runtime.state().elementInstance(key);
    if (instance == null || !instance.isProcessInstance()) {
      throw EngineException.notFound(
          "Expected to cancel a process instance with key '" + key + "', but no such process was found");
    }
    if (instance.parentProcessInstanceKey >= 0) {
      throw EngineException.invalidState(
          "Expected to cancel a process instance with key '" + key
              + "', but it is created by a parent process instance. Cancel the root process instance '"
              + rootOf(runtime, instance) + "' instead.");
    }
    runtime.termination().terminate(instance);
  }

  private static long rootOf(BpmnRuntime runtime, ElementInstance instance) {
    ElementInstance current = instance;
    while (current.parentProcessInstanceKey >= 0) {
      ElementInstance parent = runtime.state().elementInstance(current.parentProcessInstanceKey);
      if (parent == null) {
        break;
      }
      current = parent;
    }
    return current.key;
  }

  /**
   * Sets variables on a scope. On a Camunda user task's element instance it is an update of the
   * task: returns the task's key when its updating listeners now run (the call waits for them),
   * else -1.
   */
  public static long setVariables(BpmnRuntime runtime, long elementInstanceKey, Map<String, Object> variables, boolean local) {
    ElementInstance scope = runtime.state().elementInstance(elementInstanceKey);
    if (scope == null || scope.state.isFinal() || scope.state == ElementState.TERMINATING) {
      throw EngineException.notFound(
          "Expected to update variables for element with key '" + elementInstanceKey + "', but no such element was found");
    }
    if (scope.type == ElementType.USER_TASK && scope.userTaskKey >= 0) {
      return UserTaskCommands.updateVariables(runtime, scope, variables);
    }
    if (local) {
      runtime.variables().setLocal(scope, variables);
    } else {
      runtime.variables().propagate(scope.key, variables);
    }
    return -1;
  }
}
