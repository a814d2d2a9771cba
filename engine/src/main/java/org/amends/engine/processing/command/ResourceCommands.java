package org.amends.engine.processing.command;

import org.amends.engine.EngineException;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.DecisionRequirements;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Form;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.Timer;

/** Deleting a deployed resource: a process without running instances, decision requirements, a form. */
public final class ResourceCommands {

  private ResourceCommands() {}

  /** Deletes a process, decision requirements or form by its definition key. */
  public static void delete(BpmnRuntime runtime, long key) {
    EngineState s = runtime.state();
    ProcessDefinition process = s.processDefinitions.get(key);
    if (process != null && !process.deleted) {
      if (s.hasProcessInstances(key)) {
        throw EngineException.invalidState(
            "Expected to delete resource with key '" + key + "', but there are running instances for this process definition");
      }
      process.deleted = true;
      s.save(process);
      for (Timer timer : s.startTimersOf(key)) {
        timer.live = false;
        s.save(timer);
      }
      return;
    }
    DecisionRequirements drg = s.decisionRequirements.get(key);
    if (drg != null && !drg.deleted) {
      drg.deleted = true;
      s.save(drg);
      for (DecisionDefinition decision : s.decisionDefinitions.values()) {
        if (decision.decisionRequirementsKey == key) {
          decision.deleted = true;
          s.save(decision);
        }
      }
      return;
    }
    Form form = s.forms.get(key);
    if (form != null && !form.deleted) {
      form.deleted = true;
      s.save(form);
      return;
    }
    throw EngineException.notFound("Expected to delete resource with key '" + key + "', but no such resource was found");
  }
}
