package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A variable of a scope (an element instance); its value is JSON text. */
public final class Variable implements Row {

  public long key;
  public long scopeKey;
  public long processInstanceKey;
  public long processDefinitionKey;
  public String bpmnProcessId;
  public String name;
  public String value;
  public String tenantId = "<default>";
  /** False once its scope has ended: the row stays for history and search. */
  public boolean live = true;

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
