package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.AdHocSubProcessBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The ad-hoc subprocess through the real client: its element instances, the activation command
 * (REST only in the 8.8 client) and the job worker's adHocSubProcess job result (gRPC or REST).
 */
class AdHocSubProcessApiTest extends ApiTestSupport {

  private static BpmnModelInstance adHoc(String processId, Consumer<AdHocSubProcessBuilder> settings) {
    return Bpmn.createExecutableProcess(processId).startEvent()
        .adHocSubProcess("AdHoc_Preparation", a -> {
          a.serviceTask("ServiceTask_Contact", t -> t.zeebeJobType("contact-" + processId));
          a.serviceTask("ServiceTask_Letter", t -> t.zeebeJobType("letter-" + processId));
          settings.accept(a);
        })
        .endEvent().done();
  }

  private static List<ActivatedJob> jobs(String type, int expected) {
    List<ActivatedJob> jobs = new ArrayList<>();
    await(() -> {
      jobs.addAll(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
          .requestTimeout(Duration.ofMillis(500)).send().join().getJobs());
      return jobs.size() >= expected;
    });
    return jobs;
  }

  private static List<ElementInstance> active(long instance) {
    return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance))
        .sort(s -> s.elementInstanceKey().asc()).send().join().items().stream()
        .filter(e -> e.getState() == io.camunda.client.api.search.enums.ElementInstanceState.ACTIVE).toList();
  }

  private static long adHocKey(long instance) {
    return active(instance).stream().filter(e -> e.getType() == ElementInstanceType.AD_HOC_SUB_PROCESS)
        .findFirst().orElseThrow().getElementInstanceKey();
  }

  private static void awaitCompleted(long instance) {
    await(() -> client.newProcessInstanceGetRequest(instance).send().join().getState() == ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldShowEachActivationAsAnInnerInstance() {
    String processId = uniqueId("Process_AdHoc");
    deploy(adHoc(processId, a -> a.zeebeActiveElementsCollectionExpression("[\"ServiceTask_Contact\"]")));

    long instance = start(processId).getProcessInstanceKey();

    assertThat(active(instance)).extracting(ElementInstance::getType).containsExactly(
        ElementInstanceType.AD_HOC_SUB_PROCESS, ElementInstanceType.AD_HOC_SUB_PROCESS_INNER_INSTANCE, ElementInstanceType.SERVICE_TASK);
    assertThat(active(instance)).extracting(ElementInstance::getElementId)
        .containsExactly("AdHoc_Preparation", "AdHoc_Preparation#innerInstance", "ServiceTask_Contact");
    jobs("contact-" + processId, 1).forEach(job -> client.newCompleteCommand(job.getKey()).send().join());
    awaitCompleted(instance);
  }

  @Test
  void shouldActivateElementsWithTheClientsCommand() {
    String processId = uniqueId("Process_AdHocActivate");
    deploy(adHoc(processId, a -> {}));
    long instance = start(processId).getProcessInstanceKey();

    client.newActivateAdHocSubProcessActivitiesCommand(String.valueOf(adHocKey(instance)))
        .activateElement("ServiceTask_Letter", Map.of("recipient", "harmed")).send().join();

    ActivatedJob letter = jobs("letter-" + processId, 1).get(0);
    assertThat(letter.getVariablesAsMap()).containsEntry("recipient", "harmed");
    client.newCompleteCommand(letter.getKey()).send().join();
    awaitCompleted(instance);
  }

  @Test
  void shouldRefuseToActivateAnElementTheSubprocessDoesNotHave() {
    String processId = uniqueId("Process_AdHocUnknown");
    deploy(adHoc(processId, a -> {}));
    long adHoc = adHocKey(start(processId).getProcessInstanceKey());

    Refusal unknown = problemOf(() -> client.newActivateAdHocSubProcessActivitiesCommand(String.valueOf(adHoc))
        .activateElement("Task_Missing").send().join());
    Refusal twice = problemOf(() -> client.newActivateAdHocSubProcessActivitiesCommand(String.valueOf(adHoc))
        .activateElements("ServiceTask_Letter", "ServiceTask_Letter").send().join());

    assertThat(unknown).isEqualTo(new Refusal(Refusal.Kind.NOT_FOUND, "Expected to activate activities for ad-hoc sub-process with key '"
        + adHoc + "', but the given elements [Task_Missing] do not exist."));
    assertThat(twice).isEqualTo(new Refusal(Refusal.Kind.INVALID_ARGUMENT, "Expected to activate activities for ad-hoc sub-process with key '"
        + adHoc + "', but duplicate activities were given."));
  }

  @Test
  void shouldLetAJobWorkerDecideThroughItsJobResult() {
    String processId = uniqueId("Process_AdHocWorker");
    String planner = "plan-" + processId;
    deploy(adHoc(processId, a -> a.zeebeJobType(planner)));
    long instance = start(processId).getProcessInstanceKey();

    // the worker activates the letter
    ActivatedJob plan = jobs(planner, 1).get(0);
    assertThat(plan.getVariablesAsMap()).containsKey("adHocSubProcessElements");
    client.newCompleteCommand(plan.getKey())
        .withResult(r -> r.forAdHocSubProcess().activateElement("ServiceTask_Letter").variable("recipient", "harmer"))
        .send().join();
    ActivatedJob letter = jobs("letter-" + processId, 1).get(0);
    assertThat(letter.getVariablesAsMap()).containsEntry("recipient", "harmer");
    client.newCompleteCommand(letter.getKey()).send().join();

    // asked again once the letter is done, it declares the subprocess complete
    ActivatedJob again = jobs(planner, 1).get(0);
    client.newCompleteCommand(again.getKey())
        .withResult(r -> r.forAdHocSubProcess().completionConditionFulfilled(true).cancelRemainingInstances(true))
        .send().join();
    awaitCompleted(instance);
  }
}
