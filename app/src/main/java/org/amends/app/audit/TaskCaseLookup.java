package org.amends.app.audit;

import io.camunda.client.CamundaClient;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The case a user task belongs to: the case's journey is the root of the task's process instance
 * (a task may sit in a called process, one per party).
 */
@Component
class TaskCaseLookup {

  /** Deeper than the journey's call activities ever go; guards against a cycle. */
  private static final int MAX_DEPTH = 10;

  private final CamundaClient camunda;
  private final JdbcClient jdbc;

  TaskCaseLookup(CamundaClient camunda, JdbcClient jdbc) {
    this.camunda = camunda;
    this.jdbc = jdbc;
  }

  Optional<Long> caseOf(long taskKey) {
    try {
      Long instance = camunda.newUserTaskGetRequest(taskKey).send().join().getProcessInstanceKey();
      for (int depth = 0; instance != null && depth < MAX_DEPTH; depth++) {
        List<Long> ids = jdbc.sql("select id from amends.case_file where process_instance_key = ?")
            .param(instance).query(Long.class).list();
        if (!ids.isEmpty()) {
          return Optional.of(ids.get(0));
        }
        instance = camunda.newProcessInstanceGetRequest(instance).send().join().getParentProcessInstanceKey();
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      // a task the engine does not know (any more), or an engine that cannot be asked: the audit
      // row is still written, with the task's key
      return Optional.empty();
    }
  }
}
