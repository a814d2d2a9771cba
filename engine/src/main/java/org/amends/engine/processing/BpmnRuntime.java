package org.amends.engine.processing;

import java.util.ArrayDeque;
import java.util.Deque;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.decision.DecisionEngine;
import org.amends.engine.expression.ExpressionLanguage;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableProcess;
import org.amends.engine.processing.task.UserTaskLifecycle;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.HistoryEvent;
import org.amends.engine.state.ProcessDefinition;

/**
 * Everything processing needs, owned by the single writer: the state, the clock, FEEL and DMN,
 * the named behaviours, and the queue of follow-up steps a command causes (drained before the
 * command is answered, so that a command's effects are complete when they are committed).
 */
public final class BpmnRuntime {

  private final EngineState state;
  private final EngineClock clock;
  private final ExpressionLanguage expressions;
  private final DecisionEngine decisions;
  private final Deque<Runnable> steps = new ArrayDeque<>();

  private final VariableBehavior variables;
  private final IncidentBehavior incidents;
  private final JobBehavior jobs;
  private final ExecutionListenerBehavior executionListeners;
  private final UserTaskLifecycle userTasks;
  private final EventBehavior events;
  private final CompensationBehavior compensations;
  private final TimerBehavior timers;
  private final MessageCorrelation messages;
  private final SignalBehavior signals;
  private final ThrownEvents thrownEvents;
  private final BindingResolver bindings;
  private final ElementLifecycle lifecycle;
  private final ElementTermination termination;
  private final SequenceFlows flows;
  private final BpmnElementProcessors processors;
  private final RuntimeListener listener;

  public BpmnRuntime(
      EngineState state,
      EngineClock clock,
      ExpressionLanguage expressions,
      DecisionEngine decisions,
      RuntimeListener listener) {
    this.state = state;
    this.clock = clock;
    this.expressions = expressions;
    this.decisions = decisions;
    this.listener = listener;
    this.variables = new VariableBehavior(this);
    this.incidents = new IncidentBehavior(this);
    this.jobs = new JobBehavior(this);
    this.executionListeners = new ExecutionListenerBehavior(this);
    this.userTasks = new UserTaskLifecycle(this);
    this.events = new EventBehavior(this);
    this.compensations = new CompensationBehavior(this);
    this.timers = new TimerBehavior(this);
    this.messages = new MessageCorrelation(this);
    this.signals = new SignalBehavior(this);
    this.thrownEvents = new ThrownEvents(this);
    this.bindings = new BindingResolver(this);
    this.lifecycle = new ElementLifecycle(this);
    this.termination = new ElementTermination(this);
    this.flows = new SequenceFlows(this);
    this.processors = new BpmnElementProcessors(this);
  }

  public EngineState state() {
    return state;
  }

  public EngineClock clock() {
    return clock;
  }

  public ExpressionLanguage expressions() {
    return expressions;
  }

  public DecisionEngine decisions() {
    return decisions;
  }

  public VariableBehavior variables() {
    return variables;
  }

  public IncidentBehavior incidents() {
    return incidents;
  }

  public JobBehavior jobs() {
    return jobs;
  }

  public ExecutionListenerBehavior executionListeners() {
    return executionListeners;
  }

  public UserTaskLifecycle userTasks() {
    return userTasks;
  }

  public BindingResolver bindings() {
    return bindings;
  }

  public EventBehavior events() {
    return events;
  }

  public CompensationBehavior compensations() {
    return compensations;
  }

  public TimerBehavior timers() {
    return timers;
  }

  public MessageCorrelation messages() {
    return messages;
  }

  public SignalBehavior signals() {
    return signals;
  }

  public ThrownEvents thrownEvents() {
    return thrownEvents;
  }

  public ElementLifecycle lifecycle() {
    return lifecycle;
  }

  public ElementTermination termination() {
    return termination;
  }

  public SequenceFlows flows() {
    return flows;
  }

  public BpmnElementProcessors processors() {
    return processors;
  }

  public RuntimeListener listener() {
    return listener;
  }

  /** Queues a follow-up step; steps run in order after the current one. */
  public void schedule(Runnable step) {
    steps.addLast(step);
  }

  /** Runs the queued steps until none is left. */
  public void drain() {
    Runnable step;
    while ((step = steps.pollFirst()) != null) {
      step.run();
    }
  }

  public void discardSteps() {
    steps.clear();
  }

  public ExecutableElement element(ElementInstance instance) {
    ExecutableProcess process = process(instance.processDefinitionKey);
    return process.element(instance.elementId);
  }

  public ExecutableProcess process(long processDefinitionKey) {
    ProcessDefinition definition = state.processDefinitions.get(processDefinitionKey);
    if (definition == null || definition.executable == null) {
      throw new IllegalStateException("no process definition " + processDefinitionKey);
    }
    return definition.executable;
  }

  /** Appends a history record (sequence flow taken, message correlated, ...). */
  public HistoryEvent history(String kind, ElementInstance instance, String elementId) {
    HistoryEvent event = new HistoryEvent();
    event.key = state.newKey();
    event.kind = kind;
    event.timestamp = clock.now();
    if (instance != null) {
      event.processInstanceKey = instance.processInstanceKey;
      event.elementInstanceKey = instance.key;
    }
    event.elementId = elementId;
    event.data = new java.util.LinkedHashMap<>();
    if (instance != null) {
      event.data.put("processDefinitionKey", instance.processDefinitionKey);
      event.data.put("bpmnProcessId", instance.bpmnProcessId);
    }
    state.save(event);
    return event;
  }
}
