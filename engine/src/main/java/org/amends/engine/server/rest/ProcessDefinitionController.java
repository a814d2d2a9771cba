package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.ProcessDefinitionElementStatisticsQueryResult;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessDefinitionSearchQueryResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.BindingResolver;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Form;
import org.amends.engine.state.ProcessDefinition;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Deployed processes: search, get, their BPMN XML, start form and element statistics. */
@RestController
class ProcessDefinitionController {

  private final Engine engine;
  private final Searcher searcher;

  ProcessDefinitionController(Engine engine, Searcher searcher) {
    this.engine = engine;
    this.searcher = searcher;
  }

  @PostMapping("/v2/process-definitions/search")
  ProcessDefinitionSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.PROCESS_DEFINITIONS, SearchRequest.of(body));
    List<ProcessDefinition> definitions = page.hits().stream().map(h -> h.row(ProcessDefinition.class)).toList();
    return new ProcessDefinitionSearchQueryResult()
        .items(definitions.stream().map(this::toResult).toList())
        .page(Rest.page(page));
  }

  @GetMapping("/v2/process-definitions/{processDefinitionKey}")
  ProcessDefinitionResult get(@PathVariable long processDefinitionKey) {
    return toResult(definition(processDefinitionKey));
  }

  @GetMapping("/v2/process-definitions/{processDefinitionKey}/xml")
  void xml(@PathVariable long processDefinitionKey, HttpServletResponse response) throws IOException {
    ProcessDefinition definition = definition(processDefinitionKey);
    String xml = engine.read(state -> state.resources.get(definition.resourceKey).content);
    Rest.writeXml(response, xml);
  }

  /** The form of the none start event; 204 when it has none, as Camunda answers. */
  @GetMapping("/v2/process-definitions/{processDefinitionKey}/form")
  ResponseEntity<FormResult> form(@PathVariable long processDefinitionKey) {
    definition(processDefinitionKey);
    Form form = engine.read(state -> startForm(state, state.processDefinitions.get(processDefinitionKey)));
    return form == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(Forms.toResult(form));
  }

  @PostMapping("/v2/process-definitions/{processDefinitionKey}/statistics/element-instances")
  ProcessDefinitionElementStatisticsQueryResult statistics(
      @PathVariable long processDefinitionKey, @RequestBody(required = false) JsonNode body) {
    definition(processDefinitionKey);
    JsonNode filter = body == null ? null : body.get("filter");
    JsonNode otherThanDefinition = filter != null && filter.isObject()
        ? ((com.fasterxml.jackson.databind.node.ObjectNode) filter.deepCopy()).without("processDefinitionKey") : filter;
    if (!searcher.constrains(Searches.PROCESS_INSTANCES, otherThanDefinition)) {
      return new ProcessDefinitionElementStatisticsQueryResult()
          .items(ElementStatistics.ofDefinition(searcher, processDefinitionKey));
    }
    long[] instances = searcher.keys(Searches.PROCESS_INSTANCES,
        Rest.withProperty(filter, "processDefinitionKey", Rest.key(processDefinitionKey)));
    return new ProcessDefinitionElementStatisticsQueryResult()
        .items(ElementStatistics.ofInstances(searcher, instances));
  }

  private ProcessDefinition definition(long key) {
    ProcessDefinition definition = engine.read(state -> state.processDefinitions.get(key));
    if (definition == null || definition.deleted) {
      throw EngineException.notFound("Process definition with key '" + key + "' not found");
    }
    return definition;
  }

  private ProcessDefinitionResult toResult(ProcessDefinition definition) {
    boolean hasStartForm = engine.read(state -> {
      ProcessDefinition live = state.processDefinitions.get(definition.key);
      return live != null && startFormId(live) != null;
    });
    return new ProcessDefinitionResult()
        .processDefinitionKey(Rest.key(definition.key))
        .processDefinitionId(definition.bpmnProcessId)
        .name(definition.name)
        .resourceName(definition.resourceName)
        .version(definition.version)
        .versionTag(definition.versionTag)
        .tenantId(definition.tenantId)
        .hasStartForm(hasStartForm);
  }

  private static String startFormId(ProcessDefinition definition) {
    if (definition.executable == null) {
      return null;
    }
    ExecutableElement start = definition.executable.root().noneStartEvent();
    return start == null || start.form() == null ? null : start.form().formId();
  }

  private static Form startForm(EngineState state, ProcessDefinition definition) {
    String formId = startFormId(definition);
    return formId == null
        ? null
        : BindingResolver.form(state, formId, definition.executable.root().noneStartEvent().form().binding(), definition.deploymentKey);
  }
}
