package org.amends.engine.deployment;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.CompensateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EscalationEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.LinkEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ManualTask;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.SignalEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Transaction;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.amends.engine.expression.Expression;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.expression.ExpressionLanguage;
import org.amends.engine.model.Binding;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.model.ExecutableProcess;
import org.amends.engine.model.Mapping;
import org.amends.engine.model.MultiInstance;
import org.amends.engine.model.TimerDefinition;
import org.amends.engine.model.TimerSchedule;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;

/**
 * Reads a BPMN resource with the Zeebe model API, validates it as Zeebe does at design time,
 * rejects what this engine does not execute, and builds the executable processes. Every problem
 * names the resource, the element and its line.
 */
public final class BpmnTransformer {

  private final ExpressionLanguage expressions;

  public BpmnTransformer(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  /** The parsed resource: its processes, or the problems that reject it. */
  public record Result(BpmnModelInstance model, List<ExecutableProcess> processes, List<String> problems) {}

  public Result transform(String resourceName, byte[] xml) {
    List<String> problems = new ArrayList<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (RuntimeException e) {
      problems.add("'" + resourceName + "': not a valid BPMN file: " + rootMessage(e));
      return new Result(null, List.of(), problems);
    }
    XmlLines lines = new XmlLines(xml);
    ValidationResults validation;
    try {
      validation = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
    } catch (RuntimeException e) {
      // the model library's validators stop at a reference to an element that does not exist
      problems.add("'" + resourceName + "': not a valid BPMN file: " + rootMessage(e));
      return new Result(model, List.of(), problems);
    }
    validation.getResults().forEach((element, results) -> {
      for (ValidationResult result : results) {
        if (result.getType() == ValidationResultType.ERROR) {
          String id = element instanceof BaseElement b ? b.getId() : null;
          problems.add(where(resourceName, id, lines) + ": " + result.getMessage());
        }
      }
    });
    if (!problems.isEmpty()) {
      return new Result(model, List.of(), problems);
    }
    Context context = new Context(resourceName, lines, problems);
    List<ExecutableProcess> processes = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        processes.add(transformProcess(process, context));
      }
    }
    if (processes.isEmpty() && problems.isEmpty()) {
      problems.add("'" + resourceName + "': contains no executable process (isExecutable=\"true\")");
    }
    return new Result(model, problems.isEmpty() ? processes : List.of(), problems);
  }

  private record Context(String resource, XmlLines lines, List<String> problems) {
    void reject(String elementId, String problem) {
      problems.add(where(resource, elementId, lines) + ": " + problem);
    }
  }

  private static String where(String resource, String id, XmlLines lines) {
    return id == null
        ? "'" + resource + "'"
        : "'" + resource + "': element '" + id + "'" + lines.at(id);
  }

  private ExecutableProcess transformProcess(Process process, Context context) {
    ExecutableElement root = new ExecutableElement(process.getId(), process.getName(), ElementType.PROCESS);
    ExecutableProcess executable = new ExecutableProcess(process.getId(), process.getName(), root);
    executable.add(root);
    ZeebeVersionTag versionTag = process.getSingleExtensionElement(ZeebeVersionTag.class);
    if (versionTag != null && versionTag.getValue() != null && !versionTag.getValue().isBlank()) {
      executable.versionTag(versionTag.getValue());
    }
    unsupportedExtensions(process, context);
    transformScope(process.getFlowElements(), root, executable, context);
    CompensationTransformer.link(process.getModelInstance(), executable);
    return executable;
  }

  private void transformScope(
      Collection<FlowElement> flowElements,
      ExecutableElement scope,
      ExecutableProcess process,
      Context context) {
    List<SequenceFlow> flows = new ArrayList<>();
    for (FlowElement element : flowElements) {
      if (element instanceof SequenceFlow flow) {
        flows.add(flow);
      } else if (element instanceof FlowNode node) {
        ExecutableElement executable = transformNode(node, context);
        if (executable == null) {
          continue;
        }
        executable.flowScope(scope);
        process.add(executable);
        scope.children().add(executable);
        if (executable.type() == ElementType.START_EVENT) {
          scope.startEvents().add(executable);
        }
        if (executable.type() == ElementType.EVENT_SUB_PROCESS) {
          scope.eventSubprocesses().add(executable);
        }
        if (node instanceof SubProcess sub) {
          transformScope(sub.getFlowElements(), executable, process, context);
          if (sub instanceof AdHocSubProcess adHoc) {
            AdHocTransformer.transform(adHoc, executable, process,
                (id, text) -> parse(id, text, context), (id, text) -> feel(id, text, context, true));
          }
          if (executable.type() == ElementType.EVENT_SUB_PROCESS
              && executable.startEvents().size() != 1) {
            context.reject(sub.getId(), "an event subprocess must have exactly one start event");
          }
        }
      }
    }
    for (FlowElement element : flowElements) {
      if (element instanceof BoundaryEvent boundary) {
        ExecutableElement event = process.element(boundary.getId());
        ExecutableElement host = process.element(boundary.getAttachedTo().getId());
        if (event != null && host != null) {
          event.attachedTo(host);
          host.boundaryEvents().add(event);
        }
      }
    }
    for (SequenceFlow flow : flows) {
      ExecutableElement source = process.element(flow.getSource().getId());
      ExecutableElement target = process.element(flow.getTarget().getId());
      if (source == null || target == null) {
        continue;
      }
      ConditionExpression condition = flow.getConditionExpression();
      Expression parsed = null;
      if (condition != null && condition.getTextContent() != null
          && !condition.getTextContent().isBlank()) {
        parsed = feel(flow.getId(), condition.getTextContent(), context, true);
      }
      ExecutableFlow executable = new ExecutableFlow(flow.getId(), source, target, parsed);
      source.outgoing().add(executable);
      target.incoming().add(executable);
    }
    for (FlowElement element : flowElements) {
      FlowElement defaultFlow = null;
      if (element instanceof ExclusiveGateway gateway) {
        defaultFlow = gateway.getDefault();
      } else if (element instanceof InclusiveGateway gateway) {
        defaultFlow = gateway.getDefault();
      } else if (element instanceof Activity activity) {
        defaultFlow = activity.getDefault();
      }
      if (defaultFlow != null) {
        String defaultId = defaultFlow.getId();
        ExecutableElement source = process.element(element.getId());
        source.outgoing().stream()
            .filter(f -> f.id().equals(defaultId))
            .findFirst()
            .ifPresent(source::defaultFlow);
      }
    }
  }

  private ExecutableElement transformNode(FlowNode node, Context context) {
    ElementType type = typeOf(node);
    if (type == null) {
      context.reject(
          node.getId(),
          "the element '" + node.getElementType().getTypeName() + "' is not supported by this engine");
      return null;
    }
    ExecutableElement element = new ExecutableElement(node.getId(), node.getName(), type);
    unsupportedExtensions(node, context);
    ioMappings(node, element, context);
    if (node instanceof Event event) {
      eventDefinition(event, element, context);
    }
    if (node instanceof Activity activity) {
      activity(activity, element, context);
    }
    if (node instanceof BoundaryEvent boundary) {
      element.interrupting(boundary.cancelActivity());
    }
    if (node instanceof StartEvent start) {
      element.interrupting(start.isInterrupting());
      ZeebeFormDefinition form = start.getSingleExtensionElement(ZeebeFormDefinition.class);
      if (form != null) {
        element.formId(form.getFormId());
        element.formKey(form.getFormKey());
        element.externalFormReference(form.getExternalReference());
        element.binding(binding(form.getBindingType(), form.getVersionTag()));
      }
    }
    return element;
  }

  private static ElementType typeOf(FlowNode node) {
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

  private static void unsupportedExtensions(BaseElement element, Context context) {
    if (element.getSingleExtensionElement(ZeebeExecutionListeners.class) != null) {
      context.reject(element.getId(), "execution listeners (zeebe:executionListeners) are not supported by this engine");
    }
    if (element.getSingleExtensionElement(ZeebeTaskListeners.class) != null) {
      context.reject(element.getId(), "task listeners (zeebe:taskListeners) are not supported by this engine");
    }
  }

  private void ioMappings(FlowNode node, ExecutableElement element, Context context) {
    ZeebeIoMapping io = node.getSingleExtensionElement(ZeebeIoMapping.class);
    if (io == null) {
      return;
    }
    for (ZeebeInput input : io.getInputs()) {
      element.inputMappings().add(new Mapping(mappingSource(node, input.getSource(), context), input.getTarget()));
    }
    for (ZeebeOutput output : io.getOutputs()) {
      element.outputMappings().add(new Mapping(mappingSource(node, output.getSource(), context), output.getTarget()));
    }
  }

  private Expression mappingSource(FlowNode node, String source, Context context) {
    if (source == null || source.isBlank()) {
      return Expression.ofStatic("");
    }
    return parse(node.getId(), source, context);
  }

  private void activity(Activity activity, ExecutableElement element, Context context) {
    String id = activity.getId();
    CompensationTransformer.markHandler(activity, element);
    ZeebeTaskDefinition task = activity.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (task != null) {
      element.jobType(parse(id, task.getType(), context));
      element.jobRetries(parse(id, task.getRetries() == null ? "3" : task.getRetries(), context));
    }
    ZeebeTaskHeaders headers = activity.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (headers != null) {
      for (ZeebeHeader header : headers.getHeaders()) {
        element.taskHeaders().put(header.getKey(), header.getValue());
      }
    }
    if (activity instanceof UserTask) {
      userTask(activity, element, context);
    }
    if (activity instanceof ScriptTask) {
      ZeebeScript script = activity.getSingleExtensionElement(ZeebeScript.class);
      if (script != null) {
        element.script(parse(id, script.getExpression(), context));
        element.resultVariable(script.getResultVariable());
      }
    }
    if (activity instanceof BusinessRuleTask) {
      ZeebeCalledDecision decision = activity.getSingleExtensionElement(ZeebeCalledDecision.class);
      if (decision != null) {
        element.calledDecisionId(parse(id, decision.getDecisionId(), context));
        element.binding(binding(decision.getBindingType(), decision.getVersionTag()));
        element.resultVariable(decision.getResultVariable());
      }
    }
    if (activity instanceof CallActivity) {
      ZeebeCalledElement called = activity.getSingleExtensionElement(ZeebeCalledElement.class);
      if (called != null) {
        element.calledProcessId(parse(id, called.getProcessId(), context));
        element.binding(binding(called.getBindingType(), called.getVersionTag()));
        element.propagateAllChildVariables(called.isPropagateAllChildVariablesEnabled());
        element.propagateAllParentVariables(called.isPropagateAllParentVariablesEnabled());
      }
    }
    if (activity instanceof ReceiveTask receive && receive.getMessage() != null) {
      message(id, receive.getMessage(), element, context);
      element.eventType(EventType.MESSAGE);
    }
    if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
      ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
      Expression completion = null;
      if (loop.getCompletionCondition() != null
          && loop.getCompletionCondition().getTextContent() != null
          && !loop.getCompletionCondition().getTextContent().isBlank()) {
        completion = feel(id, loop.getCompletionCondition().getTextContent(), context, true);
      }
      element.multiInstance(
          new MultiInstance(
              loop.isSequential(),
              parse(id, zeebe.getInputCollection(), context),
              zeebe.getInputElement(),
              zeebe.getOutputCollection(),
              zeebe.getOutputElement() == null ? null : parse(id, zeebe.getOutputElement(), context),
              completion));
    } else if (activity.getLoopCharacteristics() != null) {
      context.reject(id, "standard loop characteristics are not supported; use multi-instance");
    }
  }

  private void userTask(Activity task, ExecutableElement element, Context context) {
    String id = task.getId();
    boolean camundaUserTask = task.getSingleExtensionElement(ZeebeUserTask.class) != null;
    element.userTask(camundaUserTask);
    if (!camundaUserTask) {
      // A job-worker user task: Zeebe's reserved job type.
      element.jobType(Expression.ofStatic("io.camunda.zeebe:userTask"));
      element.jobRetries(Expression.ofStatic("1"));
    }
    ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    if (assignment != null) {
      element.assignee(parseOptional(id, assignment.getAssignee(), context));
      element.candidateGroups(parseOptional(id, assignment.getCandidateGroups(), context));
      element.candidateUsers(parseOptional(id, assignment.getCandidateUsers(), context));
    }
    ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
    if (schedule != null) {
      element.dueDate(parseOptional(id, schedule.getDueDate(), context));
      element.followUpDate(parseOptional(id, schedule.getFollowUpDate(), context));
    }
    ZeebePriorityDefinition priority = task.getSingleExtensionElement(ZeebePriorityDefinition.class);
    if (priority != null) {
      element.priority(parseOptional(id, priority.getPriority(), context));
    }
    ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
    if (form != null) {
      element.formId(form.getFormId());
      element.formKey(form.getFormKey());
      element.externalFormReference(form.getExternalReference());
      element.binding(binding(form.getBindingType(), form.getVersionTag()));
    }
  }

  /** The model library has checked the attributes at parsing (a version tag with versionTag binding). */
  private static Binding binding(ZeebeBindingType type, String versionTag) {
    if (type == null || type == ZeebeBindingType.latest) {
      return Binding.LATEST;
    }
    return type == ZeebeBindingType.deployment
        ? new Binding(Binding.Type.DEPLOYMENT, null)
        : new Binding(Binding.Type.VERSION_TAG, versionTag);
  }

  private void eventDefinition(Event event, ExecutableElement element, Context context) {
    Collection<EventDefinition> definitions = definitionsOf(event);
    if (definitions.size() > 1) {
      context.reject(event.getId(), "events with more than one event definition are not supported");
      return;
    }
    ZeebeTaskDefinition task = event.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (task != null) {
      // Message throw and end events implemented by a job worker.
      element.jobType(parse(event.getId(), task.getType(), context));
      element.jobRetries(parse(event.getId(), task.getRetries() == null ? "3" : task.getRetries(), context));
      ZeebeTaskHeaders headers = event.getSingleExtensionElement(ZeebeTaskHeaders.class);
      if (headers != null) {
        headers.getHeaders().forEach(h -> element.taskHeaders().put(h.getKey(), h.getValue()));
      }
    }
    if (definitions.isEmpty()) {
      return;
    }
    EventDefinition definition = definitions.iterator().next();
    String id = event.getId();
    if (definition instanceof TimerEventDefinition timer) {
      element.eventType(EventType.TIMER);
      element.timer(timer(id, timer, context));
    } else if (definition instanceof MessageEventDefinition message) {
      element.eventType(EventType.MESSAGE);
      if (task == null) {
        if (message.getMessage() == null) {
          context.reject(id, "a message event must reference a message with a name");
        } else {
          message(id, message.getMessage(), element, context);
        }
      }
    } else if (definition instanceof ErrorEventDefinition error) {
      element.eventType(EventType.ERROR);
      if (error.getError() != null && error.getError().getErrorCode() != null) {
        String code = error.getError().getErrorCode();
        element.errorCode(code);
        if (code.trim().startsWith("=")) {
          element.errorCodeExpression(parse(id, code, context));
        }
      }
    } else if (definition instanceof EscalationEventDefinition escalation) {
      element.eventType(EventType.ESCALATION);
      if (escalation.getEscalation() != null) {
        element.escalationCode(escalation.getEscalation().getEscalationCode());
      }
    } else if (definition instanceof SignalEventDefinition signal) {
      element.eventType(EventType.SIGNAL);
      if (signal.getSignal() == null || signal.getSignal().getName() == null
          || signal.getSignal().getName().isBlank()) {
        context.reject(id, "a signal event must reference a signal with a name");
      } else {
        element.signalName(parse(id, signal.getSignal().getName(), context));
      }
    } else if (definition instanceof LinkEventDefinition link) {
      element.eventType(EventType.LINK);
      element.linkName(link.getName());
    } else if (definition instanceof TerminateEventDefinition) {
      element.eventType(EventType.TERMINATE);
    } else if (definition instanceof CompensateEventDefinition) {
      element.eventType(EventType.COMPENSATION);
    } else {
      context.reject(
          id,
          "the event definition '"
              + definition.getElementType().getTypeName()
              + "' is not supported by this engine");
    }
  }

  private static Collection<EventDefinition> definitionsOf(Event event) {
    if (event instanceof CatchEvent catchEvent) {
      return catchEvent.getEventDefinitions();
    }
    if (event instanceof io.camunda.zeebe.model.bpmn.instance.ThrowEvent throwEvent) {
      return throwEvent.getEventDefinitions();
    }
    return List.of();
  }

  private void message(
      String id, io.camunda.zeebe.model.bpmn.instance.Message message, ExecutableElement element, Context context) {
    if (message.getName() == null || message.getName().isBlank()) {
      context.reject(id, "the message '" + message.getId() + "' has no name");
      return;
    }
    element.messageName(parse(id, message.getName(), context));
    ZeebeSubscription subscription = message.getSingleExtensionElement(ZeebeSubscription.class);
    if (subscription != null && subscription.getCorrelationKey() != null) {
      element.correlationKey(parse(id, subscription.getCorrelationKey(), context));
    }
  }

  private TimerDefinition timer(String id, TimerEventDefinition timer, Context context) {
    TimerDefinition.Kind kind;
    String text;
    if (timer.getTimeDuration() != null) {
      kind = TimerDefinition.Kind.DURATION;
      text = timer.getTimeDuration().getTextContent();
    } else if (timer.getTimeDate() != null) {
      kind = TimerDefinition.Kind.DATE;
      text = timer.getTimeDate().getTextContent();
    } else if (timer.getTimeCycle() != null) {
      kind = TimerDefinition.Kind.CYCLE;
      text = timer.getTimeCycle().getTextContent();
    } else {
      context.reject(id, "a timer event must have a duration, a date or a cycle");
      return null;
    }
    Expression expression = parse(id, text == null ? "" : text.trim(), context);
    if (expression != null && !expression.isFeel()) {
      try {
        TimerSchedule.validateStatic(kind, expression);
      } catch (RuntimeException e) {
        context.reject(id, "invalid timer " + kind.name().toLowerCase() + " '" + text + "': " + e.getMessage());
      }
    }
    return new TimerDefinition(kind, expression);
  }

  private Expression parseOptional(String id, String text, Context context) {
    return text == null || text.isBlank() ? null : parse(id, text, context);
  }

  private Expression parse(String id, String text, Context context) {
    if (text == null) {
      return null;
    }
    try {
      return expressions.parse(text);
    } catch (ExpressionException e) {
      context.reject(id, e.getMessage());
      return Expression.ofStatic(text);
    }
  }

  /** A FEEL expression whose '=' prefix is optional (conditions). */
  private Expression feel(String id, String text, Context context, boolean optionalPrefix) {
    try {
      return optionalPrefix ? expressions.parseFeel(text) : expressions.parse(text);
    } catch (ExpressionException e) {
      context.reject(id, e.getMessage());
      return Expression.ofStatic(text);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof org.xml.sax.SAXParseException sax) {
      return "line " + sax.getLineNumber() + ": " + sax.getMessage();
    }
    return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
  }
}
