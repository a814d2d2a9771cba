package org.amends.engine.state;

/**
 * A row that belongs to a process instance and moves through its kind's states (element
 * instances, jobs, user tasks, incidents, message subscriptions, batch operation items): its key,
 * its process instance and its state are mapped to their columns here, once for every kind.
 */
public abstract class InstanceRow<S extends Enum<S>> implements Row {

  public long key;
  public long processInstanceKey;
  public S state;

  protected InstanceRow() {}

  protected InstanceRow(S initial) {
    this.state = initial;
  }

  @Override
  public final long key() {
    return key;
  }

  @Override
  public final long processInstanceKey() {
    return processInstanceKey;
  }

  @Override
  public final String stateName() {
    return state.name();
  }
}
