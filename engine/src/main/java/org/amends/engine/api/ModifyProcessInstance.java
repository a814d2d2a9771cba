package org.amends.engine.api;

import java.util.List;
import java.util.Map;

/**
 * A process instance modification as both transports receive it: elements to activate (each in an
 * ancestor scope or wherever its flow scope is active, with variables for its scopes) and element
 * instances to terminate.
 */
public record ModifyProcessInstance(long processInstanceKey, List<Activate> activate, List<Long> terminate) {

  public ModifyProcessInstance {
    activate = activate == null ? List.of() : List.copyOf(activate);
    terminate = terminate == null ? List.of() : List.copyOf(terminate);
  }

  /**
   * @param ancestorElementInstanceKey the scope instance to activate the element in; null (or a
   *     key below 1) to use the active instance of the element's flow scope
   */
  public record Activate(String elementId, Long ancestorElementInstanceKey, List<Variables> variables) {

    public Activate {
      variables = variables == null ? List.of() : List.copyOf(variables);
      if (ancestorElementInstanceKey != null && ancestorElementInstanceKey < 1) {
        ancestorElementInstanceKey = null;
      }
    }
  }

  /** Variables for one scope: an element id on the way to the activated element, or the process (blank). */
  public record Variables(String scopeId, Map<String, Object> variables) {

    public Variables {
      scopeId = scopeId == null ? "" : scopeId;
      variables = variables == null ? Map.of() : variables;
    }
  }
}
