package org.amends.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.expression.Expression;

/**
 * What an ad-hoc subprocess ({@code bpmn:adHocSubProcess} with {@code zeebe:adHoc}) adds to a
 * subprocess: which inner elements to activate on entry, when it completes, what it collects, and
 * the inner instance element that scopes each activation. With a {@code zeebe:taskDefinition} a
 * job worker decides instead (the element's job type is set).
 */
public final class AdHoc {

  /** Zeebe names the scope of one activation after the subprocess: {@code <id>#innerInstance}. */
  public static final String INNER_INSTANCE_POSTFIX = "#innerInstance";
  /** The local variable Zeebe gives the subprocess: its activatable elements, for a worker to choose from. */
  public static final String ELEMENTS_VARIABLE = "adHocSubProcessElements";

  private final Expression activeElementsCollection;
  private final Expression completionCondition;
  private final boolean cancelRemainingInstances;
  private final String outputCollection;
  private final Expression outputElement;
  private final Map<String, ExecutableElement> activities = new LinkedHashMap<>();
  private List<Map<String, Object>> activitiesMetadata = List.of();
  private ExecutableElement innerInstance;

  public AdHoc(
      Expression activeElementsCollection,
      Expression completionCondition,
      boolean cancelRemainingInstances,
      String outputCollection,
      Expression outputElement) {
    this.activeElementsCollection = activeElementsCollection;
    this.completionCondition = completionCondition;
    this.cancelRemainingInstances = cancelRemainingInstances;
    this.outputCollection = outputCollection;
    this.outputElement = outputElement;
  }

  /** The FEEL list of element ids to activate on entry, or null (none). */
  public Expression activeElementsCollection() {
    return activeElementsCollection;
  }

  /** Checked each time an activation completes, or null (complete once nothing is active). */
  public Expression completionCondition() {
    return completionCondition;
  }

  public boolean cancelRemainingInstances() {
    return cancelRemainingInstances;
  }

  public String outputCollection() {
    return outputCollection;
  }

  public Expression outputElement() {
    return outputElement;
  }

  /** The inner elements that can be activated (no incoming sequence flow), by id. */
  public Map<String, ExecutableElement> activities() {
    return activities;
  }

  public List<Map<String, Object>> activitiesMetadata() {
    return activitiesMetadata;
  }

  public void activitiesMetadata(List<Map<String, Object>> metadata) {
    this.activitiesMetadata = List.copyOf(metadata);
  }

  public ExecutableElement innerInstance() {
    return innerInstance;
  }

  public void innerInstance(ExecutableElement innerInstance) {
    this.innerInstance = innerInstance;
  }
}
