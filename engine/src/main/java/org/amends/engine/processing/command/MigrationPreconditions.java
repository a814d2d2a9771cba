package org.amends.engine.processing.command;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.amends.engine.EngineException;
import org.amends.engine.api.MigrateProcessInstance;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.model.ExecutableProcess;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ProcessDefinition;

/**
 * What Zeebe 8.8 checks before it migrates a process instance, with its messages and rejection
 * types. Every check runs before anything changes, so a refused migration leaves the instance as
 * it was.
 */
final class MigrationPreconditions {

  static final String NOT_FOUND = "Expected to migrate process instance but no process instance found with key '%d'";
  static final String TARGET_NOT_FOUND =
      "Expected to migrate process instance to process definition but no process definition found with key '%d'";
  static final String START_EVENT_INSTANCE = "Expected to migrate process instance '%d' but target process definition"
      + " '%s' has an active instance triggered by a message start event with correlation key '%s'. Only one"
      + " instance per correlation key is allowed for message start events.";
  static final String DUPLICATE_SOURCES =
      "Expected to migrate process instance '%s' but the mapping instructions contain duplicate source element ids '%s'.";
  static final String SOURCE_NOT_FOUND = "Expected to migrate process instance '%s' but mapping instructions contain"
      + " a non-existing source element id '%s'. Elements provided in mapping instructions must exist in the source"
      + " process definition.";
  static final String TARGET_ELEMENT_NOT_FOUND = "Expected to migrate process instance '%s' but mapping instructions"
      + " contain a non-existing target element id '%s'. Elements provided in mapping instructions must exist in the"
      + " target process definition.";
  static final String UNSUPPORTED_TYPE = "Expected to migrate process instance '%s' but active element with id '%s'"
      + " has an unsupported type. The migration of a %s is not supported.";
  static final String UNMAPPED = "Expected to migrate process instance '%s' but no mapping instruction defined for"
      + " active element with id '%s'. Elements cannot be migrated without a mapping.";
  static final String TYPE_CHANGED = "Expected to migrate process instance '%s' but active element with id '%s' and"
      + " type '%s' is mapped to an element with id '%s' and different type '%s'. Elements must be mapped to elements"
      + " of the same type.";
  static final String USER_TASK_IMPLEMENTATION_CHANGED = "Expected to migrate process instance '%s' but active user"
      + " task with id '%s' and implementation '%s' is mapped to an user task with id '%s' and different"
      + " implementation '%s'. Elements must be mapped to elements of the same implementation.";
  static final String FLOW_SCOPE_CHANGED = "Expected to migrate process instance '%s' but the flow scope of active"
      + " element with id '%s' is changed. The flow scope of the active element is expected to be '%s' but was '%s'."
      + " The flow scope of an element cannot be changed during migration yet.";
  static final String MULTI_INSTANCE_CHANGED = "Expected to migrate process instance '%s' but active element with id"
      + " '%s' is a multi-instance element that is mapped to an element with different loop characteristics."
      + " Elements must be mapped to elements of the same loop characteristics.";
  static final String CATCH_EVENT_DETACHED = "Expected to migrate process instance '%s' but active element with id"
      + " '%s' is mapped to element with id '%s' that must be subscribed to a catch event with id '%s', which is"
      + " attached to a different element. Catch events must stay attached to the element they belong to.";
  static final String CATCH_EVENT_TYPE_CHANGED = "Expected to migrate process instance '%s' but mapping instructions"
      + " contain a mapping from catch event with id '%s' of type '%s' to catch event with id '%s' of type '%s'."
      + " Catch events must be mapped to catch events of the same event type.";
  static final String JOIN_FLOW_MISSING = "Expected to migrate process instance '%s' but the gateway with id '%s'"
      + " has taken sequence flow '%s' that the target gateway '%s' does not have as incoming flow. Joining gateways"
      + " must keep the incoming flows that were already taken.";

  /** Element kinds whose active instances can be moved to another version (wait states and containers). */
  private static final Set<ElementType> SUPPORTED = EnumSet.of(
      ElementType.PROCESS, ElementType.SUB_PROCESS, ElementType.EVENT_SUB_PROCESS, ElementType.MULTI_INSTANCE_BODY,
      ElementType.CALL_ACTIVITY, ElementType.SERVICE_TASK, ElementType.SEND_TASK, ElementType.SCRIPT_TASK,
      ElementType.BUSINESS_RULE_TASK, ElementType.USER_TASK, ElementType.RECEIVE_TASK,
      ElementType.INTERMEDIATE_CATCH_EVENT, ElementType.EVENT_BASED_GATEWAY);

  private MigrationPreconditions() {}

  static void requireNoDuplicateSources(MigrateProcessInstance command) {
    List<String> duplicates = command.mappings().stream()
        .collect(Collectors.groupingBy(MigrateProcessInstance.Mapping::sourceElementId, LinkedHashMap::new,
            Collectors.counting()))
        .entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    if (!duplicates.isEmpty()) {
      throw EngineException.invalidArgument(DUPLICATE_SOURCES.formatted(command.processInstanceKey(), duplicates));
    }
  }

