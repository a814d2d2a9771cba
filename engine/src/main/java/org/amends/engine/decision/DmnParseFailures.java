package org.amends.engine.decision;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.BusinessKnowledgeModel;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Builds the message of a {@link DecisionParseException}. dmn-scala reports an unreadable file as
 * a bare "Unable to parse model" and a bad expression without its decision, so the model is read
 * again to find the XML line, or the decisions that hold the failing expression.
 */
final class DmnParseFailures {

  private static final Pattern SAX_LOCATION =
      Pattern.compile("^(?:Fatal )?(?:Error|Warning): URI=\\S* Line=(-?\\d+): ", Pattern.DOTALL);

  private DmnParseFailures() {}

  static String describe(String resourceName, byte[] xml, String dmnScalaFailure) {
    String prefix = "Expected a DMN resource but '" + resourceName + "' ";
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (RuntimeException e) {
      return prefix + "is not valid DMN XML: " + xmlProblem(e);
    }
    return prefix
        + "is not valid DMN: "
        + Arrays.stream(dmnScalaFailure.split("\n"))
            .filter(line -> !line.isBlank())
            .map(line -> locate(model, line))
            .collect(Collectors.joining("; "));
  }

  /** The parser's innermost message, which carries the line, e.g. "line 5: The end-tag ...". */
  private static String xmlProblem(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
    Matcher location = SAX_LOCATION.matcher(message);
    return location.find()
        ? "line " + location.group(1) + ": " + message.substring(location.end())
        : message;
  }

  /** Prefixes a dmn-scala failure with the decisions (or knowledge models) it comes from. */
  private static String locate(DmnModelInstance model, String failure) {
    Set<String> owners = new LinkedHashSet<>();
    for (Text text : model.getModelElementsByType(Text.class)) {
      String content = text.getTextContent();
      if (content != null
          && !content.isBlank()
          && (failure.contains("'" + content + "'")
              || failure.contains("'" + content.strip() + "'"))) {
        owners.add(ownerOf(text));
      }
    }
    if (failure.contains("unsupported decision expression")) {
      model.getModelElementsByType(Decision.class).stream()
          .filter(decision -> decision.getExpression() == null)
          .forEach(decision -> owners.add(ownerOf(decision)));
    }
    if (failure.contains("no output name defined")) {
      model.getModelElementsByType(Output.class).stream()
          .filter(output -> output.getName() == null)
          .filter(output -> failure.contains("`" + output.getLabel() + "`"))
          .forEach(output -> owners.add(ownerOf(output)));
    }
    owners.remove(null);
    return owners.isEmpty() ? failure : String.join(", ", owners) + ": " + failure;
  }

  private static String ownerOf(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof Decision decision) {
        return "decision '" + decision.getId() + "'";
      } else if (e instanceof BusinessKnowledgeModel bkm) {
        return "business knowledge model '" + bkm.getId() + "'";
      }
    }
    return null;
  }
}
