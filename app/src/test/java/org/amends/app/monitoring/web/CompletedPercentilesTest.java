package org.amends.app.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.amends.app.EmbeddedEngineTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The unfiltered heatmap reads the completed instances' median and 90th percentile at their
 * positions in the index of times spent; they must be exactly PostgreSQL's percentile_cont over
 * the same rows (not close: the same double), for element sizes whose positions fall between two
 * values and on one, with times to the millisecond, a step without a time and other states and
 * multi-instance bodies left out; a filtered heatmap (one sort for both) gives the same; and the
 * kept counts follow rows written again, finished, terminated and deleted.
 */
@SpringBootTest
class CompletedPercentilesTest extends EmbeddedEngineTestSupport {

  @Autowired JdbcTemplate jdbc;
  @Autowired NamedParameterJdbcTemplate named;

  @Test
  void shouldGiveExactlyThePercentilesOfPostgres() {
    // given
    String process = "percentiles-" + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    long key = 7_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10_000;
    Random random = new Random(7);
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    int[] sizes = {1, 2, 3, 10, 11, 97, 1000};
    for (int element = 0; element < sizes.length; element++) {
      for (int i = 0; i < sizes[element]; i++) {
        Instant started = start.plusMillis(random.nextInt(1_000_000));
        Instant ended = started.plusMillis(random.nextLong(30L * 24 * 3600 * 1000));
        insert(key++, process, "Task_" + element, "USER_TASK", "COMPLETED", started, ended);
      }
      insert(key++, process, "Task_" + element, "USER_TASK", "ACTIVE", start, null);
      insert(key++, process, "Task_" + element, "USER_TASK", "TERMINATED", start, start.plusSeconds(5));
      insert(key++, process, "Task_" + element, "MULTI_INSTANCE_BODY", "COMPLETED", start, start.plusSeconds(9));
    }
    insert(key++, process, "Task_Untimed", "USER_TASK", "COMPLETED", start, null);

    // when: with no filter (read from the index) and with one (aggregated), which must agree
    ElementTimes elementTimes = new ElementTimes(named, Clock.fixed(start.plusSeconds(86_400), ZoneOffset.UTC));

    // then
    assertSameAsPostgres(elementTimes, process);
    assertThat(elementTimes.of(process, MonitoringFilter.none())).hasSize(sizes.length + 1)
        .hasEntrySatisfying("Task_Untimed", t -> assertThat(t.medianSpent()).isNull());

    // when: rows are imported again, finish, leave the figures and are deleted (the kept counts follow)
    jdbc.update("update amends.report_element_instance set ended_at = ended_at where process_id = ?", process);
    jdbc.update("update amends.report_element_instance set state = 'COMPLETED', ended_at = started_at + interval '3 hours'"
        + " where process_id = ? and state = 'ACTIVE' and element_id in ('Task_0', 'Task_5')", process);
    jdbc.update("update amends.report_element_instance set state = 'TERMINATED'"
        + " where process_id = ? and element_id = 'Task_4' and element_instance_key % 3 = 0", process);
    jdbc.update("delete from amends.report_element_instance where process_id = ? and element_id = 'Task_6'"
        + " and element_instance_key % 4 = 0", process);
    jdbc.update("delete from amends.report_element_instance where process_id = ? and element_id = 'Task_1'", process);

    // then
    assertSameAsPostgres(elementTimes, process);
    assertThat(elementTimes.of(process, MonitoringFilter.none())).doesNotContainKey("Task_1");
  }

  private void assertSameAsPostgres(ElementTimes elementTimes, String process) {
    Map<String, ElementTimes.Times> times = elementTimes.of(process, MonitoringFilter.none());
    Map<String, ElementTimes.Times> versionOne = elementTimes.of(process, new MonitoringFilter(1L, null, null, null, null));
    int[] elements = {0};
    jdbc.query("""
        select e.element_id, count(*),
          percentile_cont(0.5) within group (order by extract(epoch from e.ended_at - e.started_at)),
          percentile_cont(0.9) within group (order by extract(epoch from e.ended_at - e.started_at))
        from amends.report_element_instance e
        where e.process_id = ? and e.state = 'COMPLETED' and e.element_type <> 'MULTI_INSTANCE_BODY'
        group by e.element_id""", rs -> {
      elements[0]++;
      ElementTimes.Times these = times.get(rs.getString(1));
      assertThat(these.completed()).as(rs.getString(1)).isEqualTo(rs.getLong(2));
      assertThat(these.medianSpent()).as(rs.getString(1)).isEqualTo(ElementTimes.number(rs, 3));
      assertThat(these.p90Spent()).as(rs.getString(1)).isEqualTo(ElementTimes.number(rs, 4));
      assertThat(versionOne.get(rs.getString(1))).as(rs.getString(1)).isEqualTo(these);
    }, process);
    assertThat(times.values().stream().filter(t -> t.completed() > 0)).hasSize(elements[0]);
  }

  private void insert(long key, String process, String element, String type, String state, Instant started,
      Instant ended) {
    jdbc.update("""
        insert into amends.report_element_instance (element_instance_key, process_instance_key, process_definition_key,
          process_id, element_id, element_type, state, started_at, ended_at)
        values (?, ?, 1, ?, ?, ?, ?, ?, ?)""", key, key, process, element, type, state, Timestamp.from(started),
        ended == null ? null : Timestamp.from(ended));
  }
}
