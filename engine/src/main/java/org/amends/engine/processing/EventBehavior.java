package org.amends.engine.processing;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.amends.engine.EngineException;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.TimerDefinition;
import org.amends.engine.model.TimerSchedule;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;
import org.amends.engine.state.HistoryEvent;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Json;
import org.amends.engine.state.Message;
import org.amends.engine.state.MessageSubscription;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.SignalSubscription;
import org.amends.engine.state.Timer;

/**
 * Events: subscriptions for timers, messages and signals (opened by the element or scope that
 * waits, closed when it ends), their triggering, and thrown errors and escalations looking for
 * the nearest catch.
 */
public final class EventBehavior {

  public static final String MESSAGE_CORRELATED = "MESSAGE_CORRELATED";

  private final BpmnRuntime runtime;
  /** Event-based gateways: which event fired; the event's variables wait for its activation. */
  private final Map<Long, String> gatewayChoices = new HashMap<>();
  private final Map<String, Map<String, Object>> pendingTriggers = new HashMap<>();

  EventBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  // ---- opening and closing subscriptions

  public void openBoundaryEvents(ElementInstance instance, ExecutableElement element) {
    for (ExecutableElement boundary : element.boundaryEvents()) {
      subscribe(instance, boundary);
    }
  }

  public void openEventSubprocesses(ElementInstance scope, ExecutableElement element) {
    for (ExecutableElement subprocess : element.eventSubprocesses()) {
      subscribe(scope, subprocess.startEvents().get(0));
    }
  }

  /** An intermediate catch event or receive task waits for its own event. */
  public void openCatch(ElementInstance instance, ExecutableElement element) {
    subscribe(instance, element);
  }

  /** An event-based gateway waits for one of the events after it. */
  public void openCatchFor(ElementInstance gateway, ExecutableElement event) {
    subscribe(gateway, event);
  }

  private void subscribe(ElementInstance owner, ExecutableElement event) {
    switch (event.eventType()) {
      case TIMER -> createTimer(owner, event);
      case MESSAGE -> openMessageSubscription(owner, event);
      case SIGNAL -> openSignalSubscription(owner, event);
      default -> {
        // errors and escalations are looked up when thrown
      }
    }
  }

  public void closeSubscriptions(ElementInstance owner) {
    closeSubscriptions(owner, id -> true);
  }

  private void closeSubscriptions(ElementInstance owner, Predicate<String> elementIds) {
    for (Timer timer : runtime.state().timersOf(owner.key)) {
      if (elementIds.test(timer.elementId)) {
        timer.live = false;
        runtime.state().save(timer);
      }
    }
    for (MessageSubscription subscription : runtime.state().messageSubscriptionsOf(owner.key)) {
      if (subscription.state == MessageSubscription.State.CREATED
          && elementIds.test(subscription.elementId)) {
        subscription.state = MessageSubscription.State.DELETED;
        subscription.lastUpdatedDate = runtime.clock().now();
        runtime.state().save(subscription);
      }
    }
    for (SignalSubscription subscription : runtime.state().signalSubscriptionsOf(owner.key)) {
      if (elementIds.test(subscription.elementId)) {
        subscription.live = false;
        runtime.state().save(subscription);
      }
    }
  }

  // ---- timers

  private void createTimer(ElementInstance owner, ExecutableElement event) {
    Map<String, Object> context = owner == null ? Map.of() : runtime.variables().visible(owner.key);
    Timer timer = newTimer(event, event.timer(), context, runtime.clock().now());
    if (owner != null) {
      timer.elementInstanceKey = owner.key;
      timer.processInstanceKey = owner.processInstanceKey;
      timer.processDefinitionKey = owner.processDefinitionKey;
      timer.tenantId = owner.tenantId;
    }
    runtime.state().save(timer);
  }

