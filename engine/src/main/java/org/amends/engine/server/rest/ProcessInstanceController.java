package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.CreateProcessInstanceResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry;
import io.camunda.client.protocol.rest.ProcessInstanceCreationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceElementStatisticsQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowsQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.ProcessInstanceCreated;
import org.amends.engine.query.SearchHit;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.query.Where;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.ElementState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Process instances: creation (optionally awaiting the result), cancellation, and reads. */
@RestController
class ProcessInstanceController {

  /** An instance and every instance it called, transitively (for its incidents). */
  private static final String INSTANCE_TREE =
      "t.process_instance_key in (with recursive tree(k) as (select ?::bigint union"
          + " select e.key from {s}.element_instance e join tree on (e.data->>'parentProcessInstanceKey')::bigint = tree.k"
          + " where (e.data->>'flowScopeKey')::bigint = -1) select k from tree)";

  private final Engine engine;
  private final Searcher searcher;

  ProcessInstanceController(Engine engine, Searcher searcher) {
    this.engine = engine;
    this.searcher = searcher;
  }

  @PostMapping("/v2/process-instances")
  ResponseEntity<?> create(@RequestBody ProcessInstanceCreationInstruction request) {
    CreateProcessInstance command = CreateProcessInstance.of(
        Rest.parseKey("processDefinitionKey", request.getProcessDefinitionKey()),
        request.getProcessDefinitionId(),
        request.getProcessDefinitionVersion(),
        request.getVariables(),
        request.getTenantId(),
        request.getStartInstructions() == null ? List.of()
            : request.getStartInstructions().stream().map(i -> i.getElementId()).toList(),
        request.getRuntimeInstructions() != null && !request.getRuntimeInstructions().isEmpty());
    if (!Boolean.TRUE.equals(request.getAwaitCompletion())) {
      return ResponseEntity.ok(toResult(engine.createProcessInstance(command)));
    }
    org.amends.engine.api.ProcessInstanceResult result = engine.createProcessInstanceWithResult(
        command, request.getFetchVariables(),
        org.amends.engine.api.ProcessInstanceResult.awaitTime(request.getRequestTimeout()));
    if (result == null) {
      return ApiErrors.problem(HttpStatus.GATEWAY_TIMEOUT, "DEADLINE_EXCEEDED",
          org.amends.engine.api.ProcessInstanceResult.NOT_COMPLETED_IN_TIME);
    }
    return ResponseEntity.ok(toResult(result.instance()).variables(result.variables()));
  }

  private static CreateProcessInstanceResult toResult(ProcessInstanceCreated created) {
    return new CreateProcessInstanceResult()
        .processInstanceKey(Rest.key(created.processInstanceKey()))
        .processDefinitionKey(Rest.key(created.processDefinitionKey()))
        .processDefinitionId(created.bpmnProcessId())
        .processDefinitionVersion(created.version())
        .tenantId(created.tenantId());
  }

