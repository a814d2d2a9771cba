package org.amends.engine.processing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amends.engine.EngineException;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.HistoryEvent;
import org.amends.engine.state.Json;
import org.amends.engine.state.Message;
import org.amends.engine.state.MessageSubscription;
import org.amends.engine.state.ProcessDefinition;

/**
 * Messages: subscriptions of waiting elements, publishing (correlated once per process, else
 * buffered for its time to live), correlation without buffering, message start events, and the
 * buffered message that starts a process's next instance once its correlation key is free.
 */
public final class MessageCorrelation {

  public static final String MESSAGE_CORRELATED = "MESSAGE_CORRELATED";

  private final BpmnRuntime runtime;

  MessageCorrelation(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  void openSubscription(ElementInstance owner, ExecutableElement event) {
    Map<String, Object> context = runtime.variables().visible(owner.key);
    MessageSubscription subscription = new MessageSubscription();
    subscription.key = runtime.state().newKey();
    subscription.messageName = runtime.expressions().evaluateString(event.event().messageName(), context);
    subscription.correlationKey = event.event().correlationKey() == null
        ? ""
        : runtime.expressions().evaluateKey(event.event().correlationKey(), context);
    subscription.elementInstanceKey = owner.key;
    subscription.processInstanceKey = owner.processInstanceKey;
    subscription.processDefinitionKey = owner.processDefinitionKey;
    subscription.bpmnProcessId = owner.bpmnProcessId;
    subscription.elementId = event.id();
    subscription.interrupting = event.interrupting();
    subscription.tenantId = owner.tenantId;
    subscription.lastUpdatedDate = runtime.clock().now();
    runtime.state().save(subscription);
    runtime.schedule(() -> correlateBuffered(subscription));
  }

  private void correlateBuffered(MessageSubscription subscription) {
    if (subscription.state != MessageSubscription.State.CREATED) {
      return;
    }
    Instant now = runtime.clock().now();
    for (Message message : runtime.state().bufferedMessages(subscription.messageName, subscription.correlationKey)) {
      if (message.live
          && message.deadline.isAfter(now)
          && message.tenantId.equals(subscription.tenantId)
          && !message.correlatedTo.contains(subscription.bpmnProcessId)) {
        correlate(subscription, message);
        return;
      }
    }
  }

  /**
   * Publishes a message: as in Zeebe, it correlates once per process (BPMN process id), to one
   * waiting subscription, or else to a message start event of the process; it stays buffered for
   * its time to live for the processes it has not met yet.
   */
  public Message publish(String name, String correlationKey, Duration ttl, String messageId, Map<String, Object> variables, String tenantId) {
    Instant now = runtime.clock().now();
    if (messageId != null && !messageId.isEmpty()) {
      for (Message message : runtime.state().bufferedMessages(name, correlationKey)) {
        if (message.live && message.deadline.isAfter(now) && messageId.equals(message.messageId)) {
          throw new EngineException(
              EngineException.Kind.ALREADY_EXISTS,
              "Expected to publish a new message with id '" + messageId + "', but a message with that id was already published");
        }
      }
    }
    Message message = new Message();
    message.key = runtime.state().newKey();
    message.name = name;
    message.correlationKey = correlationKey == null ? "" : correlationKey;
    message.messageId = messageId;
    message.publishedAt = now;
    message.deadline = now.plus(ttl);
    message.variables = Json.write(variables);
    message.tenantId = tenantId;
    message.live = !ttl.isZero() && !ttl.isNegative();
    correlateOncePerProcess(message);
    runtime.state().save(message);
    return message;
  }

  /** Waiting subscriptions first, then start events of the processes not met yet; what started. */
  private CorrelatedTo correlateOncePerProcess(Message message) {
    long firstWaiting = -1;
    for (MessageSubscription subscription : matchingSubscriptions(message)) {
      if (!message.correlatedTo.contains(subscription.bpmnProcessId) && correlate(subscription, message)) {
        firstWaiting = firstWaiting < 0 ? subscription.processInstanceKey : firstWaiting;
      }
    }
    long firstStarted = -1;
    for (ProcessDefinition definition : List.copyOf(runtime.state().latestProcesses())) {
      ElementInstance started = startByMessage(definition, message);
      if (started != null && firstStarted < 0) {
        firstStarted = started.key;
      }
    }
    return new CorrelatedTo(firstWaiting, firstStarted);
  }

  /** The first instance a message met by a waiting subscription, and the first it started (-1: none). */
  private record CorrelatedTo(long waiting, long started) {}

  /**
   * A message-started instance with a correlation key ended: as in Zeebe, the oldest buffered
   * message with that key that has not met the process yet starts its next instance.
   */
  public void startByBufferedMessage(ElementInstance ended) {
    String correlationKey = ended.startCorrelationKey;
    if (correlationKey == null || correlationKey.isEmpty()) {
      return;
    }
    ProcessDefinition latest = null;
    for (ProcessDefinition definition : runtime.state().latestProcesses()) {
      if (definition.bpmnProcessId.equals(ended.bpmnProcessId) && definition.tenantId.equals(ended.tenantId)) {
        latest = definition;
      }
    }
    if (latest == null) {
      return;
    }
    Instant now = runtime.clock().now();
    for (Message message : bufferedForStartEvents(latest, correlationKey)) {
      if (message.live && message.deadline.isAfter(now) && startByMessage(latest, message) != null) {
        runtime.state().save(message);
        return;
      }
    }
  }

  /** Buffered messages with the key and the name of one of the process's message start events, oldest first. */
  private List<Message> bufferedForStartEvents(ProcessDefinition definition, String correlationKey) {
    Map<Long, Message> byKey = new TreeMap<>();
    for (ExecutableElement start : definition.executable.startEvents(EventType.MESSAGE)) {
      try {
        String name = runtime.expressions().evaluateString(start.event().messageName(), Map.of());
        runtime.state().bufferedMessages(name, correlationKey).forEach(m -> byKey.put(m.key, m));
      } catch (ExpressionException e) {
        // a start event whose name cannot be evaluated is skipped, as when correlating
      }
    }
    return List.copyOf(byKey.values());
  }

  /**
   * Correlates as a publish does, once per process, but is never buffered (Zeebe's
   * MessageCorrelateProcessor): answers with the instance a start event started, else the first
   * waiting instance it met; not found when it met none.
   */
  public long[] correlate(String name, String correlationKey, Map<String, Object> variables, String tenantId) {
    Message message = new Message();
    message.key = runtime.state().newKey();
    message.name = name;
    message.correlationKey = correlationKey == null ? "" : correlationKey;
    message.publishedAt = runtime.clock().now();
    message.deadline = message.publishedAt;
    message.variables = Json.write(variables);
    message.tenantId = tenantId;
    message.live = false;
    CorrelatedTo correlated = correlateOncePerProcess(message);
    if (correlated.started() >= 0 || correlated.waiting() >= 0) {
      runtime.state().save(message);
      return new long[] {message.key, correlated.started() >= 0 ? correlated.started() : correlated.waiting()};
    }
    throw EngineException.notFound(
        "Expected to find subscription for message with name '"
            + name
            + "' and correlation key '"
            + message.correlationKey
            + "', but none was found.");
  }

  private List<MessageSubscription> matchingSubscriptions(Message message) {
    List<MessageSubscription> result = new ArrayList<>();
    for (MessageSubscription subscription : runtime.state().messageSubscriptions(message.name, message.correlationKey)) {
      if (subscription.state == MessageSubscription.State.CREATED
          && subscription.tenantId.equals(message.tenantId)) {
        result.add(subscription);
      }
    }
    return result;
  }

  private ElementInstance startByMessage(ProcessDefinition definition, Message message) {
    for (ExecutableElement start : definition.executable.startEvents(EventType.MESSAGE)) {
      String name;
      try {
        name = runtime.expressions().evaluateString(start.event().messageName(), Map.of());
      } catch (ExpressionException e) {
        continue;
      }
      if (!name.equals(message.name) || !definition.tenantId.equals(message.tenantId)
          || message.correlatedTo.contains(definition.bpmnProcessId)) {
        continue;
      }
      if (!message.correlationKey.isEmpty()
          && runtime.state().hasProcessInstanceStartedWith(definition.bpmnProcessId, message.correlationKey)) {
        continue;
      }
      Map<String, Object> variables = Json.parseObject(message.variables);
      ElementInstance instance = runtime.lifecycle().createProcessInstance(definition, variables, start, null);
      instance.startCorrelationKey = message.correlationKey;
      runtime.state().save(instance);
      message.correlatedTo.add(definition.bpmnProcessId);
      recordCorrelation(message, instance, start.id(), -1);
      return instance;
    }
    return null;
  }

  private boolean correlate(MessageSubscription subscription, Message message) {
    ElementInstance owner = runtime.state().elementInstance(subscription.elementInstanceKey);
    if (owner == null) {
      return false;
    }
    ExecutableElement event = runtime.process(owner.processDefinitionKey).element(subscription.elementId);
    boolean repeatable = !event.interrupting() && event.type() != ElementType.INTERMEDIATE_CATCH_EVENT
        && event.type() != ElementType.RECEIVE_TASK;
    if (!repeatable) {
      subscription.state = MessageSubscription.State.CORRELATED;
    }
    subscription.lastUpdatedDate = runtime.clock().now();
    runtime.state().save(subscription);
    message.correlatedTo.add(subscription.bpmnProcessId);
    runtime.state().save(message);
    recordCorrelation(message, owner, subscription.elementId, subscription.key);
    Map<String, Object> variables = Json.parseObject(message.variables);
    runtime.schedule(() -> runtime.events().trigger(owner, event, variables));
    return true;
  }

  private void recordCorrelation(Message message, ElementInstance instance, String elementId, long subscriptionKey) {
    HistoryEvent event = runtime.history(MESSAGE_CORRELATED, instance, elementId);
    event.data.put("messageKey", message.key);
    event.data.put("messageName", message.name);
    event.data.put("correlationKey", message.correlationKey);
    event.data.put("subscriptionKey", subscriptionKey);
    event.data.put("tenantId", message.tenantId);
    if (instance.flowScopeKey < 0 && subscriptionKey < 0) {
      event.elementInstanceKey = -1;
    }
  }

  /** Buffered messages whose time to live ran out leave the runtime. */
  public void expire() {
    Instant now = runtime.clock().now();
    for (Message message : runtime.state().expiredMessages(now)) {
      if (message.live && !message.deadline.isAfter(now)) {
        message.live = false;
        runtime.state().save(message);
      }
    }
  }
}
