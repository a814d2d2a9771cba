package org.amends.engine.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;

/** The engine's JSON: rows in their tables, and variable values. */
public final class Json {

  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .setSerializationInclusion(JsonInclude.Include.ALWAYS)
          .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY);

  private static final ObjectMapper VALUES =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /** A value (records included) as plain maps and lists, for storing inside a row. */
  public static Object plain(Object value) {
    return VALUES.convertValue(value, Object.class);
  }

  /** A variable value as JSON text; dates and times become ISO text as in Zeebe. */
  public static String value(Object value) {
    try {
      if (value instanceof TemporalAccessor) {
        return VALUES.writeValueAsString(value.toString());
      }
      return VALUES.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the value cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  /** A variable's JSON text as a plain Java value (Map, List, String, Long, Double, Boolean, null). */
  public static Object parseValue(String json) {
    try {
      Object value = VALUES.readValue(json, Object.class);
      return normalise(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A JSON object as variables; throws when it is not an object. */
  public static Map<String, Object> parseObject(String json) {
    if (json == null || json.isBlank()) {
      return new LinkedHashMap<>();
    }
    Object value = parseValue(json);
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) map;
      return result;
    }
    throw new IllegalArgumentException("expected a JSON object of variables, but got: " + json);
  }

  private static Object normalise(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> result = new LinkedHashMap<>();
      map.forEach((k, v) -> result.put(String.valueOf(k), normalise(v)));
      return result;
    }
    if (value instanceof java.util.List<?> list) {
      java.util.List<Object> result = new java.util.ArrayList<>(list.size());
      list.forEach(v -> result.add(normalise(v)));
      return result;
    }
    return value;
  }
}
