package org.amends.engine.server.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.amends.engine.EngineException;
import org.amends.engine.query.SearchPage;

/** What every controller shares: keys as strings, dates as Camunda writes them, paging. */
final class Rest {

  /** ISO-8601 with milliseconds and offset, e.g. {@code 2025-01-31T10:15:30.000Z}. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private Rest() {}

  static String key(long key) {
    return Long.toString(key);
  }

  /** The engine writes -1 for "none"; the API leaves the field out. */
  static String keyOrNull(long key) {
    return key < 0 ? null : Long.toString(key);
  }

  static String date(Instant instant) {
    return instant == null ? null : DATE.format(instant.atOffset(ZoneOffset.UTC));
  }

  static String date(OffsetDateTime dateTime) {
    return dateTime == null ? null : DATE.format(dateTime);
  }

  /** A key sent as text (in a body); anything but a number is a bad request naming the field. */
  static Long parseKey(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw EngineException.invalidArgument(
          "The value of '" + field + "' must be a key (a number), but was '" + value + "'");
    }
  }

  static <T> T require(String field, T value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw EngineException.invalidArgument("No " + field + " provided.");
    }
    return value;
  }

  static SearchQueryPageResponse page(SearchPage page) {
    return new SearchQueryPageResponse()
        .totalItems(page.totalItems())
        .hasMoreTotalItems(page.moreTotalItems())
        .startCursor(page.startCursor())
        .endCursor(page.endCursor());
  }

  static Map<String, Object> orEmpty(Map<String, Object> variables) {
    return variables == null ? Map.of() : variables;
  }

  /** A filter object with one more plain property, for searches scoped by a path key. */
  static ObjectNode withProperty(JsonNode filter, String name, String value) {
    ObjectNode result = filter != null && filter.isObject()
        ? ((ObjectNode) filter).deepCopy()
        : JsonNodeFactory.instance.objectNode();
    result.put(name, value);
    return result;
  }

  /**
   * XML answers as {@code text/xml}: written directly, because the client asks for JSON only
   * ({@code Accept: application/json, application/problem+json}) yet accepts text bodies.
   */
  static void writeXml(HttpServletResponse response, String xml) throws IOException {
    response.setStatus(200);
    response.setContentType("text/xml");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(xml);
  }
}
