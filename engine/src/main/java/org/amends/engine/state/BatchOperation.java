package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One operation applied to many process instances (a batch operation): what to do, how far it
 * got. Its items are {@link BatchOperationItem}s.
 */
public final class BatchOperation implements Row {

  /** The 8.8 API's batch operation states. */
  public enum State {
    CREATED,
    ACTIVE,
    SUSPENDED,
    COMPLETED,
    PARTIALLY_COMPLETED,
    CANCELED,
    FAILED
  }

  public long key;
  /** The API's operation type: CANCEL_PROCESS_INSTANCE, RESOLVE_INCIDENT, MIGRATE_PROCESS_INSTANCE... */
  public String type;
  public State state = State.CREATED;
  public Instant startDate;
  public Instant endDate;
  public int operationsTotalCount;
  public int operationsCompletedCount;
  public int operationsFailedCount;
  /** The operation's own instructions (migration plan, move instructions), as given. */
  public Map<String, Object> instructions = new LinkedHashMap<>();

  @Override
  public long key() {
    return key;
  }

  @Override
  public long processInstanceKey() {
    return -1;
  }

  @Override
  public String stateName() {
    return state.name();
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return state == State.CREATED || state == State.ACTIVE || state == State.SUSPENDED;
  }
}
