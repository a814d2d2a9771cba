package org.amends.app.audit;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case a user task belongs to: the task's process instance is the case's journey. */
@Component
class TaskCaseLookup {

  private final CamundaClient camunda;
  private final JdbcClient jdbc;

  TaskCaseLookup(CamundaClient camunda, JdbcClient jdbc) {
    this.camunda = camunda;
    this.jdbc = jdbc;
  }

  Optional<Long> caseOf(long taskKey) {
    Long processInstanceKey;
    try {
      processInstanceKey = camunda.newUserTaskGetRequest(taskKey).send().join().getProcessInstanceKey();
    } catch (ProblemException e) {
      return Optional.empty(); // a task the engine does not know (any more): the row keeps its key
    } catch (RuntimeException e) {
      return Optional.empty(); // the engine cannot be asked: the audit row is still written, with the key
    }
    if (processInstanceKey == null) {
      return Optional.empty();
    }
    List<Long> ids = jdbc.sql("select id from amends.case_file where process_instance_key = ?")
        .param(processInstanceKey).query(Long.class).list();
    return ids.stream().findFirst();
  }
}