  static void requireTarget(ProcessDefinition target, ElementInstance instance, long targetKey) {
    if (target == null || target.deleted || !target.tenantId.equals(instance.tenantId)) {
      throw EngineException.notFound(TARGET_NOT_FOUND.formatted(targetKey));
    }
  }

  static void requireReferredElementsExist(
      MigrateProcessInstance command, ExecutableProcess source, ExecutableProcess target) {
    for (MigrateProcessInstance.Mapping mapping : command.mappings()) {
      if (source.element(mapping.sourceElementId()) == null) {
        throw EngineException.invalidArgument(
            SOURCE_NOT_FOUND.formatted(command.processInstanceKey(), mapping.sourceElementId()));
      }
      if (target.element(mapping.targetElementId()) == null) {
        throw EngineException.invalidArgument(
            TARGET_ELEMENT_NOT_FOUND.formatted(command.processInstanceKey(), mapping.targetElementId()));
      }
    }
  }

  /** The checks of one active element instance against the element it is mapped to. */
  static void requireMigratable(
      ElementInstance instance,
      ElementInstance flowScope,
      ExecutableElement sourceElement,
      ExecutableElement targetElement,
      String targetId,
      Map<String, String> mapping) {
    long key = instance.processInstanceKey;
    if (!SUPPORTED.contains(instance.type)) {
      throw EngineException.invalidState(UNSUPPORTED_TYPE.formatted(key, instance.elementId, instance.type));
    }
    if (targetId == null) {
      throw EngineException.invalidState(UNMAPPED.formatted(key, instance.elementId));
    }
    ElementType targetType = instance.type == ElementType.MULTI_INSTANCE_BODY && targetElement.multiInstance() != null
        ? ElementType.MULTI_INSTANCE_BODY
        : targetElement.type();
    if (targetType != instance.type) {
      throw EngineException.invalidState(
          TYPE_CHANGED.formatted(key, instance.elementId, instance.type, targetId, targetType));
    }
    if (sourceElement.type() == ElementType.USER_TASK && sourceElement.isUserTask() != targetElement.isUserTask()) {
      throw EngineException.invalidState(USER_TASK_IMPLEMENTATION_CHANGED.formatted(
          key, instance.elementId, implementation(sourceElement), targetId, implementation(targetElement)));
    }
    if (flowScope != null && flowScope.type != ElementType.MULTI_INSTANCE_BODY) {
      String expected = mapping.get(flowScope.elementId);
      String actual = targetElement.flowScope() == null ? null : targetElement.flowScope().id();
      if (expected != null && !expected.equals(actual)) {
        throw EngineException.invalidState(FLOW_SCOPE_CHANGED.formatted(key, instance.elementId, expected, actual));
      }
    }
    if (instance.type == ElementType.MULTI_INSTANCE_BODY
        && sourceElement.multiInstance().sequential() != targetElement.multiInstance().sequential()) {
      throw EngineException.invalidState(MULTI_INSTANCE_CHANGED.formatted(key, instance.elementId));
    }
    requireCatchEventsStayAttached(key, instance, sourceElement, targetElement, targetId, mapping);
  }

  /** A mapped boundary or event subprocess start event keeps its subscription: it must stay where it was. */
  private static void requireCatchEventsStayAttached(long key, ElementInstance instance,
      ExecutableElement sourceElement, ExecutableElement targetElement, String targetId, Map<String, String> mapping) {
    for (ExecutableElement event : MigratedSubscriptions.catchEventsOf(sourceElement, instance.type)) {
      String mappedId = mapping.get(event.id());
      if (mappedId == null) {
        continue;
      }
      ExecutableElement mapped = MigratedSubscriptions.catchEventsOf(targetElement, instance.type).stream()
          .filter(e -> e.id().equals(mappedId)).findFirst().orElse(null);
      if (mapped == null) {
        throw EngineException.invalidState(
            CATCH_EVENT_DETACHED.formatted(key, instance.elementId, targetId, mappedId));
      }
      if (mapped.eventType() != event.eventType()) {
        throw EngineException.invalidState(CATCH_EVENT_TYPE_CHANGED.formatted(
            key, event.id(), event.eventType(), mappedId, mapped.eventType()));
      }
    }
  }

  /** Tokens waiting at a joining gateway move with it: the target gateway must have the flows they came by. */
  static void requireJoinFlows(long key, String gatewayId, List<String> flowIds, ExecutableElement targetGateway) {
    for (String flowId : flowIds) {
      boolean present = targetGateway.incoming().stream().map(ExecutableFlow::id).anyMatch(flowId::equals);
      if (!present) {
        throw EngineException.invalidState(JOIN_FLOW_MISSING.formatted(key, gatewayId, flowId, targetGateway.id()));
      }
    }
  }

  private static String implementation(ExecutableElement userTask) {
    return userTask.isUserTask() ? "zeebe user task" : "job worker";
  }
}
