package org.amends.engine.deployment;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.Event;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.amends.engine.expression.Expression;
import org.amends.engine.expression.ExpressionLanguage;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableFlow;
import org.amends.engine.model.ExecutableProcess;
import org.amends.engine.model.Mapping;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;

/**
 * Reads a BPMN resource with the Zeebe model API, validates it as Zeebe does at design time,
 * rejects what this engine does not execute, and builds the executable processes: the scopes and
 * flows here, each activity's and event's kind in {@link ActivityTransformer} and
 * {@link EventTransformer}. Every problem names the resource, the element and its line.
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
          problems.add(TransformContext.where(resourceName, nearestId(element), lines) + ": " + result.getMessage());
        }
      }
    });
    if (!problems.isEmpty()) {
      return new Result(model, List.of(), problems);
    }
    TransformContext context = new TransformContext(resourceName, lines, problems, expressions);
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

  /** The id of the element, or of the nearest element around it that has one (for extensions). */
  private static String nearestId(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
    for (var current = element; current != null; current = current.getParentElement()) {
      if (current instanceof BaseElement b && b.getId() != null) {
        return b.getId();
      }
    }
    return null;
  }

  private ExecutableProcess transformProcess(Process process, TransformContext context) {
    ExecutableElement root = new ExecutableElement(process.getId(), process.getName(), ElementType.PROCESS);
    ExecutableProcess executable = new ExecutableProcess(process.getId(), process.getName(), root);
    executable.add(root);
    ZeebeVersionTag versionTag = process.getSingleExtensionElement(ZeebeVersionTag.class);
    if (versionTag != null && versionTag.getValue() != null && !versionTag.getValue().isBlank()) {
      executable.versionTag(versionTag.getValue());
    }
    ListenerReader.read(process, root, context);
    transformScope(process.getFlowElements(), root, executable, context);
    CompensationTransformer.link(process.getModelInstance(), executable);
    return executable;
  }

  private void transformScope(
      Collection<FlowElement> flowElements,
      ExecutableElement scope,
      ExecutableProcess process,
      TransformContext context) {
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
            AdHocTransformer.transform(adHoc, executable, process, context);
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
        parsed = context.feel(flow.getId(), condition.getTextContent());
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

  private ExecutableElement transformNode(FlowNode node, TransformContext context) {
    ElementType type = ElementTypes.typeOf(node);
    if (type == null) {
      context.reject(
          node.getId(),
          "the element '" + node.getElementType().getTypeName() + "' is not supported by this engine");
      return null;
    }
    ExecutableElement element = new ExecutableElement(node.getId(), node.getName(), type);
    ListenerReader.read(node, element, context);
    ioMappings(node, element, context);
    if (node instanceof Event event) {
      EventTransformer.transform(event, element, context);
    }
    if (node instanceof Activity activity) {
      ActivityTransformer.transform(activity, element, context);
    }
    if (node instanceof BoundaryEvent boundary) {
      element.interrupting(boundary.cancelActivity());
    }
    if (node instanceof StartEvent start) {
      element.interrupting(start.isInterrupting());
      element.form(ActivityTransformer.form(start.getSingleExtensionElement(ZeebeFormDefinition.class)));
    }
    return element;
  }

  private void ioMappings(FlowNode node, ExecutableElement element, TransformContext context) {
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

  private Expression mappingSource(FlowNode node, String source, TransformContext context) {
    if (source == null || source.isBlank()) {
      return Expression.ofStatic("");
    }
    return context.parse(node.getId(), source);
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
