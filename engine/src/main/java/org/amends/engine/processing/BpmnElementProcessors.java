package org.amends.engine.processing;

import java.util.EnumMap;
import java.util.Map;
import org.amends.engine.model.ElementType;
import org.amends.engine.processing.container.AdHocInnerInstanceProcessor;
import org.amends.engine.processing.container.AdHocSubProcessProcessor;
import org.amends.engine.processing.container.CallActivityProcessor;
import org.amends.engine.processing.container.EventSubProcessProcessor;
import org.amends.engine.processing.container.MultiInstanceBodyProcessor;
import org.amends.engine.processing.container.ProcessProcessor;
import org.amends.engine.processing.container.SubProcessProcessor;
import org.amends.engine.processing.event.BoundaryEventProcessor;
import org.amends.engine.processing.event.EndEventProcessor;
import org.amends.engine.processing.event.IntermediateCatchEventProcessor;
import org.amends.engine.processing.event.IntermediateThrowEventProcessor;
import org.amends.engine.processing.event.StartEventProcessor;
import org.amends.engine.processing.gateway.EventBasedGatewayProcessor;
import org.amends.engine.processing.gateway.ConditionalGatewayProcessor;
import org.amends.engine.processing.gateway.ParallelGatewayProcessor;
import org.amends.engine.processing.task.BusinessRuleTaskProcessor;
import org.amends.engine.processing.task.JobWorkerTaskProcessor;
import org.amends.engine.processing.task.PassThroughTaskProcessor;
import org.amends.engine.processing.task.ReceiveTaskProcessor;
import org.amends.engine.processing.task.ScriptTaskProcessor;
import org.amends.engine.processing.task.UserTaskProcessor;
import org.amends.engine.state.ElementInstance;

/** The processor of each element kind. */
public final class BpmnElementProcessors {

  private final Map<ElementType, BpmnElementProcessor> processors = new EnumMap<>(ElementType.class);

  BpmnElementProcessors(BpmnRuntime runtime) {
    JobWorkerTaskProcessor jobWorker = new JobWorkerTaskProcessor(runtime);
    processors.put(ElementType.PROCESS, new ProcessProcessor(runtime));
    processors.put(ElementType.SUB_PROCESS, new SubProcessProcessor(runtime));
    processors.put(ElementType.EVENT_SUB_PROCESS, new EventSubProcessProcessor(runtime));
    AdHocSubProcessProcessor adHoc = new AdHocSubProcessProcessor(runtime, jobWorker);
    processors.put(ElementType.AD_HOC_SUB_PROCESS, adHoc);
    processors.put(ElementType.AD_HOC_SUB_PROCESS_INNER_INSTANCE, new AdHocInnerInstanceProcessor(runtime, adHoc));
    processors.put(ElementType.CALL_ACTIVITY, new CallActivityProcessor(runtime));
    processors.put(ElementType.MULTI_INSTANCE_BODY, new MultiInstanceBodyProcessor(runtime));
    processors.put(ElementType.SERVICE_TASK, jobWorker);
    processors.put(ElementType.SEND_TASK, jobWorker);
    processors.put(ElementType.SCRIPT_TASK, new ScriptTaskProcessor(runtime, jobWorker));
    processors.put(ElementType.BUSINESS_RULE_TASK, new BusinessRuleTaskProcessor(runtime, jobWorker));
    processors.put(ElementType.USER_TASK, new UserTaskProcessor(runtime, jobWorker));
    processors.put(ElementType.RECEIVE_TASK, new ReceiveTaskProcessor(runtime));
    processors.put(ElementType.MANUAL_TASK, new PassThroughTaskProcessor(runtime));
    processors.put(ElementType.TASK, new PassThroughTaskProcessor(runtime));
    processors.put(ElementType.EXCLUSIVE_GATEWAY, ConditionalGatewayProcessor.exclusive(runtime));
    processors.put(ElementType.PARALLEL_GATEWAY, new ParallelGatewayProcessor(runtime));
    processors.put(ElementType.INCLUSIVE_GATEWAY, ConditionalGatewayProcessor.inclusive(runtime));
    processors.put(ElementType.EVENT_BASED_GATEWAY, new EventBasedGatewayProcessor(runtime));
    processors.put(ElementType.START_EVENT, new StartEventProcessor(runtime));
    processors.put(ElementType.END_EVENT, new EndEventProcessor(runtime, jobWorker));
    processors.put(ElementType.INTERMEDIATE_CATCH_EVENT, new IntermediateCatchEventProcessor(runtime));
    processors.put(ElementType.INTERMEDIATE_THROW_EVENT, new IntermediateThrowEventProcessor(runtime, jobWorker));
    processors.put(ElementType.BOUNDARY_EVENT, new BoundaryEventProcessor(runtime));
  }

  public MultiInstanceBodyProcessor multiInstance() {
    return (MultiInstanceBodyProcessor) processors.get(ElementType.MULTI_INSTANCE_BODY);
  }

  public AdHocSubProcessProcessor adHoc() {
    return (AdHocSubProcessProcessor) processors.get(ElementType.AD_HOC_SUB_PROCESS);
  }

  public CallActivityProcessor callActivity() {
    return (CallActivityProcessor) processors.get(ElementType.CALL_ACTIVITY);
  }

  public BpmnElementProcessor of(ElementInstance instance) {
    BpmnElementProcessor processor = processors.get(instance.type);
    if (processor == null) {
      throw new IllegalStateException("no processor for " + instance.type);
    }
    return processor;
  }
}
