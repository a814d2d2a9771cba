package org.amends.app.modeler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks a form against the process that uses it: a field that the form had before and no longer
 * has, while a later step of the process reads the variable (in a FEEL expression: a condition,
 * a mapping, a timer), is an error, since those cases would fail at that step.
 */
final class FormLint {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormLint() {}

  /** One sentence per problem; none when the form is fine for the process. */
  static List<String> check(String before, String after, String processXml) {
    Set<String> removed = keys(before);
    removed.removeAll(keys(after));
    List<String> problems = new ArrayList<>();
    if (removed.isEmpty()) {
      return problems;
    }
    var model = ProcessFiles.read(processXml);
    for (String key : removed) {
      Pattern word = Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?!\\w)");
      for (Element element : expressionOwners(processXml)) {
        if (expressions(element).stream().anyMatch(e -> word.matcher(e).find())) {
          String id = element.getAttribute("id");
          String name = model.getModelElementById(id) instanceof FlowElement flow ? ChangeList.label(flow) : id;
          problems.add("The field '" + key + "' is no longer in the form, but the step '" + name + "' reads it");
          break;
        }
      }
    }
    return problems;
  }

  /** The keys of a form's fields, at any depth (groups, dynamic lists). */
  static Set<String> keys(String formJson) {
    Set<String> keys = new LinkedHashSet<>();
    try {
      collect(JSON.readTree(formJson), keys);
    } catch (IOException e) {
      throw new IllegalArgumentException("The form is not valid JSON", e);
    }
    return keys;
  }

  private static void collect(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      if (node.hasNonNull("key") && node.get("key").isTextual()) {
        keys.add(node.get("key").asText());
      }
      node.forEach(child -> collect(child, keys));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, keys));
    }
  }

  /** The flow elements (with an id) whose own settings hold FEEL. */
  private static List<Element> expressionOwners(String xml) {
    List<Element> owners = new ArrayList<>();
    walk(parse(xml).getDocumentElement(), owners);
    return owners;
  }

  private static void walk(Element element, List<Element> owners) {
    if (!element.getAttribute("id").isEmpty() && !expressions(element).isEmpty()) {
      owners.add(element);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(e, owners);
      }
    }
  }

  /** FEEL in the element and its extensions (not in nested elements that have ids of their own). */
  private static List<String> expressions(Element element) {
    List<String> expressions = new ArrayList<>();
    gather(element, expressions, true);
    return expressions;
  }

  private static void gather(Element element, List<String> expressions, boolean top) {
    if (!top && !element.getAttribute("id").isEmpty() && !element.getLocalName().endsWith("Expression")
        && !element.getLocalName().startsWith("time")) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String value = attributes.item(i).getNodeValue();
      if (value.startsWith("=")) {
        expressions.add(value);
      }
    }
    boolean hasElements = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        hasElements = true;
        gather(e, expressions, false);
      }
    }
    if (!hasElements && !top) {
      String text = element.getTextContent().trim();
      if (text.startsWith("=") || element.getLocalName().equals("conditionExpression")) {
        expressions.add(text);
      }
    }
  }

  private static org.w3c.dom.Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException("Not a BPMN diagram", e);
    }
  }
}
