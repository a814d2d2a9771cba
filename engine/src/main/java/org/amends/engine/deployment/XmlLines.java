package org.amends.engine.deployment;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The line of each element with an id in an XML resource, so that a rejection can say where
 * the problem is (the BPMN model API keeps no positions).
 */
final class XmlLines {

  private final Map<String, Integer> lineById = new HashMap<>();

  XmlLines(byte[] xml) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          String id = reader.getAttributeValue(null, "id");
          if (id != null) {
            lineById.putIfAbsent(id, reader.getLocation().getLineNumber());
          }
        }
      }
    } catch (XMLStreamException e) {
      // Malformed XML is reported by the BPMN parser; lines are only a help.
    }
  }

  /** " (line N)" or empty when the id is unknown. */
  String at(String id) {
    Integer line = id == null ? null : lineById.get(id);
    return line == null ? "" : " (line " + line + ")";
  }
}
