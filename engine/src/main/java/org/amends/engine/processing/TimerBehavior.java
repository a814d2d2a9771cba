package org.amends.engine.processing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.TimerDefinition;
import org.amends.engine.model.TimerSchedule;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.Timer;

/**
 * Timers: created for a catch event, a boundary event or an event subprocess of a waiting
 * element, or for a process's timer start events; fired when due, and repeated for a cycle.
 */
public final class TimerBehavior {

  private final BpmnRuntime runtime;

  TimerBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  void createTimer(ElementInstance owner, ExecutableElement event) {
    Map<String, Object> context = owner == null ? Map.of() : runtime.variables().visible(owner.key);
    Timer timer = newTimer(event, event.event().timer(), context, runtime.clock().now());
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
    for (ProcessDefinition older : List.copyOf(runtime.state().processDefinitions.values())) {
      if (older.bpmnProcessId.equals(definition.bpmnProcessId) && older.key != definition.key) {
        for (Timer timer : runtime.state().startTimersOf(older.key)) {
          timer.live = false;
          runtime.state().save(timer);
        }
      }
    }
    for (ExecutableElement start : definition.executable.startEvents(EventType.TIMER)) {
      Timer timer = newTimer(start, start.event().timer(), Map.of(), runtime.clock().now());
      timer.processDefinitionKey = definition.key;
      timer.tenantId = definition.tenantId;
      runtime.state().save(timer);
    }
  }

  public void fire(Timer timer) {
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
    runtime.events().trigger(owner, event, Map.of());
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
}
