package org.amends.engine.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Runs searches over the engine's tables. The tables are the history the engine writes after each
 * committed batch, so a search sees everything an earlier API call was answered for.
 */
public final class Searcher {

  private final DataSource dataSource;
  private final Conditions conditions;

  public Searcher(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.conditions = new Conditions(schema);
  }

  public SearchPage search(SearchSpec spec, SearchRequest request) {
    return search(spec, request, new Where());
  }

  /** A search narrowed further by conditions of the endpoint (e.g. a key from the path). */
  public SearchPage search(SearchSpec spec, SearchRequest request, Where extra) {
    Where where = where(spec, request.filter());
    if (!extra.isEmpty()) {
      where.add(conditions.sql(extra.sql()), extra.params().toArray());
    }
    String order = orderBy(spec, request.sort());
    int offset = request.offset();
    int size = request.pageSize();
    String from = " from " + conditions.sql(spec.from()) + " where " + where.sql();
    Keyset keyset = Keyset.of(spec, request, conditions);
    // a feed read page by page would count its whole history again for every page, and a
    // tasklist its tabs' on every page: counted up to a cap, as Camunda does, with
    // hasMoreTotalItems saying there are more
    boolean capped = keyset != null || spec.cappedCount();
    long total = capped ? countUpTo(Keyset.COUNT_CAP + 1, from, where.params()) : count(from, where.params());
    boolean more = capped && total > Keyset.COUNT_CAP;
    total = more ? Keyset.COUNT_CAP : total;
    if (size == 0) {
      return new SearchPage(List.of(), total, more, null, null);
    }
    List<SearchHit> hits;
    if (keyset == null) {
      hits = select(spec, Map.of(), from + " order by " + order + " limit ? offset ?", append(where.params(), size, offset));
    } else {
      // the page after a keyset cursor starts at its last row, not at an offset walked again
      Where page = new Where().add(where.sql(), where.params().toArray());
      keyset.after(request.afterCursor(), page);
      hits = select(spec, Map.of(Keyset.DATE_ALIAS, keyset.dateSql(), Keyset.KEY_ALIAS, "t.key"),
          " from " + conditions.sql(spec.from()) + " where " + page.sql() + " order by " + order + " limit ?"
              + (request.afterCursor() != null && request.afterCursor().lastDate() != null ? "" : " offset " + offset),
          append(page.params(), size));
    }
    String start = hits.isEmpty() ? null : SearchRequest.encode(offset);
    String end = hits.isEmpty() ? null : SearchRequest.encode(endOf(hits, offset, keyset));
    return new SearchPage(hits, total, more, start, end);
  }

  /** The cursor after the page's last row: its offset, and for keyset paging its date and key. */
  private static SearchRequest.Cursor endOf(List<SearchHit> hits, int offset, Keyset keyset) {
    int next = offset + hits.size();
    if (keyset == null) {
      return new SearchRequest.Cursor(next, null, null);
    }
    SearchHit last = hits.get(hits.size() - 1);
    Object date = last.values().get(Keyset.DATE_ALIAS);
    if (date == null) {
      return new SearchRequest.Cursor(next, null, null);
    }
    OffsetDateTime lastDate = date instanceof OffsetDateTime odt ? odt
        : ((java.sql.Timestamp) date).toInstant().atOffset(ZoneOffset.UTC);
    return new SearchRequest.Cursor(next, lastDate.toString(), last.longValue(Keyset.KEY_ALIAS));
  }

  /** The one row whose field has the value (GET by key); empty when none. */
  public Optional<SearchHit> find(SearchSpec spec, String fieldName, Object value) {
    Field field = spec.field(fieldName);
    Where where = where(spec, null);
    where.add(conditions.sql(field.sql()) + " = ?", value);
    String from = " from " + conditions.sql(spec.from()) + " where " + where.sql();
    List<SearchHit> hits = select(spec, from + " order by " + conditions.sql(spec.tieBreak()) + " limit 1", where.params());
    return hits.stream().findFirst();
  }

  /** Rows matching a filter, in the given SQL order (for results that are not paged). */
  public List<SearchHit> list(SearchSpec spec, JsonNode filter, String orderBy) {
    Where where = where(spec, filter);
    String from = " from " + conditions.sql(spec.from()) + " where " + where.sql();
    return select(spec, from + " order by " + conditions.sql(orderBy), where.params());
  }

