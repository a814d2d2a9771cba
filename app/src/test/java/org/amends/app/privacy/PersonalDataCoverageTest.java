package org.amends.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every column of every table in the schema is either anonymised or kept on purpose: a column
 * added later fails here until someone decides which.
 */
class PersonalDataCoverageTest extends DataProtectionTestSupport {

  @Test
  void shouldSortEveryColumnOfTheSchemaIntoReplacedOrKept() {
    List<String> unsorted = jdbc.sql("""
            select c.table_name || '.' || c.column_name from information_schema.columns c
            join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
            where c.table_schema = 'amends' and t.table_type = 'BASE TABLE' order by 1""")
        .query(String.class).list().stream()
        .filter(column -> !sorted(column))
        .toList();

    assertThat(unsorted).as("columns neither anonymised nor kept in PersonalData").isEmpty();
  }

  @Test
  void shouldNotBothReplaceAndKeepAColumn() {
    PersonalData.REPLACED.forEach((table, columns) ->
        assertThat(PersonalData.KEPT.getOrDefault(table, Set.of())).as(table).doesNotContainAnyElementsOf(columns.keySet()));
  }

  private static boolean sorted(String column) {
    String table = column.substring(0, column.indexOf('.'));
    String name = column.substring(column.indexOf('.') + 1);
    return PersonalData.NOT_PERSONAL.contains(table) || PersonalData.STAFF_ACCOUNTS.contains(table)
        || PersonalData.REPLACED.getOrDefault(table, Map.of()).containsKey(name)
        || PersonalData.KEPT.getOrDefault(table, Set.of()).contains(name);
  }
}
