package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.protocol.rest.DecisionDefinitionResult;
import io.camunda.client.protocol.rest.DecisionDefinitionSearchQueryResult;
import io.camunda.client.protocol.rest.DecisionDefinitionTypeEnum;
import io.camunda.client.protocol.rest.DecisionEvaluationInstruction;
import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceResult;
import io.camunda.client.protocol.rest.DecisionInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceStateEnum;
import io.camunda.client.protocol.rest.DecisionRequirementsResult;
import io.camunda.client.protocol.rest.DecisionRequirementsSearchQueryResult;
import io.camunda.client.protocol.rest.EvaluateDecisionResult;
import io.camunda.client.protocol.rest.EvaluatedDecisionInputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionOutputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionResult;
import io.camunda.client.protocol.rest.MatchedDecisionRuleItem;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.amends.engine.Engine;
import org.amends.engine.EngineException;
import org.amends.engine.api.DecisionResult;
import org.amends.engine.decision.DecisionType;
import org.amends.engine.decision.EvaluatedDecision;
import org.amends.engine.decision.EvaluatedInput;
import org.amends.engine.decision.EvaluatedOutput;
import org.amends.engine.decision.MatchedRule;
import org.amends.engine.query.SearchHit;
import org.amends.engine.query.SearchPage;
import org.amends.engine.query.SearchRequest;
import org.amends.engine.query.Searcher;
import org.amends.engine.query.Searches;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.DecisionRequirements;
import org.amends.engine.state.HistoryEvent;
import org.amends.engine.state.Json;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions: definitions and their DRGs (search, get, XML), standalone evaluation, and decision
 * instances (every decision evaluated, called or required, keyed "evaluationKey-n").
 */
@RestController
class DecisionController {

  /** Converts between the client's generated models, which share their JSON shape. */
  private static final ObjectMapper CLIENT_MODELS =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Engine engine;
  private final Searcher searcher;

  DecisionController(Engine engine, Searcher searcher) {
    this.engine = engine;
    this.searcher = searcher;
  }

  // ---- definitions

