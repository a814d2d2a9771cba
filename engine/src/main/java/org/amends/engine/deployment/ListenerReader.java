package org.amends.engine.deployment;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.Listener;
import org.amends.engine.model.ListenerEventType;

/**
 * Reads an element's {@code zeebe:executionListeners} and {@code zeebe:taskListeners}. Which
 * elements and event types may have them the model's own validators have checked already, with
 * Zeebe's messages; what is left is the job type and retries of each, parsed as expressions.
 */
final class ListenerReader {

  /** Zeebe's default retries of a listener's job. */
  private static final String DEFAULT_RETRIES = "3";

  private ListenerReader() {}

  static void read(BaseElement source, ExecutableElement element, TransformContext context) {
    ZeebeExecutionListeners execution = source.getSingleExtensionElement(ZeebeExecutionListeners.class);
    if (execution != null) {
      for (ZeebeExecutionListener listener : execution.getExecutionListeners()) {
        if (listener.getEventType() == null) {
          context.reject(source.getId(), "an execution listener must have an eventType (start or end)");
        } else {
          add(source.getId(), element, eventType(listener.getEventType()), listener.getType(), listener.getRetries(), context);
        }
      }
    }
    ZeebeTaskListeners task = source.getSingleExtensionElement(ZeebeTaskListeners.class);
    if (task != null) {
      for (ZeebeTaskListener listener : task.getTaskListeners()) {
        if (listener.getEventType() == null) {
          context.reject(source.getId(), "a task listener must have an eventType");
        } else {
          add(source.getId(), element, eventType(listener.getEventType()), listener.getType(), listener.getRetries(), context);
        }
      }
    }
  }

  private static void add(
      String elementId, ExecutableElement element, ListenerEventType eventType, String type, String retries,
      TransformContext context) {
    if (type == null || type.isBlank()) {
      context.reject(elementId, "a " + eventType.name().toLowerCase() + " listener must have a job type");
      return;
    }
    element.listeners().add(new Listener(
        eventType,
        context.parse(elementId, type),
        context.parse(elementId, retries == null || retries.isBlank() ? DEFAULT_RETRIES : retries)));
  }

  private static ListenerEventType eventType(ZeebeExecutionListenerEventType type) {
    return type == ZeebeExecutionListenerEventType.end ? ListenerEventType.END : ListenerEventType.START;
  }

  /** The names before 8.8 (create, assignment, ...) mean the same events as the new ones. */
  private static ListenerEventType eventType(ZeebeTaskListenerEventType type) {
    return switch (type) {
      case create, creating -> ListenerEventType.CREATING;
      case assignment, assigning -> ListenerEventType.ASSIGNING;
      case update, updating -> ListenerEventType.UPDATING;
      case complete, completing -> ListenerEventType.COMPLETING;
      case cancel, canceling -> ListenerEventType.CANCELING;
    };
  }
}
