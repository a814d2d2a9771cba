package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;

/**
 * An append-only record of something that happened (a sequence flow taken, a message
 * correlated, a decision evaluated, an element's lifecycle step): for search and audit.
 */
public final class HistoryEvent implements Row {

  public long key;
  public String kind;
  public long processInstanceKey = -1;
  public long elementInstanceKey = -1;
  public String elementId;
  public Instant timestamp;
  public Map<String, Object> data;

  @Override
  public long key() {
    return key;
  }

  @Override
  public long processInstanceKey() {
    return processInstanceKey;
  }

  @Override
  public String stateName() {
    return kind;
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return false;
  }
}