  private Timer newTimer(ExecutableElement event, TimerDefinition definition, Map<String, Object> context, Instant now) {
    Timer timer = new Timer();
    timer.key = runtime.state().newKey();
    timer.elementId = event.id();
    var expressions = runtime.expressions();
    switch (definition.kind()) {
      case DURATION -> timer.dueDate = TimerSchedule.after(now, expressions.evaluateDuration(definition.expression(), context));
      case DATE -> {
        OffsetDateTime date = expressions.evaluateDateTime(definition.expression(), context);
        if (date == null) {
          throw new ExpressionException("Expected a timer date for '" + event.id() + "', but the expression gave nothing.");
        }
        timer.dueDate = date.toInstant();
      }
      case CYCLE -> {
        Object value = expressions.evaluate(definition.expression(), context);
        try {
          TimerSchedule.Cycle cycle = TimerSchedule.parseCycle(String.valueOf(value));
          timer.dueDate = cycle.firstDue(now);
          timer.repetitions = cycle.repetitions();
          timer.interval = cycle.rule();
        } catch (RuntimeException e) {
          throw new ExpressionException(
              "Expected a repeating interval such as R3/PT1H or a cron expression for the timer cycle of '" + event.id() + "', but was '" + value + "'.");
        }
      }
    }
    return timer;
  }

  /** Timer start events of a process version: the older version's timers stop. */
  public void scheduleStartTimers(ProcessDefinition definition) {
    for (Timer timer : List.copyOf(runtime.state().timers.values())) {
      if (timer.elementInstanceKey < 0) {
        ProcessDefinition owner = runtime.state().processDefinitions.get(timer.processDefinitionKey);
        if (owner != null && owner.bpmnProcessId.equals(definition.bpmnProcessId) && owner.key != definition.key) {
          timer.live = false;
          runtime.state().save(timer);
        }
      }
    }
    for (ExecutableElement start : definition.executable.startEvents(EventType.TIMER)) {
      Timer timer = newTimer(start, start.timer(), Map.of(), runtime.clock().now());
      timer.processDefinitionKey = definition.key;
      timer.tenantId = definition.tenantId;
      runtime.state().save(timer);
    }
  }

  public void fireTimer(Timer timer) {
    if (!timer.live) {
      return;
    }
    timer.live = false;
    runtime.state().save(timer);
    if (timer.elementInstanceKey < 0) {
      ProcessDefinition definition = runtime.state().processDefinitions.get(timer.processDefinitionKey);
      if (definition == null || definition.deleted) {
        return;
      }
      ExecutableElement start = definition.executable.element(timer.elementId);
      runtime.lifecycle().createProcessInstance(definition, Map.of(), start, null);
      repeat(timer, start);
      return;
    }
    ElementInstance owner = runtime.state().elementInstance(timer.elementInstanceKey);
    if (owner == null || owner.state != ElementState.ACTIVATED) {
      return;
    }
    ExecutableElement event = runtime.process(owner.processDefinitionKey).element(timer.elementId);
    if (!event.interrupting()) {
      repeat(timer, event);
    }
    trigger(owner, event, Map.of());
  }

  private void repeat(Timer fired, ExecutableElement event) {
    if (fired.interval == null || !(fired.repetitions < 0 || fired.repetitions > 1)) {
      return;
    }
    Timer next = new Timer();
    next.key = runtime.state().newKey();
    next.elementInstanceKey = fired.elementInstanceKey;
    next.processInstanceKey = fired.processInstanceKey;
    next.processDefinitionKey = fired.processDefinitionKey;
    next.elementId = event.id();
    next.tenantId = fired.tenantId;
    next.interval = fired.interval;
    next.repetitions = fired.repetitions < 0 ? -1 : fired.repetitions - 1;
    next.dueDate = TimerSchedule.nextDue(fired.dueDate, fired.interval);
    runtime.state().save(next);
  }

  // ---- triggering

