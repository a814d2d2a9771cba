package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What the user task listener suites share: the listener's job, the task, and calls that wait for listeners. */
abstract class UserTaskListenerTestSupport extends ApiTestSupport {

  /** The one job of the type, activated. */
  static ActivatedJob job(String type) {
    List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
    assertThat(jobs).as("jobs of type " + type).hasSize(1);
    return jobs.get(0);
  }

  static UserTask taskOf(long instance) {
    return client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0);
  }

  static ProcessInstanceState stateOf(long instance) {
    return client.newProcessInstanceGetRequest(instance).send().join().getState();
  }

  static List<Variable> variables(long instance, String name) {
    return client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name(name)).send().join().items();
  }

  /** The instances of one element of a process instance, with their states. */
  static List<ElementInstanceState> elementStates(long instance, String elementId) {
    return client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId(elementId)).send().join()
        .items().stream().map(ElementInstance::getState).toList();
  }

  /** A call that is still waiting a moment after it was sent (for its task's listeners). */
  static <T> CompletableFuture<T> stillWaiting(CompletableFuture<T> call) {
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    assertThat(call).as("the call waits for the task's listeners").isNotDone();
    return call;
  }
}
