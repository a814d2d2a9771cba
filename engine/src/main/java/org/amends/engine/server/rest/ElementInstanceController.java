package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.SetVariableRequest;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.query.SearchHit;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.state.ElementInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Element instances (flow nodes: the process instance itself is not one) and their variables. */
@RestController
class ElementInstanceController {

  private final Engine engine;
  private final Searcher searcher;

  ElementInstanceController(Engine engine, Searcher searcher) {
    this.engine = engine;
    this.searcher = searcher;
  }

  @PostMapping("/v2/element-instances/search")
  ElementInstanceSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.ELEMENT_INSTANCES, SearchRequest.of(body));
    return new ElementInstanceSearchQueryResult()
        .items(page.hits().stream().map(ElementInstanceController::toResult).toList())
        .page(Rest.page(page));
  }

  @GetMapping("/v2/element-instances/{elementInstanceKey}")
  ElementInstanceResult get(@PathVariable long elementInstanceKey) {
    return searcher.find(Searches.ELEMENT_INSTANCES, "elementInstanceKey", elementInstanceKey)
        .map(ElementInstanceController::toResult)
        .orElseThrow(() -> EngineException.notFound("Element instance with key '" + elementInstanceKey + "' not found"));
  }

  @PutMapping("/v2/element-instances/{elementInstanceKey}/variables")
  ResponseEntity<Void> setVariables(@PathVariable long elementInstanceKey, @RequestBody SetVariableRequest request) {
    Rest.require("variables", request.getVariables());
    engine.setVariables(elementInstanceKey, request.getVariables(), Boolean.TRUE.equals(request.getLocal()));
    return ResponseEntity.noContent().build();
  }

  static ElementInstanceResult toResult(SearchHit hit) {
    ElementInstance instance = hit.row(ElementInstance.class);
    String incidentKey = hit.string("incidentKey");
    return new ElementInstanceResult()
        .elementInstanceKey(Rest.key(instance.key))
        .processInstanceKey(Rest.key(instance.processInstanceKey))
        .processDefinitionKey(Rest.key(instance.processDefinitionKey))
        .processDefinitionId(instance.bpmnProcessId)
        .elementId(instance.elementId)
        .elementName(instance.elementName != null ? instance.elementName : instance.elementId)
        .type(ElementInstanceResult.TypeEnum.fromValue(instance.type.name()))
        .state(ElementInstanceStateEnum.fromValue(ProcessInstanceController.apiState(instance.state)))
        .startDate(Rest.date(instance.startDate))
        .endDate(Rest.date(instance.endDate))
        .hasIncident(incidentKey != null)
        .incidentKey(incidentKey)
        .tenantId(instance.tenantId);
  }
}