  @PostMapping("/v2/decision-definitions/search")
  DecisionDefinitionSearchQueryResult searchDefinitions(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.DECISION_DEFINITIONS, SearchRequest.of(body));
    return new DecisionDefinitionSearchQueryResult()
        .items(page.hits().stream().map(h -> toResult(h.row(DecisionDefinition.class))).toList())
        .page(Rest.page(page));
  }

  @GetMapping("/v2/decision-definitions/{decisionDefinitionKey}")
  DecisionDefinitionResult getDefinition(@PathVariable long decisionDefinitionKey) {
    return toResult(definition(decisionDefinitionKey));
  }

  @GetMapping("/v2/decision-definitions/{decisionDefinitionKey}/xml")
  void definitionXml(@PathVariable long decisionDefinitionKey, HttpServletResponse response) throws IOException {
    DecisionDefinition definition = definition(decisionDefinitionKey);
    Rest.writeXml(response, xmlOf(requirements(definition.decisionRequirementsKey)));
  }

  private DecisionDefinition definition(long key) {
    DecisionDefinition definition = engine.read(state -> state.decisionDefinitions.get(key));
    if (definition == null || definition.deleted) {
      throw EngineException.notFound("Decision definition with key '" + key + "' not found");
    }
    return definition;
  }

  private static DecisionDefinitionResult toResult(DecisionDefinition definition) {
    return new DecisionDefinitionResult()
        .decisionDefinitionKey(Rest.key(definition.key))
        .decisionDefinitionId(definition.decisionId)
        .name(definition.name)
        .version(definition.version)
        .decisionRequirementsId(definition.decisionRequirementsId)
        .decisionRequirementsKey(Rest.key(definition.decisionRequirementsKey))
        .tenantId(definition.tenantId);
  }

  // ---- decision requirements

  @PostMapping("/v2/decision-requirements/search")
  DecisionRequirementsSearchQueryResult searchRequirements(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.DECISION_REQUIREMENTS, SearchRequest.of(body));
    return new DecisionRequirementsSearchQueryResult()
        .items(page.hits().stream().map(h -> toResult(h.row(DecisionRequirements.class))).toList())
        .page(Rest.page(page));
  }

  @GetMapping("/v2/decision-requirements/{decisionRequirementsKey}")
  DecisionRequirementsResult getRequirements(@PathVariable long decisionRequirementsKey) {
    return toResult(requirements(decisionRequirementsKey));
  }

  @GetMapping("/v2/decision-requirements/{decisionRequirementsKey}/xml")
  void requirementsXml(@PathVariable long decisionRequirementsKey, HttpServletResponse response) throws IOException {
    Rest.writeXml(response, xmlOf(requirements(decisionRequirementsKey)));
  }

  private DecisionRequirements requirements(long key) {
    DecisionRequirements drg = engine.read(state -> state.decisionRequirements.get(key));
    if (drg == null || drg.deleted) {
      throw EngineException.notFound("Decision requirements with key '" + key + "' not found");
    }
    return drg;
  }

  private String xmlOf(DecisionRequirements drg) {
    return engine.read(state -> state.resources.get(drg.resourceKey).content);
  }

  private static DecisionRequirementsResult toResult(DecisionRequirements drg) {
    return new DecisionRequirementsResult()
        .decisionRequirementsKey(Rest.key(drg.key))
        .decisionRequirementsId(drg.decisionRequirementsId)
        .decisionRequirementsName(drg.name)
        .version(drg.version)
        .resourceName(drg.resourceName)
        .tenantId(drg.tenantId);
  }

  // ---- evaluation

  @PostMapping("/v2/decision-definitions/evaluation")
  EvaluateDecisionResult evaluate(@RequestBody DecisionEvaluationInstruction request) {
    Long key = Rest.parseKey("decisionDefinitionKey", request.getDecisionDefinitionKey());
    if (key == null && (request.getDecisionDefinitionId() == null || request.getDecisionDefinitionId().isBlank())) {
      throw EngineException.invalidArgument("At least one of [decisionDefinitionId, decisionDefinitionKey] is required.");
    }
    DecisionResult result = engine.evaluateDecision(
        key, key == null ? request.getDecisionDefinitionId() : null, request.getVariables(), request.getTenantId());
    List<EvaluatedDecisionResult> evaluated = new ArrayList<>();
    List<EvaluatedDecision> decisions = result.evaluation().evaluatedDecisions();
    for (int i = 0; i < decisions.size(); i++) {
      EvaluatedDecision decision = decisions.get(i);
      DecisionResult.Definition definition = result.evaluatedDefinitions().get(i);
      evaluated.add(new EvaluatedDecisionResult()
          .decisionDefinitionId(decision.decisionId())
          .decisionDefinitionName(decision.decisionName())
          .decisionDefinitionVersion(definition == null ? null : definition.version())
          .decisionDefinitionKey(definition == null ? null : Rest.key(definition.key()))
          .decisionDefinitionType(decision.type() == null ? null : decision.type().name())
          .decisionEvaluationInstanceKey(result.decisionInstanceKey() + "-" + (i + 1))
          .output(decision.outputJson())
          .tenantId(result.tenantId())
          .evaluatedInputs(decision.inputs().stream().map(DecisionController::toInput).toList())
          .matchedRules(decision.matchedRules().stream().map(DecisionController::toRule).toList()));
    }
    return new EvaluateDecisionResult()
        .decisionDefinitionId(result.decisionDefinitionId())
        .decisionDefinitionName(result.decisionDefinitionName())
        .decisionDefinitionVersion(result.decisionDefinitionVersion())
        .decisionDefinitionKey(Rest.key(result.decisionDefinitionKey()))
        .decisionRequirementsId(result.decisionRequirementsId())
        .decisionRequirementsKey(Rest.key(result.decisionRequirementsKey()))
        .output(result.evaluation().outputJson())
        .failedDecisionDefinitionId(result.evaluation().failedDecisionId())
        .failureMessage(result.evaluation().failureMessage())
        .tenantId(result.tenantId())
        .decisionInstanceKey(Rest.key(result.decisionInstanceKey()))
        .decisionEvaluationKey(Rest.key(result.decisionInstanceKey()))
        .evaluatedDecisions(evaluated);
  }

  private static EvaluatedDecisionInputItem toInput(EvaluatedInput input) {
    return new EvaluatedDecisionInputItem()
        .inputId(input.inputId()).inputName(input.inputName()).inputValue(input.valueJson());
  }

  private static MatchedDecisionRuleItem toRule(MatchedRule rule) {
    return new MatchedDecisionRuleItem()
        .ruleId(rule.ruleId())
        .ruleIndex(rule.ruleIndex())
        .evaluatedOutputs(rule.outputs().stream().map(DecisionController::toOutput).toList());
  }

  private static EvaluatedDecisionOutputItem toOutput(EvaluatedOutput output) {
    return new EvaluatedDecisionOutputItem()
        .outputId(output.outputId()).outputName(output.outputName()).outputValue(output.valueJson());
  }

  // ---- decision instances

  @PostMapping("/v2/decision-instances/search")
  DecisionInstanceSearchQueryResult searchInstances(@RequestBody(required = false) JsonNode body) {
    SearchPage page = searcher.search(Searches.DECISION_INSTANCES, SearchRequest.of(body));
    return new DecisionInstanceSearchQueryResult()
        .items(page.hits().stream().map(hit -> fill(new DecisionInstanceResult(), hit)).toList())
        .page(Rest.page(page));
  }

  @GetMapping("/v2/decision-instances/{decisionEvaluationInstanceKey}")
  DecisionInstanceGetQueryResult getInstance(@PathVariable String decisionEvaluationInstanceKey) {
    if (!decisionEvaluationInstanceKey.matches("\\d+-\\d+")) {
      throw EngineException.invalidArgument("The decision instance key '" + decisionEvaluationInstanceKey
          + "' is not valid: expected the evaluation key and the decision's position, e.g. '2251799813685320-1'");
    }
    SearchHit hit = searcher.find(Searches.DECISION_INSTANCES, "decisionEvaluationInstanceKey", decisionEvaluationInstanceKey)
        .orElseThrow(() -> EngineException.notFound("Decision instance with key '" + decisionEvaluationInstanceKey + "' not found"));
    EvaluatedDecision decision = Json.read(hit.string("decision"), EvaluatedDecision.class);
    // The GET answer is the search item plus the inputs and matched rules.
    return CLIENT_MODELS.convertValue(fill(new DecisionInstanceResult(), hit), DecisionInstanceGetQueryResult.class)
        .evaluatedInputs(decision.inputs().stream().map(DecisionController::toInput).toList())
        .matchedRules(decision.matchedRules().stream().map(DecisionController::toRule).toList());
  }

  /** What a decision instance's search item and GET share, from its event and its decision. */
  private record Instance(
      String id, DecisionInstanceStateEnum state, String failure, Integer version, String definitionKey,
      String tenantId, String processDefinitionKey) {}

  private static Instance instance(SearchHit hit, HistoryEvent event, EvaluatedDecision decision) {
    boolean failed = hit.bool("failed");
    Object failure = event.data.get("evaluation") instanceof java.util.Map<?, ?> evaluation
        ? evaluation.get("failureMessage") : null;
    Long definitionKey = hit.longValue("decisionDefinitionKey");
    Long version = hit.longValue("decisionDefinitionVersion");
    Object processDefinitionKey = event.data.get("processDefinitionKey");
    return new Instance(
        hit.string("decisionEvaluationInstanceKey"),
        failed ? DecisionInstanceStateEnum.FAILED : DecisionInstanceStateEnum.EVALUATED,
        failed && failure != null ? failure.toString() : null,
        version == null ? null : version.intValue(),
        definitionKey == null ? null : Rest.key(definitionKey),
        event.data.get("tenantId") == null ? "<default>" : event.data.get("tenantId").toString(),
        // The client parses these three keys unconditionally; Camunda sends -1 when there is none.
        processDefinitionKey instanceof Number n ? Rest.key(n.longValue()) : "-1");
  }

  private static DecisionInstanceResult fill(DecisionInstanceResult result, SearchHit hit) {
    HistoryEvent event = hit.row(HistoryEvent.class);
    EvaluatedDecision decision = Json.read(hit.string("decision"), EvaluatedDecision.class);
    Instance instance = instance(hit, event, decision);
    return result
        .decisionEvaluationInstanceKey(instance.id())
        .decisionEvaluationKey(Rest.key(event.key))
        .state(instance.state())
        .evaluationDate(Rest.date(event.timestamp))
        .evaluationFailure(instance.failure())
        .decisionDefinitionId(decision.decisionId())
        .decisionDefinitionName(decision.decisionName())
        .decisionDefinitionVersion(instance.version())
        .decisionDefinitionKey(instance.definitionKey())
        .decisionDefinitionType(type(decision.type()))
        .result(decision.outputJson())
        .tenantId(instance.tenantId())
        .processDefinitionKey(instance.processDefinitionKey())
        .processInstanceKey(Rest.key(event.processInstanceKey))
        .elementInstanceKey(Rest.key(event.elementInstanceKey));
  }

  private static DecisionDefinitionTypeEnum type(DecisionType type) {
    if (type == DecisionType.DECISION_TABLE) {
      return DecisionDefinitionTypeEnum.DECISION_TABLE;
    }
    if (type == DecisionType.LITERAL_EXPRESSION) {
      return DecisionDefinitionTypeEnum.LITERAL_EXPRESSION;
    }
    return DecisionDefinitionTypeEnum.UNKNOWN;
  }
}
