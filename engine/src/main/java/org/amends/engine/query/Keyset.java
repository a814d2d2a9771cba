package org.amends.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * Keyset paging for the searches an import runs: sorted ascending by one date its filter bounds
 * (so no matching row lacks it), then by key. The page after such a cursor starts with a
 * condition {@code (date, key) > (last date, last key)}, which the date indexes answer directly,
 * instead of an offset that walks every earlier row again: a feed read page by page then costs
 * what it reads, not the square of the history. Any other search pages by offset.
 */
record Keyset(String dateSql) {

  /** Filter operators that only a row with a value can meet. */
  private static final Set<String> BOUNDING = Set.of("$eq", "$gt", "$gte", "$lt", "$lte", "$in");

  /**
   * Such a search counts its matches up to this many and then says there are more
   * (hasMoreTotalItems), as Camunda's searches do: an import reading 200,000 rows page by page
   * would otherwise count all of them again for every page.
   */
  static final int COUNT_CAP = 10_000;

  static final String DATE_ALIAS = "keyset_date";
  static final String KEY_ALIAS = "keyset_key";

  /** The keyset of this request, or null when it must page by offset. */
  static Keyset of(SearchSpec spec, SearchRequest request, Conditions conditions) {
    if (request.before() != null || request.sort().size() != 1 || !"t.key".equals(spec.tieBreak())) {
      return null;
    }
    SearchRequest.Sort sort = request.sort().get(0);
    Field field = spec.field(sort.field());
    if (sort.descending() || field == null || field.type() != FieldType.DATE || !bounds(request.filter(), sort.field())) {
      return null;
    }
    return new Keyset(conditions.sql(field.sql()));
  }

  private static boolean bounds(JsonNode filter, String name) {
    JsonNode value = filter == null ? null : filter.get(name);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isObject()) {
      return true; // a plain value means equals
    }
    for (String operator : BOUNDING) {
      JsonNode operand = value.get(operator);
      if (operand != null && !operand.isNull()) {
        return true;
      }
    }
    return false;
  }

  /** Rows after the cursor's last row, when the cursor carries one. */
  void after(SearchRequest.Cursor cursor, Where where) {
    if (cursor != null && cursor.lastDate() != null) {
      where.add("(" + dateSql + ", t.key) > (?, ?)", OffsetDateTime.parse(cursor.lastDate()), cursor.lastKey());
    }
  }
}
