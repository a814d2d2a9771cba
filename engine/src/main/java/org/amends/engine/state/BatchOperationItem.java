package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** One process instance (or incident) of a batch operation, and what became of it. */
public final class BatchOperationItem extends InstanceRow<BatchOperationItem.State> {

  /** The 8.8 API's item states. */
  public enum State {
    ACTIVE,
    COMPLETED,
    SKIPPED,
    CANCELED,
    FAILED
  }

  public long batchOperationKey;
  public String operationType;
  /** The process instance key, or the incident key for incident resolution. */
  public long itemKey;
  public Instant processedDate;
  public String errorMessage;

  public BatchOperationItem() {
    super(State.ACTIVE);
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return state == State.ACTIVE;
  }
}
