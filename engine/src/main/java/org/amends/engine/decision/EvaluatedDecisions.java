package org.amends.engine.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.dmn.Audit.AuditLog;
import org.camunda.dmn.Audit.AuditLogEntry;
import org.camunda.dmn.Audit.DecisionTableEvaluationResult;
import org.camunda.dmn.parser.FeelExpression;
import org.camunda.dmn.parser.ParsedContext;
import org.camunda.dmn.parser.ParsedDecisionLogic;
import org.camunda.dmn.parser.ParsedDecisionTable;
import org.camunda.dmn.parser.ParsedDmn;
import org.camunda.dmn.parser.ParsedInput;
import org.camunda.dmn.parser.ParsedInvocation;
import org.camunda.dmn.parser.ParsedList;
import org.camunda.dmn.parser.ParsedLiteralExpression;
import org.camunda.dmn.parser.ParsedOutput;
import org.camunda.dmn.parser.ParsedRelation;
import org.camunda.dmn.parser.ParsedRule;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads dmn-scala's audit log: one entry per evaluated decision, in evaluation order (required
 * decisions first). Business knowledge models are audited too, but they are not decisions and
 * have no decision instance in Camunda, so they are left out.
 */
final class EvaluatedDecisions {

  private final List<AuditLogEntry> entries;

  private EvaluatedDecisions(List<AuditLogEntry> entries) {
    this.entries = entries;
  }

  static EvaluatedDecisions of(AuditLog auditLog, ParsedDmn dmn) {
    if (auditLog == null) {
      return new EvaluatedDecisions(List.of());
    }
    List<AuditLogEntry> decisionEntries =
        CollectionConverters.asJava(auditLog.entries()).stream()
            .filter(entry -> dmn.decisionsById().contains(entry.id()))
            .toList();
    return new EvaluatedDecisions(decisionEntries);
  }

  List<EvaluatedDecision> toList() {
    return entries.stream().map(EvaluatedDecisions::toEvaluatedDecision).toList();
  }

  /** The FEEL result of the last evaluation of the decision, before dmn-scala unpacked it. */
  Optional<Val> resultOf(String decisionId) {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).id().equals(decisionId)) {
        return Optional.of(entries.get(i).result().result());
      }
    }
    return Optional.empty();
  }

  /** The decision whose logic failed: dmn-scala audits a failing decision with an error result. */
  Optional<String> failedDecisionId() {
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).result().result() instanceof ValError) {
        return Optional.of(entries.get(i).id());
      }
    }
    return Optional.empty();
  }

  static DecisionType typeOf(ParsedDecisionLogic logic) {
    if (logic instanceof ParsedDecisionTable) {
      return DecisionType.DECISION_TABLE;
    } else if (logic instanceof ParsedLiteralExpression) {
      return DecisionType.LITERAL_EXPRESSION;
    } else if (logic instanceof ParsedContext) {
      return DecisionType.CONTEXT;
    } else if (logic instanceof ParsedList) {
      return DecisionType.LIST;
    } else if (logic instanceof ParsedRelation) {
      return DecisionType.RELATION;
    } else if (logic instanceof ParsedInvocation) {
      return DecisionType.INVOCATION;
    }
    return DecisionType.UNKNOWN;
  }

  private static EvaluatedDecision toEvaluatedDecision(AuditLogEntry entry) {
    List<EvaluatedInput> inputs = new ArrayList<>();
    List<MatchedRule> matchedRules = new ArrayList<>();
    if (entry.result() instanceof DecisionTableEvaluationResult table
        && entry.decisionLogic() instanceof ParsedDecisionTable logic) {
      CollectionConverters.asJava(table.inputs())
          .forEach(
              input ->
                  inputs.add(
                      new EvaluatedInput(
                          input.input().id(), inputName(input.input()), json(input.value()))));
      List<ParsedRule> rules = new ArrayList<>();
      CollectionConverters.asJava(logic.rules()).forEach(rules::add);
      CollectionConverters.asJava(table.matchedRules())
          .forEach(
              rule ->
                  matchedRules.add(
                      new MatchedRule(
                          rule.rule().id(),
                          ruleIndex(rules, rule.rule()),
                          CollectionConverters.asJava(rule.outputs()).stream()
                              .map(
                                  output ->
                                      new EvaluatedOutput(
                                          output.output().id(),
                                          outputName(output.output()),
                                          json(output.value())))
                              .toList())));
    }
    return new EvaluatedDecision(
        entry.id(),
        entry.name(),
        typeOf(entry.decisionLogic()),
        json(entry.result().result()),
        inputs,
        matchedRules);
  }

  /** dmn-scala keeps the column label as the input's name; unlabelled, the expression names it. */
  private static String inputName(ParsedInput input) {
    if (input.name() != null) {
      return input.name();
    }
    return input.expression() instanceof FeelExpression feel ? feel.expression().text() : null;
  }

  private static String outputName(ParsedOutput output) {
    return output.name() != null ? output.name() : output.label();
  }

  /** 1-based position in the table; by identity, since two rules without ids may be equal. */
  private static int ruleIndex(List<ParsedRule> rules, ParsedRule rule) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i) == rule) {
        return i + 1;
      }
    }
    return rules.indexOf(rule) + 1;
  }

  private static String json(Val value) {
    return FeelValues.toJson(FeelValues.toJava(value));
  }
}
