package org.amends.engine.deployment;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.amends.engine.expression.Expression;
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

  private final BiFunction<String, String, Expression> parser;
  private final BiConsumer<String, String> rejection;

  /**
   * @param parser parses an expression of an element (id, text), reporting a problem itself
   * @param rejection reports a problem of an element (id, problem)
   */
  ListenerReader(BiFunction<String, String, Expression> parser, BiConsumer<String, String> rejection) {
    this.parser = parser;
    this.rejection = rejection;
  }

  void read(BaseElement source, ExecutableElement element) {
    ZeebeExecutionListeners execution = source.getSingleExtensionElement(ZeebeExecutionListeners.class);
    if (execution != null) {
      for (ZeebeExecutionListener listener : execution.getExecutionListeners()) {
        if (listener.getEventType() == null) {
          rejection.accept(source.getId(), "an execution listener must have an eventType (start or end)");
        } else {
          add(source.getId(), element, eventType(listener.getEventType()), listener.getType(), listener.getRetries());
        }
      }
    }
    ZeebeTaskListeners task = source.getSingleExtensionElement(ZeebeTaskListeners.class);
    if (task != null) {
      for (ZeebeTaskListener listener : task.getTaskListeners()) {
        if (listener.getEventType() == null) {
          rejection.accept(source.getId(), "a task listener must have an eventType");
        } else {
          add(source.getId(), element, eventType(listener.getEventType()), listener.getType(), listener.getRetries());
        }
      }
    }
  }

  private void add(String elementId, ExecutableElement element, ListenerEventType eventType, String type, String retries) {
    if (type == null || type.isBlank()) {
      rejection.accept(elementId, "a " + eventType.name().toLowerCase() + " listener must have a job type");
      return;
    }
    element.listeners().add(new Listener(
        eventType,
        parser.apply(elementId, type),
        parser.apply(elementId, retries == null || retries.isBlank() ? DEFAULT_RETRIES : retries)));
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
