package org.amends.app.modeler;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The differences between two versions of a process in plain English ("Added the user task
 * 'Call the victim'", "Changed the timer 'Two weeks after' from P14D to P21D", "Removed the flow
 * 'No' from 'Everyone willing?'"), element by element, matched by id. The diagrams on the compare
 * page mark the same elements (bpmn-js-differ in the browser).
 */
final class ChangeList {

  /** The modeler saves coordinates rounded to whole pixels: a shift this small is not a move. */
  private static final double MOVE_THRESHOLD = 2;

  private ChangeList() {}

  static List<Change> between(String oldXml, String newXml) {
    Map<String, FlowElement> before = elements(read(oldXml));
    Map<String, FlowElement> after = elements(read(newXml));
    Map<String, Bounds> oldBounds = bounds(read(oldXml));
    Map<String, Bounds> newBounds = bounds(read(newXml));
    Map<String, String> oldSettings = ElementSettings.of(oldXml, before.keySet());
    Map<String, String> newSettings = ElementSettings.of(newXml, after.keySet());
    List<Change> changes = new ArrayList<>();
    for (FlowElement element : after.values()) {
      if (!before.containsKey(element.getId())) {
        changes.add(new Change(Change.Type.ADDED, element.getId(), "Added " + describe(element)));
      }
    }
    for (FlowElement element : before.values()) {
      if (!after.containsKey(element.getId())) {
        changes.add(new Change(Change.Type.REMOVED, element.getId(), "Removed " + describe(element)));
      }
    }
    for (FlowElement old : before.values()) {
      FlowElement now = after.get(old.getId());
      if (now == null) {
        continue;
      }
      List<String> sentences = changed(old, now);
      if (sentences.isEmpty() && !Objects.equals(oldSettings.get(old.getId()), newSettings.get(old.getId()))) {
        sentences.add("Changed the settings of " + describe(now));
      }
      sentences.forEach(s -> changes.add(new Change(Change.Type.CHANGED, old.getId(), s)));
      if (sentences.isEmpty() && moved(oldBounds.get(old.getId()), newBounds.get(old.getId()))) {
        changes.add(new Change(Change.Type.MOVED, old.getId(), "Moved " + describe(now)));
      }
    }
    return changes;
  }

  private static List<String> changed(FlowElement old, FlowElement now) {
    List<String> sentences = new ArrayList<>();
    String oldName = label(old);
    if (!Objects.equals(blankToNull(old.getName()), blankToNull(now.getName()))) {
      sentences.add("Renamed the " + kind(old) + " '" + oldName + "' to '" + label(now) + "'");
    }
    String oldTimer = timer(old);
    String newTimer = timer(now);
    if (!Objects.equals(oldTimer, newTimer)) {
      sentences.add("Changed the timer '" + label(now) + "' from " + orNone(oldTimer) + " to " + orNone(newTimer));
    }
    String oldType = jobType(old);
    String newType = jobType(now);
    if (!Objects.equals(oldType, newType)) {
      sentences.add("Changed the job type of the " + kind(now) + " '" + label(now) + "' from "
          + orNone(oldType) + " to " + orNone(newType));
    }
    if (old instanceof SequenceFlow oldFlow && now instanceof SequenceFlow newFlow) {
      if (!Objects.equals(condition(oldFlow), condition(newFlow))) {
        sentences.add("Changed the condition of " + describe(now) + " from " + orNone(condition(oldFlow))
            + " to " + orNone(condition(newFlow)));
      }
      if (!oldFlow.getSource().getId().equals(newFlow.getSource().getId())
          || !oldFlow.getTarget().getId().equals(newFlow.getTarget().getId())) {
        sentences.add("Reconnected the flow: it was " + describe(old).substring("the flow ".length()));
      }
    }
    return sentences;
  }

  /** "the user task 'Assess risk'", "the flow 'No' from 'Everyone willing?'". */
  static String describe(FlowElement element) {
    if (element instanceof SequenceFlow flow) {
      String from = " from '" + label(flow.getSource()) + "'";
      return blankToNull(flow.getName()) == null
          ? "a flow" + from + " to '" + label(flow.getTarget()) + "'"
          : "the flow '" + flow.getName() + "'" + from;
    }
    return "the " + kind(element) + " '" + label(element) + "'";
  }

  /** The element's kind in words: "user task", "exclusive gateway", "timer". */
  static String kind(FlowElement element) {
    if (element instanceof SequenceFlow) {
      return "flow";
    }
    if (timer(element) != null) {
      return "timer";
    }
    String type = element.getElementType().getTypeName();
    return type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase().replace("sub process", "sub-process");
  }

  static String label(FlowElement element) {
    return blankToNull(element.getName()) == null ? element.getId() : element.getName();
  }

  private static String timer(FlowElement element) {
    for (TimerEventDefinition timer : element.getChildElementsByType(TimerEventDefinition.class)) {
      if (timer.getTimeDuration() != null) {
        return timer.getTimeDuration().getTextContent().trim();
      }
      if (timer.getTimeDate() != null) {
        return timer.getTimeDate().getTextContent().trim();
      }
      if (timer.getTimeCycle() != null) {
        return timer.getTimeCycle().getTextContent().trim();
      }
    }
    return null;
  }

  private static String jobType(FlowElement element) {
    if (element.getExtensionElements() == null) {
      return null;
    }
    return element.getExtensionElements().getChildElementsByType(ZeebeTaskDefinition.class).stream()
        .map(ZeebeTaskDefinition::getType).map(ChangeList::blankToNull).findFirst().orElse(null);
  }

  private static String condition(SequenceFlow flow) {
    ConditionExpression condition = flow.getConditionExpression();
    return condition == null ? null : condition.getTextContent().trim();
  }

  private static boolean moved(Bounds old, Bounds now) {
    return old != null && now != null
        && (Math.abs(old.getX() - now.getX()) > MOVE_THRESHOLD || Math.abs(old.getY() - now.getY()) > MOVE_THRESHOLD);
  }

  private static BpmnModelInstance read(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, FlowElement> elements(BpmnModelInstance model) {
    Map<String, FlowElement> elements = new LinkedHashMap<>();
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      elements.put(element.getId(), element);
    }
    return elements;
  }

  private static Map<String, Bounds> bounds(BpmnModelInstance model) {
    Map<String, Bounds> bounds = new LinkedHashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        bounds.put(shape.getBpmnElement().getId(), shape.getBounds());
      }
    }
    return bounds;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String orNone(String text) {
    return text == null ? "none" : text;
  }

}
