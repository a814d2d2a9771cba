package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** A published message, buffered until its time to live runs out. */
public final class Message implements Row {

  public long key;
  public String name;
  public String correlationKey;
  public String messageId;
  public Instant publishedAt;
  public Instant deadline;
  public String variables;
  public String tenantId = "<default>";
  /** Process ids (for start events) and process instance keys it was correlated to. */
  public Set<String> correlatedTo = new LinkedHashSet<>();
  public boolean live = true;

  @Override
  public long key() {
    return key;
  }

  @Override
  @JsonIgnore
  public boolean active() {
    return live;
  }
}
