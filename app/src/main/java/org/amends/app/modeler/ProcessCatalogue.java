package org.amends.app.modeler;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.DecisionDefinition;
import io.camunda.client.api.search.response.ProcessDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The processes and decisions deployed in the engine, read through the Camunda client (so the
 * pages work against a Camunda 8 cluster too), with Amends' deployment records beside them.
 */
@Service
class ProcessCatalogue {

  private static final int PAGE = 1000;

  private final CamundaClient camunda;
  private final DeploymentRecords records;

  ProcessCatalogue(CamundaClient camunda, DeploymentRecords records) {
    this.camunda = camunda;
    this.records = records;
  }

  /** Every process, by its live (newest) version, in name order. */
  List<ProcessVersion> processes() {
    Map<String, ProcessDefinition> live = new LinkedHashMap<>();
    for (ProcessDefinition definition : camunda.newProcessDefinitionSearchRequest()
        .sort(s -> s.version().asc()).page(p -> p.limit(PAGE)).send().join().items()) {
      live.put(definition.getProcessDefinitionId(), definition);
    }
    return live.values().stream()
        .map(d -> version(d, records.byDefinitionKey(DeploymentRecords.Kind.PROCESS, d.getProcessDefinitionId()), true))
        .sorted(Comparator.comparing(ProcessVersion::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Every version of one process, newest first; empty if there is no such process. */
  List<ProcessVersion> versions(String processId) {
    List<ProcessDefinition> definitions = camunda.newProcessDefinitionSearchRequest()
        .filter(f -> f.processDefinitionId(processId))
        .sort(s -> s.version().desc())
        .page(p -> p.limit(PAGE))
        .send().join().items();
    Map<Long, DeploymentRecord> recorded = records.byDefinitionKey(DeploymentRecords.Kind.PROCESS, processId);
    List<ProcessVersion> versions = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      versions.add(version(definition, recorded, versions.isEmpty()));
    }
    return versions;
  }

  Optional<ProcessVersion> version(String processId, int version) {
    return versions(processId).stream().filter(v -> v.version() == version).findFirst();
  }

  Optional<ProcessVersion> live(String processId) {
    return versions(processId).stream().findFirst();
  }

  String xml(long processDefinitionKey) {
    return camunda.newProcessDefinitionGetXmlRequest(processDefinitionKey).send().join();
  }

  /** Every decision's newest version, in name order. */
  List<DecisionDefinition> decisions() {
    Map<String, DecisionDefinition> newest = new LinkedHashMap<>();
    for (DecisionDefinition decision : camunda.newDecisionDefinitionSearchRequest()
        .sort(s -> s.version().asc()).page(p -> p.limit(PAGE)).send().join().items()) {
      newest.put(decision.getDmnDecisionId(), decision);
    }
    return newest.values().stream()
        .sorted(Comparator.comparing(DecisionDefinition::getDmnDecisionName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** Open cases (active process instances) running on one version. */
  long openCases(long processDefinitionKey) {
    Long total = camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionKey(processDefinitionKey).state(ProcessInstanceState.ACTIVE))
        .page(p -> p.limit(1))
        .send().join().page().totalItems();
    return total == null ? 0 : total;
  }

  private ProcessVersion version(ProcessDefinition definition, Map<Long, DeploymentRecord> recorded, boolean live) {
    String name = definition.getName() == null || definition.getName().isBlank()
        ? definition.getProcessDefinitionId() : definition.getName();
    return new ProcessVersion(definition.getProcessDefinitionKey(), definition.getProcessDefinitionId(), name,
        definition.getVersion(), definition.getVersionTag(), recorded.get(definition.getProcessDefinitionKey()),
        openCases(definition.getProcessDefinitionKey()), live);
  }
}
