package org.amends.engine.processing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;

/**
 * Terminating element instances, as Zeebe does: an instance terminates what is inside it (its
 * children, and a call activity its called process instance) and ends once all of that has ended.
 * Something inside may have to wait (a user task's canceling listeners); the termination then
 * finishes when they are done, and only then does what follows go on: the flow scope, the
 * call activity that called the process, the interrupting boundary event that ended it, or the
 * interrupting event subprocess that ended everything else in its scope.
 */
public final class ElementTermination {

  private final BpmnRuntime runtime;

  ElementTermination(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * An interrupting boundary event ends the element it is attached to and is activated once that
   * element is terminated, after whatever its termination waits for.
   */
  public void interrupt(ElementInstance attached, ExecutableElement boundaryEvent, Map<String, Object> variables) {
    attached.interruptingEventId = boundaryEvent.id();
    attached.interruptingEventVariables = new LinkedHashMap<>(variables);
    runtime.state().save(attached);
    terminate(attached);
  }

  /**
   * An interrupting event subprocess ends the other children of its scope and, as in Zeebe, is
   * activated once they have all terminated: at once, or after what their termination waits for.
   */
  public void interruptScope(ElementInstance scope, ExecutableElement eventSubprocess, Map<String, Object> variables) {
    scope.interruptingEventId = eventSubprocess.id();
    scope.interruptingEventVariables = new LinkedHashMap<>(variables);
    runtime.state().save(scope);
    terminateChildren(scope, null);
    activateInterruptingEventSubprocess(scope);
  }

  /** Terminates an instance and everything inside it; it ends at once unless something inside waits. */
  public void terminate(ElementInstance instance) {
    if (instance.state.isFinal() || instance.state == ElementState.TERMINATING) {
      return;
    }
    runtime.lifecycle().transition(instance, ElementState.TERMINATING);
    List<ElementInstance> children = new ArrayList<>(runtime.state().children(instance.key));
    Collections.reverse(children);
    for (ElementInstance child : children) {
      terminate(child);
    }
    runtime.jobs().cancel(instance); // a listener's job it waited for
    runtime.processors().of(instance).onTerminate(instance, runtime.element(instance));
    if (waitsToTerminate(instance)) {
      // canceling listeners run in it or below it (or in the process it called): it ends after them
      runtime.events().closeSubscriptions(instance);
      return;
    }
    finishTerminating(instance, false);
  }

  /**
   * Whether the terminating instance waits: for a canceling listener's job of its own, for a child,
   * or, for a call activity, for the process instance it called.
   */
  private boolean waitsToTerminate(ElementInstance instance) {
    if (instance.jobKey >= 0) {
      var job = runtime.state().jobs.get(instance.jobKey);
      if (job != null && job.active()) {
        return true;
      }
    }
    if (instance.calledProcessInstanceKey >= 0) {
      ElementInstance called = runtime.state().elementInstance(instance.calledProcessInstanceKey);
      if (called != null && !called.state.isFinal()) {
        return true;
      }
    }
    return hasActiveChildren(instance);
  }

  private boolean hasActiveChildren(ElementInstance instance) {
    return runtime.state().children(instance.key).stream().anyMatch(child -> !child.state.isFinal());
  }

  /**
   * The end of a termination. An interrupting boundary event that ended the instance is activated
   * now, unless an event subprocess interrupted the flow scope meanwhile. One that waited lets what
   * waited on it go on: a terminating flow scope or calling call activity finishes its own
   * termination once nothing else in it waits, a flow scope interrupted by an event subprocess
   * activates it once all its other children have ended, an active flow scope may complete.
   */
  public void finishTerminating(ElementInstance instance, boolean waited) {
    runtime.events().closeSubscriptions(instance);
    runtime.incidents().resolveAllOf(instance);
    runtime.lifecycle().finish(instance, ElementState.TERMINATED);
    runtime.compensations().terminated(instance);
    ElementInstance body = runtime.lifecycle().multiInstanceBodyOf(instance);
    if (body != null) {
      body.terminatedInstances++;
      runtime.state().save(body);
    }
    if (instance.isProcessInstance()) {
      runtime.listener().processInstanceTerminated(instance);
    }
    ElementInstance scope = instance.flowScopeKey >= 0 ? runtime.state().elementInstance(instance.flowScopeKey) : null;
    ExecutableElement boundaryEvent = interruptingEvent(instance, ElementType.BOUNDARY_EVENT);
    if (boundaryEvent != null && scope != null && scope.state == ElementState.ACTIVATED && !scope.interrupted) {
      activateInterruptingEvent(instance, scope, boundaryEvent);
      return;
    }
    if (!waited) {
      return; // the termination that ended it at once goes on by itself
    }
    ElementInstance waiting = scope != null ? scope : callingActivityOf(instance);
    if (waiting != null && waiting.state == ElementState.TERMINATING && !waitsToTerminate(waiting)) {
      finishTerminating(waiting, true);
    } else if (scope != null && scope.state == ElementState.ACTIVATED && !activateInterruptingEventSubprocess(scope)) {
      runtime.flows().childEnded(scope);
    }
  }

  /**
   * Whether an interrupting event subprocess of the scope waits for its other children to end;
   * once none is left it is activated.
   */
  private boolean activateInterruptingEventSubprocess(ElementInstance scope) {
    ExecutableElement eventSubprocess = interruptingEvent(scope, ElementType.EVENT_SUB_PROCESS);
    if (eventSubprocess == null) {
      return false;
    }
    if (!hasActiveChildren(scope)) {
      activateInterruptingEvent(scope, scope, eventSubprocess);
    }
    return true;
  }

  /** The interrupting event the instance holds, if it is of the type. */
  private ExecutableElement interruptingEvent(ElementInstance instance, ElementType type) {
    if (instance.interruptingEventId == null) {
      return null;
    }
    ExecutableElement event = runtime.process(instance.processDefinitionKey).element(instance.interruptingEventId);
    return event.type() == type ? event : null;
  }

  /** Activates the interrupting event the holder kept, in the scope, with the variables of the event that triggered it. */
  private void activateInterruptingEvent(ElementInstance holder, ElementInstance scope, ExecutableElement event) {
    Map<String, Object> variables = holder.interruptingEventVariables;
    holder.interruptingEventId = null;
    holder.interruptingEventVariables = null;
    runtime.state().save(holder);
    runtime.lifecycle().activateChild(scope, event, variables == null ? Map.of() : variables);
  }

  private ElementInstance callingActivityOf(ElementInstance instance) {
    return instance.isProcessInstance() && instance.parentElementInstanceKey >= 0
        ? runtime.state().elementInstance(instance.parentElementInstanceKey)
        : null;
  }

  /** Terminates every child of a scope and drops its waiting tokens (terminate end, interrupts). */
  public void terminateChildren(ElementInstance scope, ElementInstance except) {
    List<ElementInstance> children = new ArrayList<>(runtime.state().children(scope.key));
    Collections.reverse(children);
    for (ElementInstance child : children) {
      if (except == null || child.key != except.key) {
        terminate(child);
      }
    }
    scope.activeFlows = 0;
    scope.joinTokens.clear();
    runtime.state().save(scope);
  }
}
