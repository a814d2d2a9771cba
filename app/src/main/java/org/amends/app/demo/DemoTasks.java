package org.amends.app.demo;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's hands in the tasklist: finds a case's open user task (its own or one of its called
 * processes', which carry the case id too), claims it for a user and completes it, through the
 * Camunda client as a coordinator's tasklist would.
 */
class DemoTasks {

  private static final Duration POLL = Duration.ofMillis(200);

  private final CamundaClient camunda;
  private final Duration wait;

  DemoTasks(CamundaClient camunda, Duration wait) {
    this.camunda = camunda;
    this.wait = wait;
  }

  /**
   * The open task at {@code elementId} of the case, waiting for the job workers to get the case
   * there. {@code partyId}, when not null, picks the party's task in a process called for each
   * party, which holds the party's id as a process variable. Variable filters compare with the
   * value's JSON text, which for an id is its digits.
   */
  UserTask open(long caseId, String elementId, Long partyId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseId", caseId);
    if (partyId != null) {
      variables.put("partyId", partyId);
    }
    Instant deadline = Instant.now().plus(wait);
    while (true) {
      List<UserTask> open = camunda.newUserTaskSearchRequest()
          .filter(f -> f.elementId(elementId).state(UserTaskState.CREATED)
              .processInstanceVariables(variables))
          .send()
          .join()
          .items();
      if (!open.isEmpty()) {
        return open.get(0);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("No open task " + elementId + " for case " + caseId
            + (partyId == null ? "" : " and party " + partyId) + " after " + wait.toSeconds()
            + " s; are the job workers running (camunda.client.worker.defaults.enabled)?");
      }
      sleep();
    }
  }

  void assign(UserTask task, String user) {
    camunda.newAssignUserTaskCommand(task.getUserTaskKey()).assignee(user).send().join();
  }

  /** Claims the task for the user, then completes it with the form's answers. */
  void complete(UserTask task, String user, Map<String, Object> answers) {
    assign(task, user);
    camunda.newCompleteUserTaskCommand(task.getUserTaskKey()).variables(answers).send().join();
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a demo task", e);
    }
  }
}
