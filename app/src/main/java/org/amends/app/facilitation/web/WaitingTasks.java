package org.amends.app.facilitation.web;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.util.List;
import org.amends.app.security.Role;
import org.springframework.stereotype.Component;

/**
 * What waits for the facilitators on a case: its open user tasks for the facilitators' group,
 * through the Camunda client's search (so it works against a Camunda 8 cluster too).
 */
@Component
class WaitingTasks {

  /** An open task: its key for the link to the tasklist, and its name. */
  record Waiting(long key, String name) {}

  private static final int MOST = 20;

  private final CamundaClient camunda;

  WaitingTasks(CamundaClient camunda) {
    this.camunda = camunda;
  }

  List<Waiting> on(long caseId) {
    String id = String.valueOf(caseId);
    return camunda.newUserTaskSearchRequest()
        .filter(f -> f.state(UserTaskState.CREATED)
            .candidateGroup(Role.FACILITATOR.group())
            .processInstanceVariables(List.of(v -> v.name("caseId").value(s -> s.in(List.of(id))))))
        .sort(s -> s.creationDate().asc())
        .page(p -> p.limit(MOST))
        .send().join().items().stream()
        .map(t -> new Waiting(t.getUserTaskKey(), t.getName() != null ? t.getName() : t.getElementId()))
        .toList();
  }
}
