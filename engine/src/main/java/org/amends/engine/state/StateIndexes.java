package org.amends.engine.state;

import java.time.Instant;
import java.util.List;

/**
 * The lookups of the runtime that must not cost one step per open instance: rows by element
 * instance, jobs by type, timers and messages by date, messages and subscriptions by name and
 * correlation key, start timers and process instances by definition. Each is kept as rows are
 * saved; a row that is no longer live leaves them.
 */
final class StateIndexes {

  /** A message's or a message subscription's name with its correlation key. */
  record MessageName(String name, String correlationKey) {}

  /** A message-started process instance's correlation key, per process. */
  record StartedWithKey(String bpmnProcessId, String correlationKey) {}

  final DueDateIndex timersByDueDate = new DueDateIndex();
  final RowIndex<Long> timersByElement = new RowIndex<>();
  /** Live timers of timer start events, by process definition. */
  final RowIndex<Long> startTimersByDefinition = new RowIndex<>();
  final RowIndex<Long> messageSubscriptionsByElement = new RowIndex<>();
  final RowIndex<MessageName> messageSubscriptionsByName = new RowIndex<>();
  final RowIndex<Long> signalSubscriptionsByElement = new RowIndex<>();
  final RowIndex<String> signalSubscriptionsByName = new RowIndex<>();
  final RowIndex<Long> incidentsByElement = new RowIndex<>();
  final RowIndex<String> jobsByType = new RowIndex<>();
  /** Jobs waiting for a time: an activation deadline or a retry back-off. */
  final RowIndex<Boolean> timedJobs = new RowIndex<>();
  /** Buffered (live) messages by name and correlation key. */
  final RowIndex<MessageName> messagesByName = new RowIndex<>();
  final DueDateIndex messagesByDeadline = new DueDateIndex();
  final RowIndex<Long> processInstancesByDefinition = new RowIndex<>();
  final RowIndex<StartedWithKey> processInstancesByStartKey = new RowIndex<>();

  /** Files a saved row (other than an element instance or variable) in the lookups of its kind. */
  void index(Row row) {
    if (row instanceof Timer timer) {
      timersByDueDate.put(timer.key, timer.live ? timer.dueDate : null);
      timersByElement.put(timer.key, timer.live && timer.elementInstanceKey >= 0 ? timer.elementInstanceKey : null);
      startTimersByDefinition.put(timer.key, timer.live && timer.elementInstanceKey < 0 ? timer.processDefinitionKey : null);
    } else if (row instanceof Message message) {
      messagesByName.put(message.key, message.live ? new MessageName(message.name, message.correlationKey) : null);
      messagesByDeadline.put(message.key, message.live ? message.deadline : null);
    } else if (row instanceof MessageSubscription subscription) {
      boolean open = subscription.active();
      messageSubscriptionsByElement.put(subscription.key, open ? subscription.elementInstanceKey : null);
      messageSubscriptionsByName.put(
          subscription.key, open ? new MessageName(subscription.messageName, subscription.correlationKey) : null);
    } else if (row instanceof SignalSubscription subscription) {
      signalSubscriptionsByElement.put(subscription.key, subscription.active() ? subscription.elementInstanceKey : null);
      signalSubscriptionsByName.put(subscription.key, subscription.active() ? subscription.signalName : null);
    } else if (row instanceof Incident incident) {
      incidentsByElement.put(incident.key, incident.active() ? incident.elementInstanceKey : null);
    } else if (row instanceof Job job) {
      jobsByType.put(job.key, job.active() ? job.type : null);
      boolean timed = job.active() && (job.retryAt != null || (job.state == Job.State.ACTIVATED && job.deadline != null));
      timedJobs.put(job.key, timed ? Boolean.TRUE : null);
    }
  }

  /** Process instances only: the other element instances are found through their scope. */
  void indexProcessInstance(ElementInstance instance) {
    boolean active = instance.active();
    processInstancesByDefinition.put(instance.key, active ? instance.processDefinitionKey : null);
    boolean startedWithKey = active && instance.startCorrelationKey != null && !instance.startCorrelationKey.isEmpty();
    processInstancesByStartKey.put(
        instance.key, startedWithKey ? new StartedWithKey(instance.bpmnProcessId, instance.startCorrelationKey) : null);
  }

  List<Long> dueTimers(Instant now) {
    return timersByDueDate.dueAt(now);
  }

  void clear() {
    timersByDueDate.clear();
    timersByElement.clear();
    startTimersByDefinition.clear();
    messageSubscriptionsByElement.clear();
    messageSubscriptionsByName.clear();
    signalSubscriptionsByElement.clear();
    signalSubscriptionsByName.clear();
    incidentsByElement.clear();
    jobsByType.clear();
    timedJobs.clear();
    messagesByName.clear();
    messagesByDeadline.clear();
    processInstancesByDefinition.clear();
    processInstancesByStartKey.clear();
  }
}
