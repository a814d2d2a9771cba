package org.amends.app.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Each flow element's own settings (attributes, extensions, conditions, timers) as one string,
 * without the elements nested in it or its incoming and outgoing flows: two versions of an
 * element with equal strings behave the same.
 */
final class ElementSettings {

  private ElementSettings() {}

  static Map<String, String> of(String xml, Set<String> flowElementIds) {
    Map<String, String> settings = new HashMap<>();
    collect(parse(xml).getDocumentElement(), flowElementIds, settings);
    return settings;
  }

  private static void collect(Element element, Set<String> ids, Map<String, String> settings) {
    String id = element.getAttribute("id");
    if (ids.contains(id)) {
      settings.put(id, serialise(element, ids, true));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collect(childElement, ids, settings);
      }
    }
  }

  private static String serialise(Element element, Set<String> ids, boolean top) {
    StringBuilder text = new StringBuilder(element.getLocalName());
    Map<String, String> attributes = new TreeMap<>();
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Node attribute = map.item(i);
      // nested elements' generated ids (timer definitions, expressions) say nothing about behaviour
      if (!(attribute.getNodeName().equals("id") && !top) && !attribute.getNodeName().startsWith("xmlns")) {
        attributes.put(attribute.getNodeName(), attribute.getNodeValue());
      }
    }
    attributes.forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
    text.append('{');
    boolean hasElements = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        hasElements = true;
        String name = childElement.getLocalName();
        if (!ids.contains(childElement.getAttribute("id")) && !"incoming".equals(name) && !"outgoing".equals(name)) {
          text.append(serialise(childElement, ids, false));
        }
      }
    }
    if (!hasElements) {
      text.append(element.getTextContent().trim());
    }
    return text.append('}').toString();
  }

  private static org.w3c.dom.Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("Not a BPMN diagram: " + e.getMessage(), e);
    }
  }
}