  /** An event the owner waited for happened: continue at the element that caught it. */
  public void trigger(ElementInstance owner, ExecutableElement event, Map<String, Object> variables) {
    if (owner.state != ElementState.ACTIVATED) {
      return;
    }
    ExecutableElement ownerElement = runtime.element(owner);
    if (event == ownerElement) {
      runtime.lifecycle().complete(owner, variables);
    } else if (event.type() == ElementType.BOUNDARY_EVENT) {
      ElementInstance scope = runtime.state().elementInstance(owner.flowScopeKey);
      if (event.interrupting()) {
        runtime.lifecycle().terminate(owner);
      }
      runtime.lifecycle().activateChild(scope, event, variables);
    } else if (event.type() == ElementType.START_EVENT
        && event.flowScope() != null
        && event.flowScope().type() == ElementType.EVENT_SUB_PROCESS) {
      triggerEventSubprocess(owner, event.flowScope(), event, variables);
    } else if (owner.type == ElementType.EVENT_BASED_GATEWAY) {
      gatewayChoices.put(owner.key, event.id());
      pendingTriggers.put(owner.flowScopeKey + ":" + event.id(), variables);
      runtime.lifecycle().complete(owner, Map.of());
    }
  }

  private void triggerEventSubprocess(
      ElementInstance scope, ExecutableElement subprocess, ExecutableElement start, Map<String, Object> variables) {
    if (start.interrupting()) {
      if (scope.interrupted) {
        return;
      }
      scope.interrupted = true;
      runtime.lifecycle().terminateChildren(scope, null);
      List<String> starts = runtime.element(scope).eventSubprocesses().stream()
          .map(s -> s.startEvents().get(0).id())
          .toList();
      closeSubscriptions(scope, starts::contains);
    }
    runtime.lifecycle().activateChild(scope, subprocess, variables);
  }

  public String takeGatewayChoice(ElementInstance gateway) {
    return gatewayChoices.remove(gateway.key);
  }

  public Map<String, Object> takePendingTrigger(ElementInstance catchEvent) {
    return pendingTriggers.remove(catchEvent.flowScopeKey + ":" + catchEvent.elementId);
  }

  // ---- messages

