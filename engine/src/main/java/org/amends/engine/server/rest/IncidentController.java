package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.query.SearchHit;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.state.Incident;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Incidents: search, get and resolution. */
@RestController
class IncidentController {

  private final Engine engine;
  private final Searcher searcher;

  IncidentController(Engine engine, Searcher searcher) {
    this.engine = engine;
    this.searcher = searcher;
  }

  @PostMapping("/v2/incidents/search")
  IncidentSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    return toSearchResult(searcher.search(Searches.INCIDENTS, SearchRequest.of(body)));
  }

  @GetMapping("/v2/incidents/{incidentKey}")
  IncidentResult get(@PathVariable long incidentKey) {
    return searcher.find(Searches.INCIDENTS, "incidentKey", incidentKey)
        .map(IncidentController::toResult)
        .orElseThrow(() -> EngineException.notFound("Incident with key '" + incidentKey + "' not found"));
  }

  @PostMapping("/v2/incidents/{incidentKey}/resolution")
  ResponseEntity<Void> resolve(@PathVariable long incidentKey, @RequestBody(required = false) JsonNode ignored) {
    engine.resolveIncident(incidentKey);
    return ResponseEntity.noContent().build();
  }

  static IncidentSearchQueryResult toSearchResult(SearchPage page) {
    return new IncidentSearchQueryResult()
        .items(page.hits().stream().map(IncidentController::toResult).toList())
        .page(Rest.page(page));
  }

  static IncidentResult toResult(SearchHit hit) {
    Incident incident = hit.row(Incident.class);
    return new IncidentResult()
        .incidentKey(Rest.key(incident.key))
        .processDefinitionKey(Rest.key(incident.processDefinitionKey))
        .processDefinitionId(incident.bpmnProcessId)
        .processInstanceKey(Rest.key(incident.processInstanceKey))
        .elementId(incident.elementId)
        .elementInstanceKey(Rest.key(incident.elementInstanceKey))
        .jobKey(Rest.keyOrNull(incident.jobKey))
        .errorType(errorType(incident.errorType))
        .errorMessage(incident.errorMessage)
        .creationTime(Rest.date(incident.creationTime))
        .state(IncidentResult.StateEnum.fromValue(incident.state.name()))
        .tenantId(incident.tenantId);
  }

  private static IncidentResult.ErrorTypeEnum errorType(String type) {
    try {
      return type == null ? IncidentResult.ErrorTypeEnum.UNKNOWN : IncidentResult.ErrorTypeEnum.fromValue(type);
    } catch (IllegalArgumentException e) {
      return IncidentResult.ErrorTypeEnum.UNKNOWN;
    }
  }
}
