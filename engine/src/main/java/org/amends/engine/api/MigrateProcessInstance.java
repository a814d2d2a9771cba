package org.amends.engine.api;

import java.util.List;

/** A process instance migration: the target process definition and which source element becomes which. */
public record MigrateProcessInstance(
    long processInstanceKey, long targetProcessDefinitionKey, List<Mapping> mappings) {

  public MigrateProcessInstance {
    mappings = mappings == null ? List.of() : List.copyOf(mappings);
  }

  public record Mapping(String sourceElementId, String targetElementId) {}
}
