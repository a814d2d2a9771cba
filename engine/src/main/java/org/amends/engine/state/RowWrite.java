package org.amends.engine.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A batch's rows and the next key written with one statement: an upsert per table from arrays
 * (one data-modifying {@code with} part each) and the key update as its main part. One statement
 * is one round trip to PostgreSQL and, run with auto-commit, one transaction: all of it is
 * written or none. The writer waits on the database for every batch, so round trips are what its
 * speed is made of; one per table and one for the commit used to cost several times this one.
 */
final class RowWrite {

  private final String schema;
  /** The statement for each set of tables met so far (few: a batch touches a handful). */
  private final Map<List<String>, String> statements = new ConcurrentHashMap<>();

  RowWrite(String schema) {
    this.schema = schema;
  }

  void write(Connection connection, Collection<Row> rows, long nextKey) throws SQLException {
    Map<String, List<Row>> byTable = new LinkedHashMap<>();
    for (String table : RowTables.all().values()) {
      byTable.put(table, new ArrayList<>());
    }
    for (Row row : rows) {
      byTable.get(RowTables.tableOf(row.getClass())).add(row);
    }
    byTable.values().removeIf(List::isEmpty);
    List<String> tables = List.copyOf(byTable.keySet());
    String sql = statements.computeIfAbsent(tables, this::statement);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int parameter = 1;
      for (List<Row> tableRows : byTable.values()) {
        int size = tableRows.size();
        Long[] keys = new Long[size];
        Long[] instances = new Long[size];
        String[] states = new String[size];
        Boolean[] active = new Boolean[size];
        String[] data = new String[size];
        for (int i = 0; i < size; i++) {
          Row row = tableRows.get(i);
          keys[i] = row.key();
          instances[i] = row.processInstanceKey();
          states[i] = row.stateName();
          active[i] = row.active();
          data[i] = Json.write(row);
        }
        statement.setArray(parameter++, connection.createArrayOf("bigint", keys));
        statement.setArray(parameter++, connection.createArrayOf("bigint", instances));
        statement.setArray(parameter++, connection.createArrayOf("text", states));
        statement.setArray(parameter++, connection.createArrayOf("boolean", active));
        statement.setArray(parameter++, connection.createArrayOf("text", data));
      }
      statement.setLong(parameter, nextKey);
      statement.executeUpdate();
    }
  }

  private String statement(List<String> tables) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < tables.size(); i++) {
      sql.append(i == 0 ? "with " : ", ").append("w").append(i).append(" as (insert into ")
          .append(schema).append('.').append(tables.get(i))
          .append(" (key, process_instance_key, state, active, data)")
          .append(" select k, p, s, a, d::jsonb from unnest(?::bigint[], ?::bigint[], ?::text[], ?::boolean[], ?::text[])")
          .append(" as r(k, p, s, a, d)")
          .append(" on conflict (key) do update set process_instance_key = excluded.process_instance_key,")
          .append(" state = excluded.state, active = excluded.active, data = excluded.data) ");
    }
    return sql.append("update ").append(schema).append(".engine_meta set value = ? where name = 'next_key'").toString();
  }
}
