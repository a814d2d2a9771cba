package org.amends.engine.deployment;

import org.camunda.bpm.model.xml.ModelInstance;
import io.camunda.zeebe.model.bpmn.instance.AdHocSubProcess;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.Documentation;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAdHoc;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amends.engine.model.AdHoc;
import org.amends.engine.model.ElementType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.ExecutableProcess;

/**
 * Completes an ad-hoc subprocess once its inner elements are transformed: its {@code zeebe:adHoc}
 * settings, the inner elements that can be activated (those without an incoming sequence flow),
 * their description for workers ({@code adHocSubProcessElements}), and, as in Zeebe, an inner
 * instance element ({@code <id>#innerInstance}) that becomes the flow scope of everything inside
 * but the event subprocesses, so that each activation runs in its own scope.
 */
final class AdHocTransformer {

  private AdHocTransformer() {}

  static void transform(AdHocSubProcess node, ExecutableElement element, ExecutableProcess process, TransformContext context) {
    ZeebeAdHoc settings = node.getSingleExtensionElement(ZeebeAdHoc.class);
    String completion = node.getCompletionCondition() == null ? null : node.getCompletionCondition().getTextContent();
    AdHoc adHoc = new AdHoc(
        settings == null ? null : context.parseOptional(node.getId(), settings.getActiveElementsCollection()),
        completion == null || completion.isBlank() ? null : context.feel(node.getId(), completion),
        node.isCancelRemainingInstances(),
        settings == null || isBlank(settings.getOutputCollection()) ? null : settings.getOutputCollection(),
        settings == null ? null : context.parseOptional(node.getId(), settings.getOutputElement()));
    element.adHoc(adHoc);

    ExecutableElement inner = new ExecutableElement(
        node.getId() + AdHoc.INNER_INSTANCE_POSTFIX, node.getName(), ElementType.AD_HOC_SUB_PROCESS_INNER_INSTANCE);
    inner.flowScope(element);
    List<ExecutableElement> keep = new ArrayList<>();
    for (ExecutableElement child : element.children()) {
      if (child.type() == ElementType.EVENT_SUB_PROCESS) {
        keep.add(child);
      } else {
        child.flowScope(inner);
        inner.children().add(child);
        if (isActivatable(child)) {
          adHoc.activities().put(child.id(), child);
        }
      }
    }
    keep.add(inner);
    element.children().clear();
    element.children().addAll(keep);
    process.add(inner);
    adHoc.innerInstance(inner);
    adHoc.activitiesMetadata(metadata(node.getModelInstance(), adHoc));
  }

  /** Zeebe's activatable elements: no incoming flow, and not an event the subprocess cannot start at. */
  private static boolean isActivatable(ExecutableElement child) {
    if (!child.incoming().isEmpty()) {
      return false;
    }
    return switch (child.type()) {
      case START_EVENT, END_EVENT, BOUNDARY_EVENT, EVENT_SUB_PROCESS, PROCESS,
          AD_HOC_SUB_PROCESS_INNER_INSTANCE, SEQUENCE_FLOW, MULTI_INSTANCE_BODY -> false;
      default -> true;
    };
  }

  private static List<Map<String, Object>> metadata(ModelInstance model, AdHoc adHoc) {
    List<Map<String, Object>> elements = new ArrayList<>();
    for (ExecutableElement activity : adHoc.activities().values()) {
      BaseElement source = model.getModelElementById(activity.id());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("elementId", activity.id());
      entry.put("elementName", activity.name() == null ? "" : activity.name());
      entry.put("documentation", source.getDocumentations().stream()
          .map(Documentation::getTextContent).collect(Collectors.joining("\n")));
      Map<String, Object> properties = new LinkedHashMap<>();
      ZeebeProperties zeebeProperties = source.getSingleExtensionElement(ZeebeProperties.class);
      if (zeebeProperties != null) {
        for (ZeebeProperty property : zeebeProperties.getProperties()) {
          properties.put(property.getName(), property.getValue());
        }
      }
      entry.put("properties", properties);
      entry.put("parameters", List.of());
      elements.add(entry);
    }
    return elements;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