  /**
   * A condition "{@code expression} is the key of a row the filter matches", to narrow other
   * queries (statistics over the process instances a filter selects).
   */
  public Where matching(String expression, SearchSpec spec, JsonNode filter) {
    Where where = where(spec, filter);
    Where result = new Where();
    result.add(expression + " in (select t.key from " + conditions.sql(spec.from()) + " where " + where.sql() + ")",
        where.params().toArray());
    return result;
  }

  /**
   * The keys of the rows a filter matches, in no particular order: for a query that then narrows
   * by them as a list whose length the planner knows (see ElementStatistics), where a condition
   * from {@link #matching} would be estimated through every condition of the filter.
   */
  public long[] keys(SearchSpec spec, JsonNode filter) {
    Where where = where(spec, filter);
    return rows("select t.key from " + conditions.sql(spec.from()) + " where " + where.sql(), where.params())
        .stream().mapToLong(row -> ((Number) row[0]).longValue()).toArray();
  }

  /**
   * Whether the filter narrows the search at all: the client sends empty lists and nulls for what
   * it was not asked to filter, which are no constraint.
   */
  public boolean constrains(SearchSpec spec, JsonNode filter) {
    Where where = new Where();
    conditions.filter(spec, filter, where);
    return !where.isEmpty();
  }

  /** Runs a query whose rows are (text, bigint...) tuples: for statistics and hierarchies. */
  public List<Object[]> rows(String sqlTemplate, Object... params) {
    return rows(sqlTemplate, List.of(params));
  }

  public List<Object[]> rows(String sqlTemplate, List<Object> params) {
    String sql = conditions.sql(sqlTemplate);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          Object[] row = new Object[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = result.getObject(i + 1);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("The search failed: " + e.getMessage(), e);
    }
  }

  private Where where(SearchSpec spec, JsonNode filter) {
    Where where = new Where();
    if (spec.baseCondition() != null) {
      where.add(conditions.sql(spec.baseCondition()));
    }
    conditions.filter(spec, filter, where);
    return where;
  }

  private String orderBy(SearchSpec spec, List<SearchRequest.Sort> sorts) {
    List<String> parts = new ArrayList<>();
    for (SearchRequest.Sort sort : sorts) {
      Field field = spec.field(sort.field());
      if (field == null) {
        throw new InvalidSearch("The sort field '" + sort.field() + "' is not supported in " + spec.name() + " searches");
      }
      parts.add(conditions.sql(field.sql()) + (sort.descending() ? " desc nulls last" : " asc nulls last"));
    }
    parts.add(conditions.sql(spec.tieBreak()));
    return String.join(", ", parts);
  }

  private long count(String from, List<Object> params) {
    return number("select count(*)" + from, params);
  }

  private long countUpTo(int limit, String from, List<Object> params) {
    return number("select count(*) from (select 1" + from + " limit " + limit + ") capped", params);
  }

  private long number(String sql, List<Object> params) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, params);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The search failed: " + e.getMessage(), e);
    }
  }

  private List<SearchHit> select(SearchSpec spec, String rest, List<Object> params) {
    return select(spec, Map.of(), rest, params);
  }

  /** The rows' JSON, the spec's selects and {@code extra} selects (SQL already resolved). */
  private List<SearchHit> select(SearchSpec spec, Map<String, String> extra, String rest, List<Object> params) {
    StringBuilder sql = new StringBuilder("select ").append(conditions.sql(spec.data())).append("::text");
    List<String> aliases = new ArrayList<>(spec.selects().keySet());
    for (String alias : aliases) {
      sql.append(", ").append(conditions.sql(spec.selects().get(alias)));
    }
    for (Map.Entry<String, String> column : extra.entrySet()) {
      aliases.add(column.getKey());
      sql.append(", ").append(column.getValue());
    }
    sql.append(rest);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      bind(statement, params);
      List<SearchHit> hits = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          Map<String, Object> values = new LinkedHashMap<>();
          for (int i = 0; i < aliases.size(); i++) {
            values.put(aliases.get(i), result.getObject(i + 2));
          }
          hits.add(new SearchHit(result.getString(1), values));
        }
      }
      return hits;
    } catch (SQLException e) {
      throw new IllegalStateException("The search failed: " + e.getMessage(), e);
    }
  }

  private static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
  }

  private static List<Object> append(List<Object> params, Object... more) {
    List<Object> all = new ArrayList<>(params);
    all.addAll(List.of(more));
    return all;
  }
}
