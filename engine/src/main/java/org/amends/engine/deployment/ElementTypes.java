package org.amends.engine.deployment;

import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.ManualTask;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.Transaction;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import org.amends.engine.model.ElementType;

/** The engine's element type of a BPMN flow node; null for a node the engine does not execute. */
final class ElementTypes {

  private ElementTypes() {}

  static ElementType typeOf(FlowNode node) {
    if (node instanceof Transaction) {
      return null;
    }
    if (node instanceof AdHocSubProcess) {
      return ElementType.AD_HOC_SUB_PROCESS;
    }
    if (node instanceof SubProcess sub) {
      return sub.triggeredByEvent() ? ElementType.EVENT_SUB_PROCESS : ElementType.SUB_PROCESS;
    }
    if (node instanceof CallActivity) {
      return ElementType.CALL_ACTIVITY;
    }
    if (node instanceof ServiceTask) {
      return ElementType.SERVICE_TASK;
    }
    if (node instanceof SendTask) {
      return ElementType.SEND_TASK;
    }
    if (node instanceof ScriptTask) {
      return ElementType.SCRIPT_TASK;
    }
    if (node instanceof BusinessRuleTask) {
      return ElementType.BUSINESS_RULE_TASK;
    }
    if (node instanceof UserTask) {
      return ElementType.USER_TASK;
    }
    if (node instanceof ReceiveTask) {
      return ElementType.RECEIVE_TASK;
    }
    if (node instanceof ManualTask) {
      return ElementType.MANUAL_TASK;
    }
    if (node instanceof Task && node.getElementType().getTypeName().equals("task")) {
      return ElementType.TASK;
    }
    if (node instanceof StartEvent) {
      return ElementType.START_EVENT;
    }
    if (node instanceof EndEvent) {
      return ElementType.END_EVENT;
    }
    if (node instanceof IntermediateCatchEvent) {
      return ElementType.INTERMEDIATE_CATCH_EVENT;
    }
    if (node instanceof IntermediateThrowEvent) {
      return ElementType.INTERMEDIATE_THROW_EVENT;
    }
    if (node instanceof BoundaryEvent) {
      return ElementType.BOUNDARY_EVENT;
    }
    if (node instanceof ExclusiveGateway) {
      return ElementType.EXCLUSIVE_GATEWAY;
    }
    if (node instanceof ParallelGateway) {
      return ElementType.PARALLEL_GATEWAY;
    }
    if (node instanceof InclusiveGateway) {
      return ElementType.INCLUSIVE_GATEWAY;
    }
    if (node instanceof EventBasedGateway) {
      return ElementType.EVENT_BASED_GATEWAY;
    }
    return null;
  }
}
