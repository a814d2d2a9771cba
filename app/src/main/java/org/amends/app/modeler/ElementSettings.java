package org.amends.app.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Each flow element's own settings (attributes, extensions, conditions, timers) as one string,
 * without the elements nested in it or its incoming and outgoing flows: two versions of an
 * element with equal strings behave the same. The string is what the XML means, not how it is
 * written, so that a diagram the modeler re-saved unchanged compares equal to the original:
 * attributes set to their default are left out, namespaces stand for prefixes, and attribute
 * order, the order of different kinds of child elements and whitespace do not count.
 */
final class ElementSettings {

  private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

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
    StringBuilder text = new StringBuilder(name(element.getNamespaceURI(), element.getLocalName()));
    Map<String, String> attributes = new TreeMap<>();
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr attribute = (Attr) map.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
          // nested elements' generated ids (timer definitions, expressions) say nothing about behaviour
          || attribute.getNamespaceURI() == null && "id".equals(attribute.getLocalName()) && !top
          || Defaults.isDefault(element, attribute)) {
        continue;
      }
      String value = XSI.equals(attribute.getNamespaceURI()) && "type".equals(attribute.getLocalName())
          ? qualified(element, attribute.getValue()) : attribute.getValue();
      attributes.put(name(attribute.getNamespaceURI(), attribute.getLocalName()), value);
    }
    attributes.forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
    text.append('{');
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        children.add(childElement);
      }
    }
    if (children.isEmpty()) {
      text.append(element.getTextContent().strip().replaceAll("\\s+", " "));
    }
    // writers order child elements of different kinds differently; the order among children of
    // one kind (input mappings, say) can matter, and a stable sort keeps it
    children.stream()
        .filter(c -> !ids.contains(c.getAttribute("id")))
        .filter(c -> !"incoming".equals(c.getLocalName()) && !"outgoing".equals(c.getLocalName()))
        .sorted(Comparator.comparing(c -> name(c.getNamespaceURI(), c.getLocalName())))
        .forEach(c -> text.append(serialise(c, ids, false)));
    return text.append('}').toString();
  }

  /** A name independent of the prefix the file gives its namespace. */
  private static String name(String namespace, String localName) {
    return namespace == null ? localName : "{" + namespace + "}" + localName;
  }

  /** An xsi:type value ("bpmn:tFormalExpression", "tFormalExpression") with its namespace resolved. */
  private static String qualified(Element element, String value) {
    int colon = value.indexOf(':');
    String prefix = colon < 0 ? null : value.substring(0, colon);
    return name(element.lookupNamespaceURI(prefix), value.substring(colon + 1));
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
