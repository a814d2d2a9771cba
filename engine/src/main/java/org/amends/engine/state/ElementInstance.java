package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.model.ElementType;

/** An instance of a BPMN element; the process instance is the one whose flow scope is -1. */
public final class ElementInstance extends InstanceRow<ElementState> {

  public long processDefinitionKey;
  public String bpmnProcessId;
  public int version;
  public String elementId;
  public String elementName;
  public ElementType type;
  public long flowScopeKey = -1;
  public Instant startDate;
  public Instant endDate;
  public String tenantId = "<default>";

  /** For a process instance started by a call activity. */
  public long parentProcessInstanceKey = -1;
  public long parentElementInstanceKey = -1;
  /** For a process instance started by a message: its correlation key (one active per key). */
  public String startCorrelationKey;
  /** For a call activity: the process instance it started. */
  public long calledProcessInstanceKey = -1;

  /** Child element instances not yet completed or terminated. */
  public int activeChildren;
  /** Sequence flows taken in this scope whose target has not consumed them yet. */
  public int activeFlows;
  /** Per joining gateway of this scope: the ids of the incoming flows that arrived. */
  public Map<String, List<String>> joinTokens = new LinkedHashMap<>();

  /** The element's job, or the job of the execution listener it waits for. */
  public long jobKey = -1;
  /** Execution listeners: how many of the current event's listeners completed. */
  public int listenerIndex;
  /** What activated the element, kept while its start listeners run. */
  public Map<String, Object> listenerTrigger;
  public long userTaskKey = -1;
  public long incidentKey = -1;

  /** Multi-instance: the input collection, the counter of this inner instance, and progress. */
  public List<Object> loopItems = new ArrayList<>();
  public int loopCounter;
  public int completedInstances;
  public int terminatedInstances;
  /** Ad-hoc subprocess: its completion condition held; it completes once nothing inside is active. */
  public boolean completionConditionFulfilled;
  /**
   * The interrupting event waiting for a termination, activated with these variables once it is
   * done: a boundary event that ends this element (once it is terminated), or an event subprocess
   * of this scope (once its other children are).
   */
  public String interruptingEventId;
  public Map<String, Object> interruptingEventVariables;
  /** Whether the scope was interrupted by an event subprocess (no further tokens). */
  public boolean interrupted;

  public ElementInstance() {}

  @Override
  @JsonIgnore
  public boolean active() {
    return !state.isFinal();
  }

  @JsonIgnore
  public boolean isProcessInstance() {
    return flowScopeKey < 0;
  }

  @Override
  public String toString() {
    return type + "[" + elementId + "#" + key + " " + state + "]";
  }
}
