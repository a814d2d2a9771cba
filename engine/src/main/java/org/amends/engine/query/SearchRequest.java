package org.amends.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A search request as the API sends it: {@code filter}, {@code sort} and {@code page} (offset
 * paging with {@code from}/{@code limit}, or cursors {@code after}/{@code before}).
 */
public record SearchRequest(JsonNode filter, List<Sort> sort, int from, int limit, String after, String before) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 10_000;

  public record Sort(String field, boolean descending) {}

  public static SearchRequest of(JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return new SearchRequest(null, List.of(), 0, DEFAULT_LIMIT, null, null);
    }
    if (!body.isObject()) {
      throw new InvalidSearch("The search request must be a JSON object");
    }
    List<Sort> sorts = new ArrayList<>();
    JsonNode sort = body.get("sort");
    if (sort != null && !sort.isNull()) {
      if (!sort.isArray()) {
        throw new InvalidSearch("The property 'sort' must be a list of {field, order}");
      }
      for (JsonNode entry : sort) {
        JsonNode field = entry.get("field");
        if (field == null || !field.isTextual()) {
          throw new InvalidSearch("Each sort entry needs a 'field'");
        }
        JsonNode order = entry.get("order");
        String direction = order == null || order.isNull() ? "ASC" : order.asText().toUpperCase(Locale.ROOT);
        if (!direction.equals("ASC") && !direction.equals("DESC")) {
          throw new InvalidSearch("The sort order of '" + field.asText() + "' must be ASC or DESC, but was: " + order);
        }
        sorts.add(new Sort(field.asText(), direction.equals("DESC")));
      }
    }
    int from = 0;
    int limit = DEFAULT_LIMIT;
    String after = null;
    String before = null;
    JsonNode page = body.get("page");
    if (page != null && !page.isNull()) {
      if (!page.isObject()) {
        throw new InvalidSearch("The property 'page' must be an object");
      }
      from = intOf(page, "from", 0);
      limit = intOf(page, "limit", DEFAULT_LIMIT);
      after = textOf(page, "after");
      before = textOf(page, "before");
      if (from < 0) {
        throw new InvalidSearch("The page property 'from' must not be negative, but was " + from);
      }
      if (limit < 0 || limit > MAX_LIMIT) {
        throw new InvalidSearch("The page property 'limit' must be between 0 and " + MAX_LIMIT + ", but was " + limit);
      }
      if (after != null && before != null) {
        throw new InvalidSearch("Only one of the page properties 'after' and 'before' can be given");
      }
    }
    return new SearchRequest(body.get("filter"), List.copyOf(sorts), from, limit, after, before);
  }

  /** A request with only a filter (GET by key, and searches the API scopes by a path key). */
  public static SearchRequest filterOnly(JsonNode filter) {
    return new SearchRequest(filter, List.of(), 0, MAX_LIMIT, null, null);
  }

  public SearchRequest withFilter(JsonNode newFilter) {
    return new SearchRequest(newFilter, sort, from, limit, after, before);
  }

  /** The offset the page starts at, from a cursor when one is given. */
  int offset() {
    if (after != null) {
      return decode(after).offset();
    }
    if (before != null) {
      return Math.max(0, decode(before).offset() - limit);
    }
    return from;
  }

  /** The "after" cursor, or null. */
  Cursor afterCursor() {
    return after == null ? null : decode(after);
  }

  /** How many rows the page holds: fewer before a "before" cursor near the start. */
  int pageSize() {
    if (before != null) {
      return Math.min(limit, Math.max(0, decode(before).offset()));
    }
    return limit;
  }

  /**
   * What a cursor holds: the offset into the sorted result that "after the last item of this
   * page" is, and for keyset-paged searches (see Keyset) the last item's date and key.
   */
  record Cursor(int offset, String lastDate, Long lastKey) {}

  /** Cursors are opaque to clients. */
  static String encode(int offset) {
    return encode(new Cursor(offset, null, null));
  }

  static String encode(Cursor cursor) {
    String text = "o:" + cursor.offset()
        + (cursor.lastDate() == null ? "" : "|d:" + cursor.lastDate() + "|k:" + cursor.lastKey());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static Cursor decode(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts[0].startsWith("o:")) {
        int offset = Integer.parseInt(parts[0].substring(2));
        if (offset >= 0 && parts.length == 1) {
          return new Cursor(offset, null, null);
        }
        if (offset >= 0 && parts.length == 3 && parts[1].startsWith("d:") && parts[2].startsWith("k:")) {
          String date = parts[1].substring(2);
          OffsetDateTime.parse(date);
          return new Cursor(offset, date, Long.parseLong(parts[2].substring(2)));
        }
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      // fall through
    }
    throw new InvalidSearch("The page cursor '" + cursor + "' is not valid; use a startCursor or endCursor of a page");
  }

  private static int intOf(JsonNode page, String name, int fallback) {
    JsonNode value = page.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isInt()) {
      throw new InvalidSearch("The page property '" + name + "' must be a whole number, but was: " + value);
    }
    return value.intValue();
  }

  private static String textOf(JsonNode page, String name) {
    JsonNode value = page.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidSearch("The page property '" + name + "' must be a cursor string, but was: " + value);
    }
    return value.textValue();
  }
}