  private void openMessageSubscription(ElementInstance owner, ExecutableElement event) {
    Map<String, Object> context = runtime.variables().visible(owner.key);
    MessageSubscription subscription = new MessageSubscription();
    subscription.key = runtime.state().newKey();
    subscription.messageName = runtime.expressions().evaluateString(event.messageName(), context);
    subscription.correlationKey = event.correlationKey() == null
        ? ""
        : runtime.expressions().evaluateKey(event.correlationKey(), context);
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
    for (Message message : runtime.state().messages.values()) {
      if (message.live
          && message.deadline.isAfter(now)
          && message.name.equals(subscription.messageName)
          && message.correlationKey.equals(subscription.correlationKey)
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
      for (Message message : runtime.state().messages.values()) {
        if (message.live && message.deadline.isAfter(now) && messageId.equals(message.messageId)
            && message.name.equals(name) && message.correlationKey.equals(correlationKey)) {
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
    for (Message message : List.copyOf(runtime.state().messages.values())) {
      if (message.live && message.deadline.isAfter(now) && correlationKey.equals(message.correlationKey)
          && startByMessage(latest, message) != null) {
        runtime.state().save(message);
        return;
      }
    }
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
    for (MessageSubscription subscription : runtime.state().messageSubscriptions.values()) {
      if (subscription.state == MessageSubscription.State.CREATED
          && subscription.messageName.equals(message.name)
          && subscription.correlationKey.equals(message.correlationKey)
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
        name = runtime.expressions().evaluateString(start.messageName(), Map.of());
      } catch (ExpressionException e) {
        continue;
      }
      if (!name.equals(message.name) || !definition.tenantId.equals(message.tenantId)
          || message.correlatedTo.contains(definition.bpmnProcessId)) {
        continue;
      }
      if (!message.correlationKey.isEmpty() && hasActiveInstanceWithKey(definition.bpmnProcessId, message.correlationKey)) {
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

  private boolean hasActiveInstanceWithKey(String bpmnProcessId, String correlationKey) {
    for (ElementInstance instance : runtime.state().elementInstances.values()) {
      if (instance.isProcessInstance() && bpmnProcessId.equals(instance.bpmnProcessId)
          && correlationKey.equals(instance.startCorrelationKey)) {
        return true;
      }
    }
    return false;
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
    runtime.schedule(() -> trigger(owner, event, variables));
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
  public void expireMessages() {
    Instant now = runtime.clock().now();
    for (Message message : List.copyOf(runtime.state().messages.values())) {
      if (message.live && !message.deadline.isAfter(now)) {
        message.live = false;
        runtime.state().save(message);
      }
    }
  }

  // ---- signals

  private void openSignalSubscription(ElementInstance owner, ExecutableElement event) {
    SignalSubscription subscription = new SignalSubscription();
    subscription.key = runtime.state().newKey();
    subscription.signalName = runtime.expressions().evaluateString(event.signalName(), runtime.variables().visible(owner.key));
    subscription.elementInstanceKey = owner.key;
    subscription.processInstanceKey = owner.processInstanceKey;
    subscription.elementId = event.id();
    subscription.tenantId = owner.tenantId;
    runtime.state().save(subscription);
  }

  public void broadcastSignal(String name, Map<String, Object> variables, String tenantId) {
    for (SignalSubscription subscription : List.copyOf(runtime.state().signalSubscriptions.values())) {
      if (subscription.live && subscription.signalName.equals(name) && subscription.tenantId.equals(tenantId)) {
        ElementInstance owner = runtime.state().elementInstance(subscription.elementInstanceKey);
        if (owner != null) {
          ExecutableElement event = runtime.process(owner.processDefinitionKey).element(subscription.elementId);
          runtime.schedule(() -> trigger(owner, event, variables));
        }
      }
    }
    for (ProcessDefinition definition : List.copyOf(runtime.state().latestProcesses())) {
      if (!definition.tenantId.equals(tenantId)) {
        continue;
      }
      for (ExecutableElement start : definition.executable.startEvents(EventType.SIGNAL)) {
        String signal = runtime.expressions().evaluateString(start.signalName(), Map.of());
        if (signal.equals(name)) {
          runtime.lifecycle().createProcessInstance(definition, variables, start, null);
        }
      }
    }
  }

  /**
   * What a throwing event does for its signal or escalation. Returns true when the element is
   * finished with (an interrupting escalation catch ended it), false when it should complete.
   */
  public boolean throwFrom(ElementInstance instance, ExecutableElement element) {
    switch (element.eventType()) {
      case SIGNAL -> {
        // as in Zeebe, the signal carries the thrower's local variables: its input mappings
        broadcastSignal(
            runtime.expressions().evaluateString(element.signalName(), runtime.variables().visible(instance.key)),
            runtime.variables().local(instance.key),
            instance.tenantId);
        return false;
      }
      case ESCALATION -> {
        return throwEscalation(instance, element.escalationCode());
      }
      default -> {
        return false;
      }
    }
  }

  // ---- errors, escalations, links

  /** Looks for the nearest catch of the error; without one, an incident on the thrower. */
  public boolean throwError(ElementInstance thrower, String code, String message, Map<String, Object> variables) {
    for (ElementInstance current = thrower; current != null; current = parentOf(current)) {
      ExecutableElement found = errorCatch(catchEventsOf(current), code);
      if (found != null) {
        catchAt(current, found, variables);
        return true;
      }
    }
    String text = message == null || message.isEmpty() ? "" : message;
    runtime.incidents().raise(
        thrower,
        IncidentBehavior.UNHANDLED_ERROR_EVENT,
        "Expected to throw an error event with the code '" + code + "' with message '" + text
            + "', but it was not caught. No error events are available in the scope.",
        Incident.Phase.ACTIVATE);
    return false;
  }

  /**
   * The catch events of one element instance in Zeebe's order of precedence (its
   * CatchEventAnalyzer): the start events of its event subprocesses first, last declared first,
   * then its boundary events. An interrupted scope starts no more event subprocesses, and the
   * inner instances of a multi-instance leave boundary events to the body.
   */
  private List<ExecutableElement> catchEventsOf(ElementInstance instance) {
    ExecutableElement element = runtime.element(instance);
    List<ExecutableElement> events = new ArrayList<>();
    if (instance.type.isContainer() && !instance.interrupted) {
      element.eventSubprocesses().forEach(subprocess -> events.add(0, subprocess.startEvents().get(0)));
    }
    if (isActivityLike(instance) && !isInnerOfMultiInstance(instance)) {
      events.addAll(element.boundaryEvents());
    }
    return events;
  }

  /** Triggers the catch event found on the instance: a boundary event ends the instance first. */
  private void catchAt(ElementInstance instance, ExecutableElement catchEvent, Map<String, Object> variables) {
    if (catchEvent.type() == ElementType.BOUNDARY_EVENT) {
      ElementInstance scope = runtime.state().elementInstance(instance.flowScopeKey);
      if (catchEvent.interrupting()) {
        runtime.lifecycle().terminate(instance);
      }
      runtime.lifecycle().activateChild(scope, catchEvent, variables);
    } else {
      triggerEventSubprocess(instance, catchEvent.flowScope(), catchEvent, variables);
    }
  }

  private ElementInstance parentOf(ElementInstance instance) {
    if (instance.isProcessInstance()) {
      return instance.parentElementInstanceKey >= 0
          ? runtime.state().elementInstance(instance.parentElementInstanceKey)
          : null;
    }
    return runtime.state().elementInstance(instance.flowScopeKey);
  }

  private boolean isInnerOfMultiInstance(ElementInstance instance) {
    ElementInstance scope = instance.flowScopeKey >= 0 ? runtime.state().elementInstance(instance.flowScopeKey) : null;
    return scope != null && scope.type == ElementType.MULTI_INSTANCE_BODY;
  }

  private static boolean isActivityLike(ElementInstance instance) {
    return switch (instance.type) {
      case SERVICE_TASK, SEND_TASK, SCRIPT_TASK, BUSINESS_RULE_TASK, USER_TASK, RECEIVE_TASK,
          SUB_PROCESS, AD_HOC_SUB_PROCESS, CALL_ACTIVITY, MULTI_INSTANCE_BODY -> true;
      default -> false;
    };
  }

  private static ExecutableElement errorCatch(List<ExecutableElement> candidates, String code) {
    ExecutableElement catchAll = null;
    for (ExecutableElement candidate : candidates) {
      if (candidate.eventType() != EventType.ERROR) {
        continue;
      }
      if (candidate.errorCode() == null || candidate.errorCode().isEmpty()) {
        catchAll = catchAll == null ? candidate : catchAll;
      } else if (candidate.errorCode().equals(code)) {
        return candidate;
      }
    }
    return catchAll;
  }

  /**
   * Looks for the nearest catch of the escalation. Returns true when an interrupting catch
   * ended the thrower; a non-interrupting catch (or none) lets the thrower go on.
   */
  public boolean throwEscalation(ElementInstance thrower, String code) {
    for (ElementInstance current = parentOf(thrower); current != null; current = parentOf(current)) {
      ExecutableElement found = escalationCatch(catchEventsOf(current), code);
      if (found != null) {
        catchAt(current, found, Map.of());
        return found.interrupting();
      }
    }
    return false;
  }

  private static ExecutableElement escalationCatch(List<ExecutableElement> candidates, String code) {
    ExecutableElement catchAll = null;
    for (ExecutableElement candidate : candidates) {
      if (candidate.eventType() != EventType.ESCALATION) {
        continue;
      }
      if (candidate.escalationCode() == null || candidate.escalationCode().isEmpty()) {
        catchAll = catchAll == null ? candidate : catchAll;
      } else if (candidate.escalationCode().equals(code)) {
        return candidate;
      }
    }
    return catchAll;
  }

  /** A link throw event continues at the link catch event of the same name in its scope. */
  public void followLink(ElementInstance thrower, ExecutableElement element) {
    ElementInstance scope = runtime.state().elementInstance(thrower.flowScopeKey);
    if (scope == null) {
      return;
    }
    for (ExecutableElement candidate : element.flowScope().children()) {
      if (candidate.type() == ElementType.INTERMEDIATE_CATCH_EVENT
          && candidate.eventType() == EventType.LINK
          && candidate.linkName() != null
          && candidate.linkName().equals(element.linkName())) {
        runtime.lifecycle().activateChild(scope, candidate, Map.of());
        return;
      }
    }
    runtime.lifecycle().childEnded(scope);
  }
}
