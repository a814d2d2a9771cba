package org.amends.engine.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The runtime state, held in memory by the single writer and written through to PostgreSQL at
 * the end of each batch. Finished rows leave memory but stay in their tables as history.
 */
public final class EngineState {

  /** Zeebe's key layout: the partition id in the top bits, then a counter. */
  public static final long KEY_BASE = 1L << 51;

  private long nextKey;
  private final Map<String, Row> dirty = new LinkedHashMap<>();

  public final Map<Long, ProcessDefinition> processDefinitions = new TreeMap<>();
  public final Map<Long, DecisionRequirements> decisionRequirements = new TreeMap<>();
  public final Map<Long, DecisionDefinition> decisionDefinitions = new TreeMap<>();
  public final Map<Long, Form> forms = new TreeMap<>();
  public final Map<Long, Resource> resources = new TreeMap<>();

  public final Map<Long, ElementInstance> elementInstances = new HashMap<>();
  private final Map<Long, Set<Long>> childrenByScope = new HashMap<>();
  private final Map<Long, Map<String, Variable>> variablesByScope = new HashMap<>();
  public final Map<Long, Job> jobs = new TreeMap<>();
  public final Map<Long, UserTask> userTasks = new TreeMap<>();
  public final Map<Long, Incident> incidents = new TreeMap<>();
  public final Map<Long, Timer> timers = new TreeMap<>();
  public final Map<Long, Message> messages = new TreeMap<>();
  public final Map<Long, MessageSubscription> messageSubscriptions = new TreeMap<>();
  public final Map<Long, SignalSubscription> signalSubscriptions = new TreeMap<>();
  public final Map<Long, CompensationSubscription> compensationSubscriptions = new TreeMap<>();

  private final StateIndexes indexes = new StateIndexes();

  public EngineState(long nextKey) {
    this.nextKey = nextKey;
  }

  public long newKey() {
    return KEY_BASE + nextKey++;
  }

  /** After loading: keys continue from where the database left off. */
  public void restoreNextKey(long next) {
    this.nextKey = Math.max(next, 1);
  }

  public long nextKeyCounter() {
    return nextKey;
  }

  /** Records a changed row: kept in memory while active, written at the end of the batch. */
  public void save(Row row) {
    dirty.put(row.getClass().getSimpleName() + row.key(), row);
    if (row instanceof ElementInstance instance) {
      saveElementInstance(instance);
    } else if (row instanceof Variable variable) {
      if (variable.live) {
        variablesByScope.computeIfAbsent(variable.scopeKey, k -> new LinkedHashMap<>()).put(variable.name, variable);
      } else {
        Map<String, Variable> scope = variablesByScope.get(variable.scopeKey);
        if (scope != null && scope.get(variable.name) == variable) {
          scope.remove(variable.name);
          if (scope.isEmpty()) {
            variablesByScope.remove(variable.scopeKey);
          }
        }
      }
    } else {
      indexes.index(row);
      index(row);
    }
  }

  /** Live timers of an element instance (boundary and catch events). */
  public List<Timer> timersOf(long elementInstanceKey) {
    return rows(indexes.timersByElement.keys(elementInstanceKey), timers);
  }

  /** Open message subscriptions of an element instance. */
  public List<MessageSubscription> messageSubscriptionsOf(long elementInstanceKey) {
    return rows(indexes.messageSubscriptionsByElement.keys(elementInstanceKey), messageSubscriptions);
  }

  /** Live signal subscriptions of an element instance. */
  public List<SignalSubscription> signalSubscriptionsOf(long elementInstanceKey) {
    return rows(indexes.signalSubscriptionsByElement.keys(elementInstanceKey), signalSubscriptions);
  }

  /** Open incidents of an element instance. */
  public List<Incident> incidentsOf(long elementInstanceKey) {
    return rows(indexes.incidentsByElement.keys(elementInstanceKey), incidents);
  }

  /** Active jobs of a type, oldest first. */
  public List<Job> jobsOfType(String type) {
    return rows(indexes.jobsByType.keys(type), jobs);
  }

