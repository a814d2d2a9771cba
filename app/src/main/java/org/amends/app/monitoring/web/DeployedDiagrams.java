package org.amends.app.monitoring.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The deployed processes and their diagrams, through the Camunda client. A deployed version never
 * changes, so each one's XML and elements are read once.
 */
@Component
class DeployedDiagrams {

  /** One deployed version of a process. */
  record Version(long key, String processId, String name, int version) {}

  /** One flow node of a diagram, in the diagram's order. */
  record Element(String id, String name, String type) {}

  /** A version's BPMN XML and flow nodes. */
  record Diagram(String xml, List<Element> elements) {

    Optional<Element> element(String id) {
      return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    String nameOf(String id) {
      return element(id).map(Element::name).orElse(id);
    }
  }

  private final CamundaClient camunda;
  private final Map<Long, Diagram> diagrams = new ConcurrentHashMap<>();

  DeployedDiagrams(CamundaClient camunda) {
    this.camunda = camunda;
  }

  /** Every deployed version, by process id (the journey first), newest version first. */
  Map<String, List<Version>> versions() {
    List<ProcessDefinition> all = camunda.newProcessDefinitionSearchRequest()
        .page(p -> p.limit(1000)).send().join().items();
    Map<String, List<Version>> byProcess = new LinkedHashMap<>();
    all.stream()
        .map(d -> new Version(d.getProcessDefinitionKey(), d.getProcessDefinitionId(),
            d.getName() == null || d.getName().isBlank() ? d.getProcessDefinitionId() : d.getName(), d.getVersion()))
        .sorted(Comparator.comparing((Version v) -> !v.processId().equals(MonitoredProcesses.JOURNEY))
            .thenComparing(Version::name).thenComparing(Version::version, Comparator.reverseOrder()))
        .forEach(v -> byProcess.computeIfAbsent(v.processId(), id -> new java.util.ArrayList<>()).add(v));
    return byProcess;
  }

  List<Version> versions(String processId) {
    return versions().getOrDefault(processId, List.of());
  }

  Diagram diagram(long definitionKey) {
    return diagrams.computeIfAbsent(definitionKey, this::read);
  }

  private Diagram read(long definitionKey) {
    String xml = camunda.newProcessDefinitionGetXmlRequest(definitionKey).send().join();
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    List<Element> elements = model.getModelElementsByType(FlowNode.class).stream()
        .map(n -> new Element(n.getId(), n.getName() == null || n.getName().isBlank() ? n.getId() : n.getName(),
            n.getElementType().getTypeName()))
        .toList();
    return new Diagram(xml, elements);
  }
}
