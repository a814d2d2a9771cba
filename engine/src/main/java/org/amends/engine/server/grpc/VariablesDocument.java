package org.amends.engine.server.grpc;

import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.state.Json;

/** Variables travel as JSON text in the gateway protocol; the root must be an object. */
final class VariablesDocument {

  private VariablesDocument() {}

  /** The document as variables; empty text is no variables; anything but an object is refused. */
  static Map<String, Object> read(String field, String json) {
    try {
      return Json.parseObject(json);
    } catch (IllegalArgumentException e) {
      throw EngineException.invalidArgument(
          "Property '" + field + "' is invalid: Expected document to be a root level object, but was '"
              + abbreviate(json) + "'");
    }
  }

  /** Null for no variables, so that the engine treats absent and empty alike. */
  static Map<String, Object> readOrNull(String field, String json) {
    Map<String, Object> variables = read(field, json);
    return variables.isEmpty() ? null : variables;
  }

  static String write(Map<String, ?> variables) {
    return variables == null ? "{}" : Json.write(variables);
  }

  private static String abbreviate(String json) {
    return json.length() > 60 ? json.substring(0, 57) + "..." : json;
  }
}