  /** Active jobs with an activation deadline or a retry back-off. */
  public List<Job> timedJobs() {
    return rows(indexes.timedJobs.keys(Boolean.TRUE), jobs);
  }

  /** Live timers of a process definition's timer start events. */
  public List<Timer> startTimersOf(long processDefinitionKey) {
    return rows(indexes.startTimersByDefinition.keys(processDefinitionKey), timers);
  }

  /** Buffered messages with the name and correlation key, oldest first (all tenants). */
  public List<Message> bufferedMessages(String name, String correlationKey) {
    return rows(indexes.messagesByName.keys(new StateIndexes.MessageName(name, correlationKey)), messages);
  }

  /** Buffered messages whose time to live has run out at the instant. */
  public List<Message> expiredMessages(Instant now) {
    return rows(indexes.messagesByDeadline.dueAt(now), messages);
  }

  /** Open message subscriptions for the name and correlation key, oldest first (all tenants). */
  public List<MessageSubscription> messageSubscriptions(String messageName, String correlationKey) {
    return rows(indexes.messageSubscriptionsByName.keys(new StateIndexes.MessageName(messageName, correlationKey)),
        messageSubscriptions);
  }

  /** Live signal subscriptions for the signal name, oldest first (all tenants). */
  public List<SignalSubscription> signalSubscriptions(String signalName) {
    return rows(indexes.signalSubscriptionsByName.keys(signalName), signalSubscriptions);
  }

  /** Whether an active process instance runs on the definition. */
  public boolean hasProcessInstances(long processDefinitionKey) {
    return indexes.processInstancesByDefinition.has(processDefinitionKey);
  }

  /** Whether an active instance of the process was started by a message with the correlation key. */
  public boolean hasProcessInstanceStartedWith(String bpmnProcessId, String correlationKey) {
    return indexes.processInstancesByStartKey.has(new StateIndexes.StartedWithKey(bpmnProcessId, correlationKey));
  }

