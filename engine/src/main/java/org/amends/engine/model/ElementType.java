package org.amends.engine.model;

/** Element kinds, named as the Camunda 8 API names them in element instances. */
public enum ElementType {
  PROCESS,
  SUB_PROCESS,
  EVENT_SUB_PROCESS,
  AD_HOC_SUB_PROCESS,
  /** One activation inside an ad-hoc subprocess: the scope of the element it activated. */
  AD_HOC_SUB_PROCESS_INNER_INSTANCE,
  MULTI_INSTANCE_BODY,
  CALL_ACTIVITY,
  START_EVENT,
  END_EVENT,
  INTERMEDIATE_CATCH_EVENT,
  INTERMEDIATE_THROW_EVENT,
  BOUNDARY_EVENT,
  SERVICE_TASK,
  SEND_TASK,
  SCRIPT_TASK,
  BUSINESS_RULE_TASK,
  USER_TASK,
  RECEIVE_TASK,
  MANUAL_TASK,
  TASK,
  EXCLUSIVE_GATEWAY,
  PARALLEL_GATEWAY,
  INCLUSIVE_GATEWAY,
  EVENT_BASED_GATEWAY,
  SEQUENCE_FLOW;

  public boolean isContainer() {
    return this == PROCESS || this == SUB_PROCESS || this == EVENT_SUB_PROCESS || this == AD_HOC_SUB_PROCESS;
  }
}
