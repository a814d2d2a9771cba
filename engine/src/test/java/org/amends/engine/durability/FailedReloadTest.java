package org.amends.engine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.amends.engine.Engine;
import org.amends.engine.EngineConfiguration;
import org.amends.engine.EngineException;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.clock.EngineClock;
import org.junit.jupiter.api.Test;

/**
 * A batch that cannot be written is dropped and the state reloaded; when the reload fails too
 * (a table is gone), the engine refuses commands rather than run on a half-loaded state, and when
 * the database is back its new keys continue above every key stored: no new row lands on an old
 * one.
 */
class FailedReloadTest extends EngineTestSupport {

  private static final String SCHEMA = "engine_reload_test";

  @Test
  void failedReloadRefusesCommandsAndKeysContinueFromTheHighestStored() throws SQLException {
    try (Engine reloading = Engine.start(new EngineConfiguration(dataSource(), SCHEMA, new EngineClock()))) {
      reloading.deploy(List.of(new DeploymentResource("reload.bpmn", Bpmn.convertToString(
          Bpmn.createExecutableProcess("reload").startEvent()
              .serviceTask("Task", t -> t.zeebeJobType("reload-work")).endEvent().done())
          .getBytes(StandardCharsets.UTF_8))), null);
      long first = create(reloading);
      long highestBefore = highestKey();

      // when the variable table is gone: the write fails, and so does the reload
      sql("alter table " + SCHEMA + ".variable rename to variable_away");
      try {
        assertThatThrownBy(() -> create(reloading))
            .isInstanceOf(EngineException.class)
            .hasMessageContaining("could not load its state from the database");
        // then nothing runs on a half-loaded state
        assertThatThrownBy(() -> reloading.publishMessage("ping", "1", Duration.ZERO, null, Map.of(), null))
            .isInstanceOf(EngineException.class)
            .satisfies(e -> assertThat(((EngineException) e).kind()).isEqualTo(EngineException.Kind.UNAVAILABLE));
      } finally {
        sql("alter table " + SCHEMA + ".variable_away rename to variable");
      }

      // and once the table is back, new keys are above every stored key and the old instance is intact
      long second = create(reloading);
      assertThat(second).isGreaterThan(highestBefore);
      var jobs = reloading.jobs().activate(new ActivateJobs("reload-work", "test", Duration.ofMinutes(5), 10, List.of(),
          Duration.ZERO, List.of())).join();
      assertThat(jobs).extracting(j -> j.processInstanceKey()).containsExactlyInAnyOrder(first, second);
      assertThat(jobs).allSatisfy(j -> assertThat(j.variables()).containsEntry("n", 1L));
    } finally {
      sql("drop schema " + SCHEMA + " cascade");
    }
  }

  private static long create(Engine engine) {
    return engine.createProcessInstance(new CreateProcessInstance(null, "reload", null, Map.of("n", 1), null, null))
        .processInstanceKey();
  }

  private static long highestKey() throws SQLException {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(
            "select greatest((select max(key) from " + SCHEMA + ".element_instance), (select max(key) from " + SCHEMA
                + ".variable), (select max(key) from " + SCHEMA + ".job), (select max(key) from " + SCHEMA
                + ".history_event))")) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void sql(String sql) throws SQLException {
    try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
