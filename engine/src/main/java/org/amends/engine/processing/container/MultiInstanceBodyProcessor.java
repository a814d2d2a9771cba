package org.amends.engine.processing.container;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.MultiInstance;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.state.ElementInstance;

/**
 * The body of a multi-instance activity: one inner instance per item of the input collection,
 * all at once (parallel) or one after another (sequential), collecting each output element.
 */
public final class MultiInstanceBodyProcessor extends AbstractProcessor {

  public static final String LOOP_COUNTER = "loopCounter";

  /** An output element that names a variable, or a property path in one. */
  private static final Pattern VARIABLE_PATH =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  /** Bodies whose completion condition held: the remaining inner instances are terminated. */
  private final Set<Long> conditionMet = new HashSet<>();

  public MultiInstanceBodyProcessor(BpmnRuntime runtime) {
    super(runtime);
  }

  @Override
  public void onActivate(ElementInstance body, ExecutableElement element, Map<String, Object> trigger) {
    MultiInstance loop = element.multiInstance();
    List<Object> items = runtime.expressions().evaluateList(loop.inputCollection(), runtime.variables().visible(body.key));
    body.loopItems = new ArrayList<>(items);
    runtime.state().save(body);
    if (loop.outputCollection() != null) {
      List<Object> outputs = new ArrayList<>();
      items.forEach(item -> outputs.add(null));
      runtime.variables().setLocal(body, loop.outputCollection(), outputs);
    }
    if (items.isEmpty()) {
      completeNow(body, Map.of());
      return;
    }
    int count = loop.sequential() ? 1 : items.size();
    for (int i = 0; i < count; i++) {
      activateItem(body, element, i);
    }
  }

  private void activateItem(ElementInstance body, ExecutableElement element, int index) {
    Map<String, Object> local = new HashMap<>();
    // As in Zeebe, an output element that names a variable starts as a local null of the inner
    // instance, so what the instance writes to it stays there instead of leaking to (or being
    // overwritten by) its siblings through an outer scope.
    String outputVariable = outputElementVariable(element.multiInstance());
    if (outputVariable != null) {
      local.put(outputVariable, null);
    }
    if (element.multiInstance().inputElement() != null) {
      local.put(element.multiInstance().inputElement(), body.loopItems.get(index));
    }
    local.put(LOOP_COUNTER, (long) index + 1);
    body.loopCounter = index + 1;
    runtime.state().save(body);
    runtime.lifecycle().activateInner(body, element, local);
  }

  /** An inner instance is completing: collect its output, check the completion condition. */
  public void innerCompleting(ElementInstance body, ElementInstance inner) {
    ExecutableElement element = runtime.element(body);
    MultiInstance loop = element.multiInstance();
    Map<String, Object> context = runtime.variables().visible(inner.key);
    if (loop.outputCollection() != null && loop.outputElement() != null) {
      Object output = runtime.expressions().evaluate(loop.outputElement(), context);
      Object counter = context.get(LOOP_COUNTER);
      int index = counter instanceof Number n ? n.intValue() - 1 : 0;
      Map<String, Object> bodyVariables = runtime.variables().local(body.key);
      List<Object> outputs = bodyVariables.get(loop.outputCollection()) instanceof List<?> list
          ? new ArrayList<>(list)
          : new ArrayList<>();
      while (outputs.size() <= index) {
        outputs.add(null);
      }
      outputs.set(index, output);
      runtime.variables().setLocal(body, loop.outputCollection(), outputs);
    }
    // Counted only once the condition evaluated: a failing condition raises an incident and the
    // completion runs again when it is resolved, which must not count this instance twice.
    int completed = body.completedInstances + 1;
    boolean met = false;
    if (loop.completionCondition() != null) {
      context.put("numberOfInstances", (long) body.loopItems.size());
      context.put("numberOfCompletedInstances", (long) completed);
      context.put("numberOfActiveInstances", (long) Math.max(0, body.activeChildren - 1));
      context.put("numberOfTerminatedInstances", (long) body.terminatedInstances);
      met = runtime.expressions().evaluateBoolean(loop.completionCondition(), context);
    }
    body.completedInstances = completed;
    runtime.state().save(body);
    if (met) {
      conditionMet.add(body.key);
    }
  }

  /** The variable an output element expression names ({@code =meeting}, {@code =meeting.id}), if it is one. */
  static String outputElementVariable(MultiInstance loop) {
    return variableNamedBy(loop.outputElement());
  }

  /** The variable an expression names ({@code =meeting}, {@code =meeting.id}), if it only names one. */
  static String variableNamedBy(org.amends.engine.expression.Expression expression) {
    if (expression == null) {
      return null;
    }
    Matcher name = VARIABLE_PATH.matcher(expression.source());
    return name.matches() ? name.group(1) : null;
  }

  /** An inner instance ended: start the next (sequential) or complete the body when all are done. */
  public void innerEnded(ElementInstance body, ExecutableElement element) {
    if (conditionMet.remove(body.key)) {
      runtime.termination().terminateChildren(body, null);
      completeNow(body, Map.of());
      return;
    }
    if (element.multiInstance().sequential() && body.loopCounter < body.loopItems.size()) {
      activateItem(body, element, body.loopCounter);
      return;
    }
    if (body.activeChildren == 0) {
      completeNow(body, Map.of());
    }
  }

  @Override
  public void onComplete(ElementInstance body, ExecutableElement element) {
    String outputCollection = element.multiInstance().outputCollection();
    if (outputCollection != null) {
      Object outputs = runtime.variables().local(body.key).get(outputCollection);
      Map<String, Object> propagated = new HashMap<>();
      propagated.put(outputCollection, outputs);
      runtime.variables().propagate(body.flowScopeKey, propagated);
    }
  }
}
