package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.VariableResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import org.amends.engine.EngineException;
import org.amends.engine.query.SearchHit;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.state.Variable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Variables of all scopes, live and of finished scopes; values are JSON text. */
@RestController
class VariableController {

  private final Searcher searcher;

  VariableController(Searcher searcher) {
    this.searcher = searcher;
  }

  @PostMapping("/v2/variables/search")
  VariableSearchQueryResult search(
      @RequestBody(required = false) JsonNode body,
      @RequestParam(value = "truncateValues", defaultValue = "true") boolean truncateValues) {
    SearchPage page = searcher.search(Searches.VARIABLES, SearchRequest.of(body));
    return toSearchResult(page, truncateValues);
  }

  @GetMapping("/v2/variables/{variableKey}")
  VariableResult get(@PathVariable long variableKey) {
    Variable variable = searcher.find(Searches.VARIABLES, "variableKey", variableKey)
        .orElseThrow(() -> EngineException.notFound("Variable with key '" + variableKey + "' not found"))
        .row(Variable.class);
    return new VariableResult()
        .variableKey(Rest.key(variable.key))
        .name(variable.name)
        .value(variable.value)
        .scopeKey(Rest.key(variable.scopeKey))
        .processInstanceKey(Rest.key(variable.processInstanceKey))
        .tenantId(variable.tenantId);
  }

  static VariableSearchQueryResult toSearchResult(SearchPage page, boolean truncateValues) {
    return new VariableSearchQueryResult()
        .items(page.hits().stream().map(hit -> toResult(hit, truncateValues)).toList())
        .page(Rest.page(page));
  }

  /** Long values are cut in searches unless asked otherwise; {@code isTruncated} says so. */
  private static VariableSearchResult toResult(SearchHit hit, boolean truncateValues) {
    Variable variable = hit.row(Variable.class);
    boolean truncate = truncateValues && variable.value != null
        && variable.value.length() > Searches.VARIABLE_PREVIEW_LIMIT;
    return new VariableSearchResult()
        .variableKey(Rest.key(variable.key))
        .name(variable.name)
        .value(truncate ? variable.value.substring(0, Searches.VARIABLE_PREVIEW_LIMIT) : variable.value)
        .isTruncated(truncate)
        .scopeKey(Rest.key(variable.scopeKey))
        .processInstanceKey(Rest.key(variable.processInstanceKey))
        .tenantId(variable.tenantId);
  }
}
