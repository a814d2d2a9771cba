package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.AdHocSubProcessBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.amends.engine.EngineException;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.AdHocJobResult;
import org.amends.engine.api.AdHocJobResult.ActivateElement;
import org.amends.engine.deployment.DeploymentRejected;
import org.amends.engine.state.Incident;
import org.junit.jupiter.api.Test;

/** The ad-hoc subprocess as Zeebe 8.8 runs it, element by element. */
class AdHocSubProcessTest extends EngineTestSupport {

  /** An ad-hoc subprocess with three service tasks (job types "contact", "visit", "letter"). */
  private static BpmnModelInstance adHoc(String processId, Consumer<AdHocSubProcessBuilder> settings) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .adHocSubProcess("AdHoc_Preparation", a -> {
          a.serviceTask("ServiceTask_Contact", t -> t.zeebeJobType("contact"));
          a.serviceTask("ServiceTask_Visit", t -> t.zeebeJobType("visit"));
          a.serviceTask("ServiceTask_Letter", t -> t.zeebeJobType("letter"));
          settings.accept(a);
        })
        .endEvent("EndEvent_Prepared")
        .done();
  }

  private long adHocInstance(long processInstanceKey) {
    return engine.read(s -> s.elementInstances.values().stream()
        .filter(i -> i.processInstanceKey == processInstanceKey && i.elementId.equals("AdHoc_Preparation"))
        .findFirst().orElseThrow().key);
  }

  @Test
  void shouldActivateTheElementsOfTheActiveElementsCollectionEachInItsOwnInnerInstance() {
    deploy(adHoc("collection", a -> a.zeebeActiveElementsCollectionExpression("steps")));

    long instance = start("collection", Map.of("steps", List.of("ServiceTask_Contact", "ServiceTask_Visit")));

    assertThat(activeElements(instance)).containsExactly("AdHoc_Preparation",
        "AdHoc_Preparation#innerInstance", "ServiceTask_Contact", "AdHoc_Preparation#innerInstance", "ServiceTask_Visit");
    assertThat(activate("letter")).isEmpty();
    // without a completion condition it completes once nothing inside is active
    completeJob("contact", Map.of());
    assertThat(isActive(instance)).isTrue();
    completeJob("visit", Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldStayActiveWhenNothingIsToBeActivated() {
    deploy(adHoc("nothing", a -> a.zeebeActiveElementsCollectionExpression("[]")));

    long instance = start("nothing");

    assertThat(activeElements(instance)).containsExactly("AdHoc_Preparation");
    assertThat(processVariables(instance)).doesNotContainKey("adHocSubProcessElements");
  }

  @Test
  void shouldDescribeItsActivatableElementsInALocalVariable() {
    deploy(adHoc("described", a -> {}));
    long instance = start("described");

    long adHoc = adHocInstance(instance);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> elements = (List<Map<String, Object>>) engine.read(s -> s.variables(adHoc))
        .values().stream().filter(v -> v.name.equals("adHocSubProcessElements"))
        .map(v -> org.amends.engine.state.Json.parseValue(v.value)).findFirst().orElseThrow();
    assertThat(elements).extracting(e -> e.get("elementId"))
        .containsExactly("ServiceTask_Contact", "ServiceTask_Visit", "ServiceTask_Letter");
  }

  @Test
  void shouldCompleteAndCancelTheRemainingActivationsWhenTheConditionHolds() {
    deploy(adHoc("condition", a -> a.zeebeActiveElementsCollectionExpression("[\"ServiceTask_Contact\", \"ServiceTask_Visit\"]")
        .completionCondition("=prepared")));
    long instance = start("condition", Map.of("prepared", false));

    completeJob("contact", Map.of("prepared", true));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(activate("visit")).isEmpty();
  }

  @Test
  void shouldWaitForTheRemainingActivationsWithoutCancelRemainingInstances() {
    deploy(adHoc("noCancel", a -> a.zeebeActiveElementsCollectionExpression("[\"ServiceTask_Contact\", \"ServiceTask_Visit\"]")
        .completionCondition("=prepared").cancelRemainingInstances(false)));
    long instance = start("noCancel", Map.of("prepared", false));

    completeJob("contact", Map.of("prepared", true));
    assertThat(activeElements(instance)).contains("ServiceTask_Visit");

    completeJob("visit", Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldStayActiveWhileTheConditionDoesNotHold() {
    deploy(adHoc("notYet", a -> a.zeebeActiveElementsCollectionExpression("[\"ServiceTask_Contact\"]")
        .completionCondition("=prepared")));
    long instance = start("notYet", Map.of("prepared", false));

    completeJob("contact", Map.of());

    assertThat(activeElements(instance)).containsExactly("AdHoc_Preparation");
  }

  @Test
  void shouldRaiseAnIncidentWhenTheConditionCannotBeEvaluatedAndGoOnOnceResolved() {
    deploy(adHoc("badCondition", a -> a.zeebeActiveElementsCollectionExpression("[\"ServiceTask_Contact\"]")
        .completionCondition("=visits > 1")));
    long instance = start("badCondition");

    completeJob("contact", Map.of());

    Incident incident = incidents(instance).get(0);
    assertThat(incident.errorType).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.errorMessage).startsWith("Failed to evaluate completion condition. ");
    engine.setVariables(instance, Map.of("visits", 2), false);
    engine.resolveIncident(incident.key);
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldRaiseAnIncidentForAnElementItDoesNotHave() {
    deploy(adHoc("unknown", a -> a.zeebeActiveElementsCollectionExpression("[\"ServiceTask_Contact\", \"Task_Missing\"]")));

    long instance = start("unknown");

    assertThat(incidents(instance)).singleElement().satisfies(incident -> {
      assertThat(incident.errorType).isEqualTo("EXTRACT_VALUE_ERROR");
      assertThat(incident.errorMessage)
          .isEqualTo("Failed to activate ad-hoc elements. No BPMN elements found with ids: 'Task_Missing'.");
    });
    assertThat(activate("contact")).isEmpty();
  }

  @Test
  void shouldRaiseAnIncidentWhenTheCollectionIsNotAListOfStrings() {
    deploy(adHoc("notAList", a -> a.zeebeActiveElementsCollectionExpression("steps")));

    long instance = start("notAList", Map.of("steps", "ServiceTask_Contact"));

    List<Incident> incidents = incidents(instance);
    assertThat(incidents).singleElement().satisfies(incident ->
        assertThat(incident.errorMessage).startsWith("Failed to activate ad-hoc elements. Expected result of the expression 'steps' to be 'ARRAY'"));
  }

  @Test
  void shouldFollowTheSequenceFlowsInsideAnActivation() {
    deploy(Bpmn.createExecutableProcess("chained").startEvent()
        .adHocSubProcess("AdHoc_Preparation", a -> {
          a.zeebeActiveElementsCollectionExpression("[\"ServiceTask_Contact\"]");
          a.serviceTask("ServiceTask_Contact", t -> t.zeebeJobType("contact")).serviceTask("ServiceTask_Visit", t -> t.zeebeJobType("visit"));
        })
        .endEvent().done());
    long instance = start("chained");

    completeJob("contact", Map.of());
    assertThat(activeElements(instance)).containsExactly("AdHoc_Preparation", "AdHoc_Preparation#innerInstance", "ServiceTask_Visit");
    completeJob("visit", Map.of());

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldCollectTheOutputOfEachActivation() {
    deploy(adHoc("collected", a -> a.zeebeActiveElementsCollectionExpression("[\"ServiceTask_Contact\", \"ServiceTask_Visit\"]")
        .zeebeOutputCollection("results").zeebeOutputElementExpression("result")));
    long instance = start("collected");

    completeJob("visit", Map.of("result", "visited"));
    completeJob("contact", Map.of("result", "contacted"));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(variable(instance, "results")).isEqualTo(List.of("visited", "contacted"));
    // each activation's result stayed in its own scope
    assertThat(query("select key from engine.variable where process_instance_key = ? and data->>'name' = 'result'"
        + " and (data->>'scopeKey')::bigint = ?", instance, instance)).isEmpty();
  }

  @Test
  void shouldActivateElementsThroughTheApiWithTheirVariables() {
    deploy(adHoc("api", a -> {}));
    long instance = start("api");

    engine.activateAdHocSubProcessActivities(adHocInstance(instance),
        List.of(new ActivateElement("ServiceTask_Letter", Map.of("recipient", "harmed"))));

    ActivatedJob letter = activateOne("letter");
    assertThat(letter.variables()).containsEntry("recipient", "harmed");
    engine.jobs().complete(letter.key(), Map.of());
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldRefuseActivationsZeebeRefuses() {
    deploy(adHoc("refused", a -> {}));
    long instance = start("refused");
    long adHoc = adHocInstance(instance);

    assertThatThrownBy(() -> engine.activateAdHocSubProcessActivities(adHoc,
        List.of(new ActivateElement("ServiceTask_Letter", null), new ActivateElement("ServiceTask_Letter", null))))
        .isInstanceOf(EngineException.class).hasMessage("Expected to activate activities for ad-hoc sub-process with key '"
            + adHoc + "', but duplicate activities were given.");
    assertThatThrownBy(() -> engine.activateAdHocSubProcessActivities(adHoc, List.of(new ActivateElement("Task_Missing", null))))
        .isInstanceOf(EngineException.class).hasMessage("Expected to activate activities for ad-hoc sub-process with key '"
            + adHoc + "', but the given elements [Task_Missing] do not exist.");
    assertThatThrownBy(() -> engine.activateAdHocSubProcessActivities(instance, List.of(new ActivateElement("ServiceTask_Letter", null))))
        .isInstanceOf(EngineException.class).hasMessage(
            "Expected to activate activities for ad-hoc sub-process but no ad-hoc sub-process instance found with key '" + instance + "'.");
  }

  @Test
  void shouldLetAJobWorkerDecideWhatToActivateAndWhenItIsDone() {
    deploy(adHoc("agent", a -> a.zeebeJobType("plan-preparation")));
    long instance = start("agent");

    // the worker sees what it can activate, and activates one element
    ActivatedJob plan = activateOne("plan-preparation");
    assertThat(plan.variables()).containsKey("adHocSubProcessElements");
    engine.jobs().complete(plan.key(), Map.of("plan", "contact first"),
        new AdHocJobResult(List.of(new ActivateElement("ServiceTask_Contact", Map.of())), false, false));
    assertThat(activate("plan-preparation")).isEmpty();

    // when the element completes the worker is asked again, and this time it is done
    completeJob("contact", Map.of());
    ActivatedJob again = activateOne("plan-preparation");
    assertThat(again.variables()).containsEntry("plan", "contact first");
    engine.jobs().complete(again.key(), Map.of(), new AdHocJobResult(List.of(), true, true));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }

  @Test
  void shouldRefuseAJobResultThatActivatesAndCompletesAtOnce() {
    deploy(adHoc("both", a -> a.zeebeJobType("plan-both")));
    start("both");
    ActivatedJob plan = activateOne("plan-both");

    assertThatThrownBy(() -> engine.jobs().complete(plan.key(), Map.of(),
        new AdHocJobResult(List.of(new ActivateElement("ServiceTask_Contact", Map.of())), true, false)))
        .isInstanceOf(EngineException.class).hasMessageContaining("both were given");
  }

  @Test
  void shouldRefuseAnAdHocSubprocessWithoutActivitiesOrWithAStartEvent() {
    assertThatThrownBy(() -> deploy(Bpmn.createExecutableProcess("empty").startEvent()
        .adHocSubProcess("AdHoc_Empty", a -> {}).endEvent().done()))
        .isInstanceOf(DeploymentRejected.class).hasMessageContaining("AdHoc_Empty").hasMessageContaining("Must have at least one activity.");
  }
}