  private static <T extends Row> List<T> rows(List<Long> keys, Map<Long, T> table) {
    List<T> rows = new ArrayList<>(keys.size());
    for (Long key : keys) {
      T row = table.get(key);
      if (row != null) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** The live timers due at the given instant, earliest first. */
  public List<Timer> dueTimers(Instant now) {
    List<Timer> due = new ArrayList<>();
    for (Long key : indexes.dueTimers(now)) {
      Timer timer = timers.get(key);
      if (timer != null && timer.live) {
        due.add(timer);
      }
    }
    return due;
  }

  private void saveElementInstance(ElementInstance instance) {
    if (instance.isProcessInstance()) {
      indexes.indexProcessInstance(instance);
    }
    if (instance.active()) {
      if (elementInstances.put(instance.key, instance) == null && instance.flowScopeKey >= 0) {
        childrenByScope.computeIfAbsent(instance.flowScopeKey, k -> new LinkedHashSet<>()).add(instance.key);
      }
    } else {
      elementInstances.remove(instance.key);
      Set<Long> siblings = childrenByScope.get(instance.flowScopeKey);
      if (siblings != null) {
        siblings.remove(instance.key);
        if (siblings.isEmpty()) {
          childrenByScope.remove(instance.flowScopeKey);
        }
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void index(Row row) {
    Map map = mapFor(row);
    if (map == null) {
      return;
    }
    if (row.active() || isDefinition(row)) {
      map.put(row.key(), row);
    } else {
      map.remove(row.key());
    }
  }

  private static boolean isDefinition(Row row) {
    return row instanceof ProcessDefinition
        || row instanceof DecisionRequirements
        || row instanceof DecisionDefinition
        || row instanceof Form
        || row instanceof Resource;
  }

  private Map<Long, ? extends Row> mapFor(Row row) {
    if (row instanceof Job) {
      return jobs;
    } else if (row instanceof UserTask) {
      return userTasks;
    } else if (row instanceof Incident) {
      return incidents;
    } else if (row instanceof Timer) {
      return timers;
    } else if (row instanceof Message) {
      return messages;
    } else if (row instanceof MessageSubscription) {
      return messageSubscriptions;
    } else if (row instanceof SignalSubscription) {
      return signalSubscriptions;
    } else if (row instanceof CompensationSubscription) {
      return compensationSubscriptions;
    } else if (row instanceof ProcessDefinition) {
      return processDefinitions;
    } else if (row instanceof DecisionRequirements) {
      return decisionRequirements;
    } else if (row instanceof DecisionDefinition) {
      return decisionDefinitions;
    } else if (row instanceof Form) {
      return forms;
    } else if (row instanceof Resource) {
      return resources;
    }
    return null;
  }

  /** The rows changed since the last call, and forgets them. */
  public List<Row> drainDirty() {
    List<Row> rows = new ArrayList<>(dirty.values());
    dirty.clear();
    return rows;
  }

  public boolean hasChanges() {
    return !dirty.isEmpty();
  }

  public ElementInstance elementInstance(long key) {
    return elementInstances.get(key);
  }

  /** Active children of a scope, oldest first. */
  public List<ElementInstance> children(long scopeKey) {
    Set<Long> keys = childrenByScope.get(scopeKey);
    if (keys == null) {
      return List.of();
    }
    List<ElementInstance> children = new ArrayList<>(keys.size());
    for (Long key : keys) {
      ElementInstance child = elementInstances.get(key);
      if (child != null) {
        children.add(child);
      }
    }
    children.sort(Comparator.comparingLong(c -> c.key));
    return children;
  }

  public Map<String, Variable> variables(long scopeKey) {
    return variablesByScope.getOrDefault(scopeKey, Map.of());
  }

  public Collection<ProcessDefinition> processDefinitions() {
    return processDefinitions.values();
  }

  /** The newest version of a process, or null. */
  public ProcessDefinition latestProcess(String bpmnProcessId) {
    ProcessDefinition latest = null;
    for (ProcessDefinition definition : processDefinitions.values()) {
      if (!definition.deleted
          && definition.bpmnProcessId.equals(bpmnProcessId)
          && (latest == null || definition.version > latest.version)) {
        latest = definition;
      }
    }
    return latest;
  }

  public ProcessDefinition process(String bpmnProcessId, int version) {
    for (ProcessDefinition definition : processDefinitions.values()) {
      if (!definition.deleted && definition.bpmnProcessId.equals(bpmnProcessId) && definition.version == version) {
        return definition;
      }
    }
    return null;
  }

  /** The latest version of every process. */
  public Collection<ProcessDefinition> latestProcesses() {
    Map<String, ProcessDefinition> latest = new LinkedHashMap<>();
    for (ProcessDefinition definition : processDefinitions.values()) {
      if (!definition.deleted) {
        latest.merge(definition.bpmnProcessId, definition, (a, b) -> a.version >= b.version ? a : b);
      }
    }
    return latest.values();
  }

  public DecisionDefinition latestDecision(String decisionId) {
    DecisionDefinition latest = null;
    for (DecisionDefinition definition : decisionDefinitions.values()) {
      if (!definition.deleted
          && definition.decisionId.equals(decisionId)
          && (latest == null || definition.version > latest.version)) {
        latest = definition;
      }
    }
    return latest;
  }

  public Form latestForm(String formId) {
    Form latest = null;
    for (Form form : forms.values()) {
      if (!form.deleted && form.formId.equals(formId) && (latest == null || form.version > latest.version)) {
        latest = form;
      }
    }
    return latest;
  }

  /** Empties the runtime (a purge). */
  public void clear() {
    nextKey = 1;
    dirty.clear();
    processDefinitions.clear();
    decisionRequirements.clear();
    decisionDefinitions.clear();
    forms.clear();
    resources.clear();
    elementInstances.clear();
    childrenByScope.clear();
    variablesByScope.clear();
    jobs.clear();
    userTasks.clear();
    incidents.clear();
    timers.clear();
    indexes.clear();
    messages.clear();
    messageSubscriptions.clear();
    signalSubscriptions.clear();
    compensationSubscriptions.clear();
  }
}
