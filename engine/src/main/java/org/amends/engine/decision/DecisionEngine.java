package org.amends.engine.decision;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.DmnEngine.EvalFailure;
import org.camunda.dmn.DmnEngine.EvalResult;
import org.camunda.dmn.DmnEngine.Failure;
import org.camunda.dmn.parser.ParsedDecision;
import org.camunda.dmn.parser.ParsedDmn;
import scala.util.Either;
import scala.util.Left;
import scala.util.Right;

/**
 * Parses and evaluates DMN with dmn-scala, as Zeebe does for business rule tasks and standalone
 * decision evaluation. Parsing rejects a resource loudly; evaluation turns every FEEL or DMN
 * failure into a {@link DecisionEvaluation} that carries Zeebe's failure message.
 */
public final class DecisionEngine {

  /** dmn-scala's engine is immutable after construction, so one instance serves all threads. */
  private final DmnEngine dmnEngine;

  public DecisionEngine() {
    this(Clock.systemDefaultZone());
  }

  /** FEEL's {@code now()} and {@code today()} read this clock; a pinned engine clock pins them. */
  public DecisionEngine(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    dmnEngine = new DmnEngine.Builder().clock(() -> ZonedDateTime.now(clock)).build();
  }

  public ParsedDecisionRequirements parse(String resourceName, byte[] xml) {
    Objects.requireNonNull(resourceName, "resourceName");
    Objects.requireNonNull(xml, "xml");
    Either<Failure, ParsedDmn> result;
    try {
      result = dmnEngine.parse(new ByteArrayInputStream(xml));
    } catch (RuntimeException e) { // dmn-scala should report failures as values; be safe anyway
      throw new DecisionParseException(
          resourceName, DmnParseFailures.describe(resourceName, xml, String.valueOf(e)));
    }
    if (result instanceof Left<Failure, ParsedDmn> failure) {
      throw new DecisionParseException(
          resourceName, DmnParseFailures.describe(resourceName, xml, failure.value().message()));
    }
    ParsedDmn dmn = ((Right<Failure, ParsedDmn>) result).value();
    Definitions definitions = dmn.model().getDefinitions();
    // the DMN's own order, which dmn-scala's decision map does not keep
    List<DecisionInfo> decisions =
        definitions.getDrgElements().stream()
            .filter(Decision.class::isInstance)
            .map(element -> decisionInfo(dmn, element.getId()))
            .toList();
    return new ParsedDecisionRequirements(
        definitions.getId(), definitions.getName(), resourceName, decisions, dmn);
  }

  public DecisionEvaluation evaluate(
      ParsedDecisionRequirements drg, String decisionId, Map<String, Object> variables) {
    Objects.requireNonNull(drg, "drg");
    Objects.requireNonNull(decisionId, "decisionId");
    if (!(drg.parsed() instanceof ParsedDmn dmn)) {
      throw new IllegalArgumentException(
          "Expected a DRG parsed by this engine, but got " + drg.parsed());
    }
    String decisionName =
        dmn.decisionsById().get(decisionId).map(ParsedDecision::name).getOrElse(() -> null);
    Map<String, Object> context = variables != null ? variables : Map.of();

    Either<EvalFailure, EvalResult> result;
    try {
      result = dmnEngine.eval(dmn, decisionId, context);
    } catch (RuntimeException e) { // a bug in dmn-scala must not escape as an engine crash
      String message = failureMessage(decisionId, e.getMessage());
      return DecisionEvaluation.failure(decisionId, decisionName, message, decisionId, List.of());
    }

    if (result instanceof Left<EvalFailure, EvalResult> left) {
      EvalFailure failure = left.value();
      EvaluatedDecisions evaluated = EvaluatedDecisions.of(failure.auditLog(), dmn);
      return DecisionEvaluation.failure(
          decisionId,
          decisionName,
          failureMessage(decisionId, failure.failure().message()),
          evaluated.failedDecisionId().orElse(decisionId),
          evaluated.toList());
    }
    EvalResult success = ((Right<EvalFailure, EvalResult>) result).value();
    EvaluatedDecisions evaluated = EvaluatedDecisions.of(success.auditLog(), dmn);
    // the audited FEEL value keeps what unpacking loses (e.g. a time's zone id)
    Object output =
        evaluated
            .resultOf(decisionId)
            .map(FeelValues::toJava)
            .orElseGet(() -> FeelValues.fromUnpacked(success.value()));
    return DecisionEvaluation.success(
        decisionId, decisionName, output, FeelValues.toJson(output), evaluated.toList());
  }

  private static DecisionInfo decisionInfo(ParsedDmn dmn, String decisionId) {
    ParsedDecision decision = dmn.decisionsById().apply(decisionId);
    return new DecisionInfo(
        decision.id(), decision.name(), EvaluatedDecisions.typeOf(decision.logic()));
  }

  /** Zeebe's wording, so incidents read the same as on Camunda 8. */
  private static String failureMessage(String decisionId, String reason) {
    return String.format("Expected to evaluate decision '%s', but %s", decisionId, reason);
  }
}
