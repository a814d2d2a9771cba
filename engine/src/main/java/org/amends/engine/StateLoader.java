package org.amends.engine;

import org.amends.engine.deployment.Deployer;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.DecisionRequirements;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Form;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;
import org.amends.engine.state.Message;
import org.amends.engine.state.MessageSubscription;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.Resource;
import org.amends.engine.state.RowStore;
import org.amends.engine.state.SignalSubscription;
import org.amends.engine.state.CompensationSubscription;
import org.amends.engine.state.Timer;
import org.amends.engine.state.UserTask;
import org.amends.engine.state.Variable;

/** Reads the runtime state from its tables, rebuilding the executable processes and decisions. */
final class StateLoader {

  private final RowStore store;
  private final EngineState state;
  private final Deployer deployer;

  StateLoader(RowStore store, EngineState state, Deployer deployer) {
    this.store = store;
    this.state = state;
    this.deployer = deployer;
  }

  /** Loads the runtime from the database (at start, and after a failed batch). */
  void load() {
    // Keys go on from the highest one ever stored, read before anything is cleared: should the
    // load fail half way, no new key may land on an old row.
    long nextKey = Math.max(state.nextKeyCounter(),
        Math.max(store.meta("next_key"), store.highestKey() - EngineState.KEY_BASE + 1));
    state.clear();
    state.restoreNextKey(nextKey);
    EngineState s = state;
    for (Resource resource : store.load(Resource.class, false)) {
      s.save(resource);
    }
    for (ProcessDefinition definition : store.load(ProcessDefinition.class, false)) {
      definition.executable = deployer.rebuild(definition, s.resources.get(definition.resourceKey));
      s.save(definition);
    }
    for (DecisionRequirements drg : store.load(DecisionRequirements.class, false)) {
      drg.parsed = deployer.rebuild(s.resources.get(drg.resourceKey));
      s.save(drg);
    }
    store.load(DecisionDefinition.class, false).forEach(s::save);
    store.load(Form.class, false).forEach(s::save);
    store.load(ElementInstance.class, true).forEach(s::save);
    store.load(Variable.class, true).forEach(s::save);
    store.load(Job.class, true).forEach(s::save);
    store.load(UserTask.class, true).forEach(s::save);
    store.load(Incident.class, true).forEach(s::save);
    store.load(Timer.class, true).forEach(s::save);
    store.load(Message.class, true).forEach(s::save);
    store.load(MessageSubscription.class, true).forEach(s::save);
    store.load(SignalSubscription.class, true).forEach(s::save);
    store.load(CompensationSubscription.class, true).forEach(s::save);
    s.drainDirty();
  }
}
