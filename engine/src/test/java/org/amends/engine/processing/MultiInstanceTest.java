package org.amends.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.amends.engine.EngineTestSupport;
import org.amends.engine.api.ActivatedJob;
import org.junit.jupiter.api.Test;

class MultiInstanceTest extends EngineTestSupport {

  private void deployPreparation(boolean sequential, String completionCondition) {
    deploy(Bpmn.createExecutableProcess("prep")
        .startEvent()
        .serviceTask("ServiceTask_Prepare", t -> t.zeebeJobType("prepare")
            .multiInstance(m -> {
              var loop = sequential ? m.sequential() : m.parallel();
              loop.zeebeInputCollectionExpression("parties")
                  .zeebeInputElement("party")
                  .zeebeOutputCollection("meetings")
                  .zeebeOutputElementExpression("meeting");
              if (completionCondition != null) {
                loop.completionCondition(completionCondition);
              }
            }))
        .endEvent()
        .done());
  }

  @Test
  void shouldLetInputMappingsOfInnerInstancesSeeInputElementAndLoopCounter() {
    // given
    deploy(Bpmn.createExecutableProcess("invite")
        .startEvent()
        .serviceTask("ServiceTask_Invite", t -> t.zeebeJobType("invite")
            .zeebeInputExpression("party.id", "partyId")
            .zeebeInputExpression("loopCounter", "position")
            .multiInstance(m -> m.parallel()
                .zeebeInputCollectionExpression("parties")
                .zeebeInputElement("party")))
        .endEvent()
        .done());

    // when
    start("invite", Map.of("parties", List.of(Map.of("id", "P-1"), Map.of("id", "P-2"))));

    // then each inner instance mapped its own item and position
    assertThat(activate("invite"))
        .extracting(j -> j.variables().get("partyId") + "@" + j.variables().get("position"))
        .containsExactlyInAnyOrder("P-1@1", "P-2@2");
  }

  @Test
  void shouldOfferNumberOfTerminatedInstancesToTheCompletionCondition() {
    // given a condition that reads the terminated count (none yet when the first completes)
    deployPreparation(false, "=numberOfTerminatedInstances = 0 and numberOfCompletedInstances >= 1");
    long instance = start("prep", Map.of("parties", List.of("harmed", "harmer", "supporter")));
    List<ActivatedJob> jobs = activate("prepare");

    // when the first inner instance completes
    engine.jobs().complete(jobs.get(0).key(), Map.of("meeting", "met"));

    // then the condition held: the others were terminated and the body completed
    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(query("select count(*) from engine.element_instance where process_instance_key = ?"
        + " and data->>'elementId' = 'ServiceTask_Prepare' and data->>'type' = 'SERVICE_TASK' and state = 'TERMINATED'",
        instance)).containsExactly("2");
  }

  @Test
  void shouldRunParallelInstancesAndCollectOutputInOrder() {
    deployPreparation(false, null);
    long instance = start("prep", Map.of("parties", List.of("harmed", "harmer", "supporter")));

    List<ActivatedJob> jobs = activate("prepare");
    assertThat(jobs).hasSize(3);
    assertThat(jobs).extracting(j -> j.variables().get("party")).containsExactlyInAnyOrder("harmed", "harmer", "supporter");
    List<ActivatedJob> newestFirst = new java.util.ArrayList<>(jobs);
    java.util.Collections.reverse(newestFirst);
    for (ActivatedJob job : newestFirst) {
      engine.jobs().complete(job.key(), Map.of("meeting", "met " + job.variables().get("party")));
    }

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(variable(instance, "meetings")).isEqualTo(List.of("met harmed", "met harmer", "met supporter"));
  }

  @Test
  void shouldRunSequentialInstancesOneAfterAnother() {
    deployPreparation(true, null);
    long instance = start("prep", Map.of("parties", List.of("harmed", "harmer")));

    ActivatedJob first = activateOne("prepare");
    assertThat(first.variables()).containsEntry("party", "harmed").containsEntry("loopCounter", 1L);
    engine.jobs().complete(first.key(), Map.of("meeting", "m1"));
    ActivatedJob second = activateOne("prepare");
    assertThat(second.variables()).containsEntry("party", "harmer").containsEntry("loopCounter", 2L);
    engine.jobs().complete(second.key(), Map.of("meeting", "m2"));

    assertThat(variable(instance, "meetings")).isEqualTo(List.of("m1", "m2"));
  }

  @Test
  void shouldCompleteEarlyWhenCompletionConditionHolds() {
    deployPreparation(false, "= numberOfCompletedInstances >= 1");
    long instance = start("prep", Map.of("parties", List.of("a", "b", "c")));

    List<ActivatedJob> jobs = activate("prepare");
    engine.jobs().complete(jobs.get(0).key(), Map.of("meeting", "done"));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(activate("prepare")).isEmpty();
  }

  @Test
  void shouldSkipWhenInputCollectionIsEmpty() {
    deployPreparation(false, null);

    long instance = start("prep", Map.of("parties", List.of()));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
    assertThat(variable(instance, "meetings")).isEqualTo(List.of());
  }

  @Test
  void shouldRaiseIncidentWhenInputCollectionIsNotAList() {
    deployPreparation(false, null);

    long instance = start("prep", Map.of("parties", "harmed"));

    assertThat(incidents(instance)).singleElement().satisfies(i -> assertThat(i.errorMessage).contains("ARRAY"));
  }

  @Test
  void shouldRunMultiInstanceSubprocess() {
    deploy(Bpmn.createExecutableProcess("subMi")
        .startEvent()
        .subProcess("SubProcess_PerAction", s -> s.multiInstance(m -> m.parallel()
            .zeebeInputCollectionExpression("actions").zeebeInputElement("action")))
        .embeddedSubProcess()
        .startEvent()
        .serviceTask("ServiceTask_FollowUpAction", t -> t.zeebeJobType("follow-up-action"))
        .endEvent()
        .subProcessDone()
        .endEvent()
        .done());
    long instance = start("subMi", Map.of("actions", List.of("apology letter", "community work")));

    List<ActivatedJob> jobs = activate("follow-up-action");
    assertThat(jobs).hasSize(2);
    jobs.forEach(job -> engine.jobs().complete(job.key(), Map.of()));

    assertThat(processInstanceState(instance)).isEqualTo("COMPLETED");
  }
}