  @PostMapping("/v2/process-instances/{processInstanceKey}/cancellation")
  ResponseEntity<Void> cancel(@PathVariable long processInstanceKey, @RequestBody(required = false) JsonNode ignored) {
    engine.cancelProcessInstance(processInstanceKey);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/v2/process-instances/search")
  ProcessInstanceSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.PROCESS_INSTANCES, SearchRequest.of(body));
    return new ProcessInstanceSearchQueryResult()
        .items(page.hits().stream().map(ProcessInstanceController::toResult).toList())
        .page(Rest.page(page));
  }

  @GetMapping("/v2/process-instances/{processInstanceKey}")
  ProcessInstanceResult get(@PathVariable long processInstanceKey) {
    return toResult(instance(processInstanceKey));
  }

  /** The instance's ancestors by call activity, root first, ending with the instance itself. */
  @GetMapping("/v2/process-instances/{processInstanceKey}/call-hierarchy")
  List<ProcessInstanceCallHierarchyEntry> callHierarchy(@PathVariable long processInstanceKey) {
    List<ProcessInstanceCallHierarchyEntry> entries = new ArrayList<>();
    Long key = processInstanceKey;
    while (key != null && entries.size() < 1000) {
      SearchHit hit = instance(key);
      ElementInstance instance = hit.row(ElementInstance.class);
      entries.add(0, new ProcessInstanceCallHierarchyEntry()
          .processInstanceKey(Rest.key(instance.key))
          .processDefinitionKey(Rest.key(instance.processDefinitionKey))
          .processDefinitionName(hit.string("processDefinitionName")));
      key = instance.parentProcessInstanceKey < 0 ? null : instance.parentProcessInstanceKey;
    }
    return entries;
  }

  @GetMapping("/v2/process-instances/{processInstanceKey}/sequence-flows")
  ProcessInstanceSequenceFlowsQueryResult sequenceFlows(@PathVariable long processInstanceKey) {
    ElementInstance instance = instance(processInstanceKey).row(ElementInstance.class);
    List<Object[]> rows = searcher.rows(
        "select distinct t.data->>'elementId' from {s}.history_event t"
            + " where t.process_instance_key = ? and t.state = 'SEQUENCE_FLOW_TAKEN' order by 1",
        processInstanceKey);
    List<ProcessInstanceSequenceFlowResult> items = rows.stream()
        .map(row -> new ProcessInstanceSequenceFlowResult()
            .sequenceFlowId((String) row[0])
            .elementId((String) row[0])
            .processInstanceKey(Rest.key(processInstanceKey))
            .processDefinitionKey(Rest.key(instance.processDefinitionKey))
            .processDefinitionId(instance.bpmnProcessId)
            .tenantId(instance.tenantId))
        .toList();
    return new ProcessInstanceSequenceFlowsQueryResult().items(items);
  }

  @GetMapping("/v2/process-instances/{processInstanceKey}/statistics/element-instances")
  ProcessInstanceElementStatisticsQueryResult statistics(@PathVariable long processInstanceKey) {
    instance(processInstanceKey);
    return new ProcessInstanceElementStatisticsQueryResult()
        .items(ElementStatistics.of(searcher, new Where().add("t.process_instance_key = ?", processInstanceKey)));
  }

  /** Incidents of the instance and of the instances it called. */
  @PostMapping("/v2/process-instances/{processInstanceKey}/incidents/search")
  IncidentSearchQueryResult incidents(@PathVariable long processInstanceKey, @RequestBody(required = false) JsonNode body) {
    instance(processInstanceKey);
    SearchRequest request = SearchRequest.of(body).withFilter(null);
    SearchPage page = searcher.search(Searches.INCIDENTS, request, new Where().add(INSTANCE_TREE, processInstanceKey));
    return IncidentController.toSearchResult(page);
  }

  private SearchHit instance(long key) {
    return searcher.find(Searches.PROCESS_INSTANCES, "processInstanceKey", key)
        .orElseThrow(() -> EngineException.notFound("Process instance with key '" + key + "' not found"));
  }

  static ProcessInstanceResult toResult(SearchHit hit) {
    ElementInstance instance = hit.row(ElementInstance.class);
    return new ProcessInstanceResult()
        .processInstanceKey(Rest.key(instance.key))
        .processDefinitionKey(Rest.key(instance.processDefinitionKey))
        .processDefinitionId(instance.bpmnProcessId)
        .processDefinitionName(hit.string("processDefinitionName"))
        .processDefinitionVersion(instance.version)
        .processDefinitionVersionTag(hit.string("processDefinitionVersionTag"))
        .startDate(Rest.date(instance.startDate))
        .endDate(Rest.date(instance.endDate))
        .state(ProcessInstanceStateEnum.fromValue(apiState(instance.state)))
        .hasIncident(hit.bool("hasIncident"))
        .tenantId(instance.tenantId)
        .parentProcessInstanceKey(Rest.keyOrNull(instance.parentProcessInstanceKey))
        .parentElementInstanceKey(Rest.keyOrNull(instance.parentElementInstanceKey))
        .tags(new LinkedHashSet<>());
  }

  /** ACTIVATING ... TERMINATING are all "active" to the API. */
  static String apiState(ElementState state) {
    return state == ElementState.COMPLETED || state == ElementState.TERMINATED ? state.name() : "ACTIVE";
  }
}
