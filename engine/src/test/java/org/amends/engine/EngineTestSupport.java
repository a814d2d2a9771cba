package org.amends.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.api.DeploymentResult;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.server.LocalPostgres;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;
import org.amends.engine.state.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Engine tests run the real engine on real PostgreSQL (one temporary server per test JVM), with
 * a pinned clock; each test starts from a purged engine.
 */
public abstract class EngineTestSupport {

  private static LocalPostgres postgres;
  protected static Engine engine;
  protected static EngineClock clock;

  @BeforeAll
  static void startEngine() {
    if (postgres == null) {
      postgres = LocalPostgres.startTemporary();
      Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
    }
    clock = new EngineClock();
    engine = Engine.start(new EngineConfiguration(postgres.dataSource(), "engine", clock));
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @BeforeEach
  void purge() {
    engine.purge();
    clock.pin(Instant.parse("2026-01-05T09:00:00Z"));
  }

  protected static javax.sql.DataSource dataSource() {
    return postgres.dataSource();
  }

  protected DeploymentResult deploy(BpmnModelInstance... models) {
    List<DeploymentResource> resources = new ArrayList<>();
    for (int i = 0; i < models.length; i++) {
      resources.add(new DeploymentResource("process" + i + ".bpmn",
          Bpmn.convertToString(models[i]).getBytes(StandardCharsets.UTF_8)));
    }
    return engine.deploy(resources, null);
  }

  protected DeploymentResult deployResource(String name, String content) {
    return engine.deploy(List.of(new DeploymentResource(name, content.getBytes(StandardCharsets.UTF_8))), null);
  }

  protected long start(String processId, Map<String, Object> variables) {
    return engine.createProcessInstance(new CreateProcessInstance(null, processId, null, variables, null, null))
        .processInstanceKey();
  }

  protected long start(String processId) {
    return start(processId, Map.of());
  }

  protected List<ActivatedJob> activate(String type) {
    return engine.jobs().activate(new ActivateJobs(type, "test", Duration.ofMinutes(5), 10, List.of(), Duration.ZERO, List.of()))
        .join();
  }

  protected ActivatedJob activateOne(String type) {
    List<ActivatedJob> jobs = activate(type);
    if (jobs.size() != 1) {
      throw new AssertionError("expected one job of type '" + type + "' but got " + jobs.size());
    }
    return jobs.get(0);
  }

  protected void completeJob(String type, Map<String, Object> variables) {
    engine.jobs().complete(activateOne(type).key(), variables);
  }

  /** Element ids of the process instance's element instances that are active now. */
  protected List<String> activeElements(long processInstanceKey) {
    return engine.read(s -> s.elementInstances.values().stream()
        .filter(i -> i.processInstanceKey == processInstanceKey && !i.isProcessInstance())
        .sorted(Comparator.comparingLong(i -> i.key))
        .map(i -> i.elementId)
        .toList());
  }

  protected boolean isActive(long processInstanceKey) {
    return engine.read(s -> s.elementInstances.containsKey(processInstanceKey));
  }

  /** The final state of a process instance from the database: COMPLETED, TERMINATED or an active state. */
  protected String processInstanceState(long processInstanceKey) {
    return query("select state from engine.element_instance where key = ?", processInstanceKey).stream()
        .findFirst().orElse(null);
  }

  /** Element ids that completed in the instance, in order. */
  protected List<String> completedElements(long processInstanceKey) {
    return query(
        "select element_id from (select data->>'elementId' element_id, key from engine.history_event"
            + " where process_instance_key = ? and state = 'ELEMENT_COMPLETED' and (data->>'elementInstanceKey')::bigint <> process_instance_key) t order by key",
        processInstanceKey);
  }

  protected List<String> takenFlows(long processInstanceKey) {
    return query(
        "select data->>'elementId' from engine.history_event where process_instance_key = ? and state = 'SEQUENCE_FLOW_TAKEN' order by key",
        processInstanceKey);
  }

  protected Map<String, Object> processVariables(long processInstanceKey) {
    return engine.read(s -> {
      Map<String, Object> result = new java.util.HashMap<>();
      s.variables(processInstanceKey).values().forEach(v -> result.put(v.name, org.amends.engine.state.Json.parseValue(v.value)));
      return result;
    });
  }

  /** The last value a variable had in the instance (also after the instance ended). */
  protected Object variable(long processInstanceKey, String name) {
    List<String> values = query(
        "select data->>'value' from engine.variable where process_instance_key = ? and data->>'name' = ? order by (data->>'scopeKey')::bigint, key desc",
        processInstanceKey, name);
    return values.isEmpty() ? null : org.amends.engine.state.Json.parseValue(values.get(0));
  }

  protected List<Incident> incidents(long processInstanceKey) {
    return engine.read(s -> s.incidents.values().stream()
        .filter(i -> i.processInstanceKey == processInstanceKey && i.active())
        .toList());
  }

  protected List<UserTask> userTasks(long processInstanceKey) {
    return engine.read(s -> s.userTasks.values().stream()
        .filter(t -> t.processInstanceKey == processInstanceKey && t.active())
        .toList());
  }

  protected List<ElementInstance> childProcessInstances(long parentKey) {
    return engine.read(s -> s.elementInstances.values().stream()
        .filter(i -> i.isProcessInstance() && i.parentProcessInstanceKey == parentKey)
        .toList());
  }

  /** Moves the engine clock on; due timers fire before this returns. */
  protected void advance(Duration duration) {
    engine.addToClock(duration);
  }

  protected static List<String> query(String sql, Object... parameters) {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
