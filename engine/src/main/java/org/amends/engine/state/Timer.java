package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A timer waiting to fire: of an element instance, or of a timer start event (no instance). */
public final class Timer implements Row {

  public long key;
  public long elementInstanceKey = -1;
  public long processInstanceKey = -1;
  public long processDefinitionKey;
  /** The timer event's element id. */
  public String elementId;
  public Instant dueDate;
  /**
   * Cycle timers: repetitions left (-1 unbounded; 1 for one-off timers) and the cycle's rule, an
   * ISO interval or a cron expression (see {@code TimerSchedule.nextDue}).
   */
  public int repetitions = 1;
  public String interval;
  public boolean live = true;
  public String tenantId = "<default>";

  @Override
  public long key() {
    return key;
  }

  @Override
  public long processInstanceKey() {
    return processInstanceKey;
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return live;
  }
}
