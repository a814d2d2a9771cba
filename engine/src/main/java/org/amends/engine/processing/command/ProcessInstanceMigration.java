package org.amends.engine.processing.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.api.MigrateProcessInstance;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableProcess;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.UserTask;
import org.amends.engine.state.Variable;

/**
 * Process instance migration as Zeebe 8.8 executes it: every active element instance moves to the
 * element it is mapped to in the target process definition, with its jobs, user task, incidents,
 * variables and event subscriptions; the process instance itself maps to the target process. The
 * whole instance is checked first ({@link MigrationPreconditions}), so a refused migration changes
 * nothing.
 */
public final class ProcessInstanceMigration {

  private final BpmnRuntime runtime;
  private final EngineState state;
  private final ElementInstance processInstance;
  private final ProcessDefinition target;
  private final ExecutableProcess sourceProcess;
  private final Map<String, String> mapping = new HashMap<>();

  private ProcessInstanceMigration(BpmnRuntime runtime, ElementInstance processInstance, ProcessDefinition target) {
    this.runtime = runtime;
    this.state = runtime.state();
    this.processInstance = processInstance;
    this.target = target;
    this.sourceProcess = runtime.process(processInstance.processDefinitionKey);
  }

  public static void migrate(BpmnRuntime runtime, MigrateProcessInstance command) {
    ElementInstance instance = runtime.state().elementInstance(command.processInstanceKey());
    if (instance == null || !instance.isProcessInstance()) {
      throw EngineException.notFound(MigrationPreconditions.NOT_FOUND.formatted(command.processInstanceKey()));
    }
    MigrationPreconditions.requireNoDuplicateSources(command);
    ProcessDefinition target = runtime.state().processDefinitions.get(command.targetProcessDefinitionKey());
    MigrationPreconditions.requireTarget(target, instance, command.targetProcessDefinitionKey());
    new ProcessInstanceMigration(runtime, instance, target).apply(command);
  }

  private void apply(MigrateProcessInstance command) {
    requireNoOtherInstanceWithStartCorrelationKey();
    MigrationPreconditions.requireReferredElementsExist(command, sourceProcess, target.executable);
    for (MigrateProcessInstance.Mapping instruction : command.mappings()) {
      mapping.put(instruction.sourceElementId(), instruction.targetElementId());
    }
    // nobody maps the process itself: it becomes the target process
    mapping.put(processInstance.bpmnProcessId, target.bpmnProcessId);

    List<ElementInstance> instances = instancesTopDown();
    for (ElementInstance instance : instances) {
      check(instance);
    }
    for (ElementInstance instance : instances) {
      move(instance);
    }
  }

  private List<ElementInstance> instancesTopDown() {
    List<ElementInstance> instances = new ArrayList<>();
    Deque<ElementInstance> queue = new ArrayDeque<>(List.of(processInstance));
    while (!queue.isEmpty()) {
      ElementInstance instance = queue.poll();
      instances.add(instance);
      queue.addAll(state.children(instance.key));
    }
    return instances;
  }

  private void check(ElementInstance instance) {
    ExecutableElement source = sourceProcess.element(instance.elementId);
    String targetId = mapping.get(instance.elementId);
    ExecutableElement targetElement = targetId == null ? null : target.executable.element(targetId);
    ElementInstance flowScope = instance.isProcessInstance() ? null : state.elementInstance(instance.flowScopeKey);
    MigrationPreconditions.requireMigratable(instance, flowScope, source, targetElement, targetId, mapping);
    for (Map.Entry<String, List<String>> join : instance.joinTokens.entrySet()) {
      String gatewayTarget = mapping.get(join.getKey());
      if (gatewayTarget == null) {
        throw EngineException.invalidState(
            MigrationPreconditions.UNMAPPED.formatted(processInstance.key, join.getKey()));
      }
      MigrationPreconditions.requireJoinFlows(
          processInstance.key, join.getKey(), join.getValue(), target.executable.element(gatewayTarget));
    }
  }

  private void move(ElementInstance instance) {
    String sourceId = instance.elementId;
    ExecutableElement source = sourceProcess.element(sourceId);
    String targetId = mapping.get(sourceId);
    ExecutableElement targetElement = target.executable.element(targetId);
    instance.processDefinitionKey = target.key;
    instance.bpmnProcessId = target.bpmnProcessId;
    instance.version = target.version;
    instance.elementId = targetId;
    instance.elementName = instance.isProcessInstance() ? target.name : targetElement.name();
    if (!instance.joinTokens.isEmpty()) {
      Map<String, List<String>> tokens = new LinkedHashMap<>();
      instance.joinTokens.forEach((gateway, flows) -> tokens.put(mapping.get(gateway), flows));
      instance.joinTokens = tokens;
    }
    state.save(instance);
    runtime.history("ELEMENT_MIGRATED", instance, targetId).data.put("sourceElementId", sourceId);
    moveJobsAndTasks(instance);
    moveVariables(instance);
    MigratedSubscriptions.migrate(runtime, instance, sourceId, source, targetElement, mapping, target);
  }

  private void moveJobsAndTasks(ElementInstance instance) {
    for (Job job : state.jobs.values()) {
      if (job.elementInstanceKey == instance.key) {
        job.processDefinitionKey = target.key;
        job.bpmnProcessId = target.bpmnProcessId;
        job.processDefinitionVersion = target.version;
        job.elementId = instance.elementId;
        state.save(job);
      }
    }
    for (UserTask task : state.userTasks.values()) {
      if (task.elementInstanceKey == instance.key) {
        task.processDefinitionKey = target.key;
        task.bpmnProcessId = target.bpmnProcessId;
        task.processDefinitionVersion = target.version;
        task.elementId = instance.elementId;
        state.save(task);
      }
    }
    for (Incident incident : state.incidents.values()) {
      if (incident.elementInstanceKey == instance.key) {
        incident.processDefinitionKey = target.key;
        incident.bpmnProcessId = target.bpmnProcessId;
        incident.elementId = instance.elementId;
        state.save(incident);
      }
    }
  }

  private void moveVariables(ElementInstance instance) {
    for (Variable variable : List.copyOf(state.variables(instance.key).values())) {
      variable.processDefinitionKey = target.key;
      variable.bpmnProcessId = target.bpmnProcessId;
      state.save(variable);
    }
  }

  /**
   * An instance started by a message keeps its correlation key; moving it to another process that
   * already has an active instance for that key would break "one instance per key".
   */
  private void requireNoOtherInstanceWithStartCorrelationKey() {
    String correlationKey = processInstance.startCorrelationKey;
    if (correlationKey == null || target.bpmnProcessId.equals(processInstance.bpmnProcessId)
        || target.executable.startEvents(EventType.MESSAGE).isEmpty()) {
      return;
    }
    for (ElementInstance other : state.elementInstances.values()) {
      if (other.isProcessInstance() && other.bpmnProcessId.equals(target.bpmnProcessId)
          && correlationKey.equals(other.startCorrelationKey)) {
        throw EngineException.invalidState(MigrationPreconditions.START_EVENT_INSTANCE.formatted(
            processInstance.key, target.key, correlationKey));
      }
    }
  }
}
