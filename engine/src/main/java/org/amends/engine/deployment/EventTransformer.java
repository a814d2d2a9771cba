package org.amends.engine.deployment;

import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EscalationEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.LinkEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.CompensateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.util.Collection;
import java.util.List;
import org.amends.engine.expression.Expression;
import org.amends.engine.model.EventProperties;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.TimerDefinition;
import org.amends.engine.model.TimerSchedule;

/**
 * An event's definition: the timer, message, error, escalation, signal, link or terminate it
 * catches or throws; a message throw or end event done by a job worker gets its job.
 */
final class EventTransformer {

  private EventTransformer() {}

  static void transform(Event event, ExecutableElement element, TransformContext context) {
    Collection<EventDefinition> definitions = definitionsOf(event);
    if (definitions.size() > 1) {
      context.reject(event.getId(), "events with more than one event definition are not supported");
      return;
    }
    ZeebeTaskDefinition task = event.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (task != null) {
      // Message throw and end events implemented by a job worker.
      ActivityTransformer.jobWorker(event, task, element, context);
      ActivityTransformer.taskHeaders(event, element);
    }
    if (definitions.isEmpty()) {
      return;
    }
    EventDefinition definition = definitions.iterator().next();
    String id = event.getId();
    EventProperties properties = element.event();
    if (definition instanceof TimerEventDefinition timer) {
      element.eventType(EventType.TIMER);
      properties.timer(timer(id, timer, context));
    } else if (definition instanceof MessageEventDefinition message) {
      element.eventType(EventType.MESSAGE);
      if (task == null) {
        if (message.getMessage() == null) {
          context.reject(id, "a message event must reference a message with a name");
        } else {
          message(id, message.getMessage(), element, context);
        }
      }
    } else if (definition instanceof ErrorEventDefinition error) {
      element.eventType(EventType.ERROR);
      if (error.getError() != null && error.getError().getErrorCode() != null) {
        String code = error.getError().getErrorCode();
        properties.errorCode(code);
        if (code.trim().startsWith("=")) {
          properties.errorCodeExpression(context.parse(id, code));
        }
      }
    } else if (definition instanceof EscalationEventDefinition escalation) {
      element.eventType(EventType.ESCALATION);
      if (escalation.getEscalation() != null) {
        properties.escalationCode(escalation.getEscalation().getEscalationCode());
      }
    } else if (definition instanceof SignalEventDefinition signal) {
      element.eventType(EventType.SIGNAL);
      if (signal.getSignal() == null || signal.getSignal().getName() == null
          || signal.getSignal().getName().isBlank()) {
        context.reject(id, "a signal event must reference a signal with a name");
      } else {
        properties.signalName(context.parse(id, signal.getSignal().getName()));
      }
    } else if (definition instanceof LinkEventDefinition link) {
      element.eventType(EventType.LINK);
      properties.linkName(link.getName());
    } else if (definition instanceof TerminateEventDefinition) {
      element.eventType(EventType.TERMINATE);
    } else if (definition instanceof CompensateEventDefinition) {
      element.eventType(EventType.COMPENSATION);
    } else {
      context.reject(
          id,
          "the event definition '"
              + definition.getElementType().getTypeName()
              + "' is not supported by this engine");
    }
  }

  private static Collection<EventDefinition> definitionsOf(Event event) {
    if (event instanceof CatchEvent catchEvent) {
      return catchEvent.getEventDefinitions();
    }
    if (event instanceof ThrowEvent throwEvent) {
      return throwEvent.getEventDefinitions();
    }
    return List.of();
  }

  /** The message a catch event or receive task waits for: its name and correlation key. */
  static void message(String id, Message message, ExecutableElement element, TransformContext context) {
    if (message.getName() == null || message.getName().isBlank()) {
      context.reject(id, "the message '" + message.getId() + "' has no name");
      return;
    }
    element.event().messageName(context.parse(id, message.getName()));
    ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
    if (subscription != null && subscription.getCorrelationKey() != null) {
      element.event().correlationKey(context.parse(id, subscription.getCorrelationKey()));
    }
  }

  private static TimerDefinition timer(String id, TimerEventDefinition timer, TransformContext context) {
    TimerDefinition.Kind kind;
    String text;
    if (timer.getTimeDuration() != null) {
      kind = TimerDefinition.Kind.DURATION;
      text = timer.getTimeDuration().getTextContent();
    } else if (timer.getTimeDate() != null) {
      kind = TimerDefinition.Kind.DATE;
      text = timer.getTimeDate().getTextContent();
    } else if (timer.getTimeCycle() != null) {
      kind = TimerDefinition.Kind.CYCLE;
      text = timer.getTimeCycle().getTextContent();
    } else {
      context.reject(id, "a timer event must have a duration, a date or a cycle");
      return null;
    }
    Expression expression = context.parse(id, text == null ? "" : text.trim());
    if (expression != null && !expression.isFeel()) {
      try {
        TimerSchedule.validateStatic(kind, expression);
      } catch (RuntimeException e) {
        context.reject(id, "invalid timer " + kind.name().toLowerCase() + " '" + text + "': " + e.getMessage());
      }
    }
    return new TimerDefinition(kind, expression);
  }
}
