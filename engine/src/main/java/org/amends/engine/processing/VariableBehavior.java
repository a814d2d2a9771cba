package org.amends.engine.processing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.Mapping;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Json;
import org.amends.engine.state.Variable;

/**
 * Variables as Zeebe scopes them: each element instance is a scope; a read sees its own
 * variables and those of every enclosing scope; a propagated write updates the nearest scope
 * that has the variable, or else the process instance.
 */
public final class VariableBehavior {

  private final BpmnRuntime runtime;

  VariableBehavior(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  /** All variables visible from a scope, inner scopes shadowing outer ones. */
  public Map<String, Object> visible(long scopeKey) {
    Map<String, Object> result = new HashMap<>();
    long key = scopeKey;
    while (key >= 0) {
      for (Variable variable : runtime.state().variables(key).values()) {
        result.putIfAbsent(variable.name, Json.parseValue(variable.value));
      }
      ElementInstance scope = runtime.state().elementInstance(key);
      key = scope == null ? -1 : scope.flowScopeKey;
    }
    return result;
  }

  /** The variables of one scope only. */
  public Map<String, Object> local(long scopeKey) {
    Map<String, Object> result = new LinkedHashMap<>();
    runtime.state().variables(scopeKey).values().forEach(v -> result.put(v.name, Json.parseValue(v.value)));
    return result;
  }

  public void setLocal(ElementInstance scope, String name, Object value) {
    write(scope, name, Json.value(value));
  }

  public void setLocal(ElementInstance scope, Map<String, Object> values) {
    values.forEach((name, value) -> setLocal(scope, name, value));
  }

  /** Writes each variable to the nearest scope (from {@code scopeKey} up) that has it, else the root. */
  public void propagate(long scopeKey, Map<String, Object> values) {
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      ElementInstance target = nearestScopeWith(scopeKey, entry.getKey());
      write(target, entry.getKey(), Json.value(entry.getValue()));
    }
  }

  private ElementInstance nearestScopeWith(long scopeKey, String name) {
    ElementInstance scope = runtime.state().elementInstance(scopeKey);
    ElementInstance last = scope;
    while (scope != null) {
      if (runtime.state().variables(scope.key).containsKey(name)) {
        return scope;
      }
      last = scope;
      scope = scope.flowScopeKey >= 0 ? runtime.state().elementInstance(scope.flowScopeKey) : null;
    }
    return last;
  }

  private void write(ElementInstance scope, String name, String json) {
    Variable existing = runtime.state().variables(scope.key).get(name);
    if (existing != null) {
      if (!Objects.equals(existing.value, json)) {
        existing.value = json;
        runtime.state().save(existing);
      }
      return;
    }
    Variable variable = new Variable();
    variable.key = runtime.state().newKey();
    variable.scopeKey = scope.key;
    variable.processInstanceKey = scope.processInstanceKey;
    variable.processDefinitionKey = scope.processDefinitionKey;
    variable.bpmnProcessId = scope.bpmnProcessId;
    variable.tenantId = scope.tenantId;
    variable.name = name;
    variable.value = json;
    runtime.state().save(variable);
  }

  /** The scope ended: its variables leave the runtime (they stay in history). */
  public void removeScope(long scopeKey) {
    for (Variable variable : List.copyOf(runtime.state().variables(scopeKey).values())) {
      variable.live = false;
      runtime.state().save(variable);
    }
  }

  /**
   * Input mappings, evaluated in the instance's own scope as in Zeebe (so an inner instance of a
   * multi-instance sees its input element and loop counter), become local variables of the instance.
   */
  public void applyInputMappings(ElementInstance instance, ExecutableElement element) {
    if (element.inputMappings().isEmpty()) {
      return;
    }
    Map<String, Object> context = visible(instance.key);
    Map<String, Object> result = new LinkedHashMap<>();
    for (Mapping mapping : element.inputMappings()) {
      Object value = mapping.source().isFeel()
          ? runtime.expressions().evaluate(mapping.source(), context)
          : mapping.source().text();
      assign(result, mapping.target(), value);
      context.put(rootName(mapping.target()), result.get(rootName(mapping.target())));
    }
    setLocal(instance, result);
  }

  /**
   * Output mappings, evaluated in the instance's scope, are written to the flow scope; without
   * any, the given completion variables are propagated as they are.
   */
  public void applyOutput(ElementInstance instance, ExecutableElement element, Map<String, Object> completionVariables) {
    if (element.outputMappings().isEmpty()) {
      if (!completionVariables.isEmpty()) {
        propagate(instance.key, completionVariables);
      }
      return;
    }
    setLocal(instance, completionVariables);
    Map<String, Object> context = visible(instance.key);
    Map<String, Object> result = new LinkedHashMap<>();
    for (Mapping mapping : element.outputMappings()) {
      Object value = mapping.source().isFeel()
          ? runtime.expressions().evaluate(mapping.source(), context)
          : mapping.source().text();
      String root = rootName(mapping.target());
      if (!result.containsKey(root) && mapping.target().contains(".")) {
        Object current = visible(instance.flowScopeKey).get(root);
        if (current instanceof Map<?, ?> map) {
          result.put(root, new LinkedHashMap<>(map));
        }
      }
      assign(result, mapping.target(), value);
    }
    propagate(outputScopeKey(instance), result);
  }

  /**
   * Where output mappings start propagating: the flow scope, except for an inner instance of a
   * multi-instance body, where Zeebe starts at the instance itself so that a mapping can set its
   * local output element.
   */
  private long outputScopeKey(ElementInstance instance) {
    ElementInstance flowScope = runtime.state().elementInstance(instance.flowScopeKey);
    return flowScope != null && flowScope.type == ElementType.MULTI_INSTANCE_BODY ? instance.key : instance.flowScopeKey;
  }

  /** Assigns {@code a.b.c = value} into nested maps. */
  @SuppressWarnings("unchecked")
  static void assign(Map<String, Object> target, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> current = target;
    for (int i = 0; i < parts.length - 1; i++) {
      Object next = current.get(parts[i]);
      if (!(next instanceof Map<?, ?>)) {
        next = new LinkedHashMap<String, Object>();
        current.put(parts[i], next);
      }
      current = (Map<String, Object>) next;
    }
    current.put(parts[parts.length - 1], value);
  }

  private static String rootName(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }
}
