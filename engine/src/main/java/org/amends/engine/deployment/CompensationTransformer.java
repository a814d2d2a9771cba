package org.amends.engine.deployment;

import org.camunda.bpm.model.xml.ModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.Association;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CompensateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import org.amends.engine.model.Compensation;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableProcess;

/**
 * Links the compensation elements of a transformed process once all its elements exist: each
 * compensation boundary event to the handler its association points to, each compensation throw
 * or end event to the activity its {@code activityRef} names. The model library's validators have
 * already refused what Zeebe refuses (a boundary event without an association, an activityRef
 * outside the thrower's scope or without a compensation boundary event, waitForCompletion=false).
 */
final class CompensationTransformer {

  private CompensationTransformer() {}

  /** Marks a compensation handler ({@code isForCompensation="true"}). */
  static void markHandler(Activity activity, ExecutableElement element) {
    if (activity.isForCompensation()) {
      element.compensation(Compensation.handlerMark());
    }
  }

  static void link(ModelInstance model, ExecutableProcess process) {
    for (Association association : model.getModelElementsByType(Association.class)) {
      if (association.getSource() instanceof BoundaryEvent boundary
          && boundary.getEventDefinitions().stream().anyMatch(CompensateEventDefinition.class::isInstance)) {
        ExecutableElement event = process.element(boundary.getId());
        ExecutableElement handler = association.getTarget() == null ? null : process.element(association.getTarget().getId());
        if (event != null && handler != null) {
          event.compensation(Compensation.boundary(handler));
        }
      }
    }
    for (CompensateEventDefinition definition : model.getModelElementsByType(CompensateEventDefinition.class)) {
      if (definition.getParentElement() instanceof FlowNode thrower && !(thrower instanceof BoundaryEvent)) {
        ExecutableElement event = process.element(thrower.getId());
        if (event != null) {
          Activity activity = definition.getActivity();
          event.compensation(Compensation.thrown(activity == null ? null : process.element(activity.getId())));
        }
      }
    }
  }
}
