package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.Job;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Process instance migration through the client, on either transport, with Zeebe 8.8's rules. */
class ProcessInstanceMigrationApiTest extends ApiTestSupport {

  private static BpmnModelInstance oneUserTask(String processId, String taskId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .userTask(taskId, t -> t.zeebeUserTask().name("Review"))
        .endEvent("EndEvent_Done")
        .done();
  }

  private static List<ElementInstance> active(long processInstanceKey) {
    return client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).state(ElementInstanceState.ACTIVE))
        .send().join().items();
  }

  private static UserTask userTask(long processInstanceKey) {
    return client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
        .send().join().items().get(0);
  }

  @Test
  void shouldMigrateServiceTaskToNewVersionAndContinueOnIt() {
    // given
    String processId = uniqueId("Process_Migrate");
    String type = uniqueId("migrate-work");
    deploy(serviceTaskProcess(processId, type));
    long instance = start(processId, Map.of("caseId", "C-1")).getProcessInstanceKey();
    long v2 = deployAndGetKey(Bpmn.createExecutableProcess(processId)
        .name("Version two")
        .startEvent("StartEvent_Received")
        .serviceTask("ServiceTask_Work", t -> t.zeebeJobType(type))
        .userTask("UserTask_Added", t -> t.zeebeUserTask())
        .endEvent("EndEvent_Done")
        .done());

    // when (the client's defaults: no operation reference, nothing but the plan)
    client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("ServiceTask_Work", "ServiceTask_Work").send().join();

    // then
    ProcessInstance migrated = client.newProcessInstanceGetRequest(instance).send().join();
    assertThat(migrated.getProcessDefinitionKey()).isEqualTo(v2);
    assertThat(migrated.getProcessDefinitionVersion()).isEqualTo(2);
    assertThat(migrated.getProcessDefinitionName()).isEqualTo("Version two");
    assertThat(client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionKey(v2))
        .send().join().items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(instance);
    assertThat(active(instance)).singleElement().satisfies(e -> {
      assertThat(e.getElementId()).isEqualTo("ServiceTask_Work");
      assertThat(e.getProcessDefinitionKey()).isEqualTo(v2);
    });
    Job job = client.newJobSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0);
    assertThat(job.getProcessDefinitionKey()).isEqualTo(v2);
    Variable variable = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("caseId"))
        .send().join().items().get(0);
    assertThat(variable.getValue()).isEqualTo("\"C-1\"");

    // and the instance goes on along the new version
    ActivatedJob activated = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
        .send().join().getJobs().get(0);
    assertThat(activated.getProcessDefinitionKey()).isEqualTo(v2);
    client.newCompleteCommand(activated.getKey()).send().join();
    assertThat(userTask(instance).getElementId()).isEqualTo("UserTask_Added");
  }

  @Test
  void shouldMoveUserTaskToRenamedElementKeepingVariables() {
    // given
    String processId = uniqueId("Process_MigrateTask");
    deploy(oneUserTask(processId, "UserTask_Review"));
    long instance = start(processId, Map.of("decision", "pending")).getProcessInstanceKey();
    long taskKey = userTask(instance).getUserTaskKey();
    long v2 = deployAndGetKey(oneUserTask(processId, "UserTask_Check"));

    // when
    client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("UserTask_Review", "UserTask_Check").send().join();

    // then
    UserTask task = userTask(instance);
    assertThat(task.getUserTaskKey()).isEqualTo(taskKey);
    assertThat(task.getElementId()).isEqualTo("UserTask_Check");
    assertThat(task.getProcessDefinitionKey()).isEqualTo(v2);
    client.newCompleteUserTaskCommand(taskKey).send().join();
    ProcessInstance done = client.newProcessInstanceGetRequest(instance).send().join();
    assertThat(done.getState()).isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldMoveIncidentWithItsElement() {
    // given
    String processId = uniqueId("Process_MigrateIncident");
    String type = uniqueId("migrate-failing");
    deploy(serviceTaskProcess(processId, type));
    long instance = start(processId).getProcessInstanceKey();
    ActivatedJob job = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).send().join().getJobs().get(0);
    client.newFailCommand(job.getKey()).retries(0).errorMessage("service down").send().join();
    long v2 = deployAndGetKey(Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .serviceTask("ServiceTask_Call", t -> t.zeebeJobType(type))
        .endEvent("EndEvent_Done")
        .done());

    // when
    client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("ServiceTask_Work", "ServiceTask_Call").send().join();

    // then
    Incident incident = client.newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(IncidentState.ACTIVE)).send().join().items().get(0);
    assertThat(incident.getProcessDefinitionKey()).isEqualTo(v2);
    assertThat(incident.getElementId()).isEqualTo("ServiceTask_Call");
    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    ActivatedJob retried = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).send().join().getJobs().get(0);
    assertThat(retried.getElementId()).isEqualTo("ServiceTask_Call");
  }

  @Test
  void shouldOpenTheTargetsSubscriptionsAndCloseUnmappedOnes() {
    // given: v1 waits at a task with a timer; v2 has a message boundary event and an event subprocess
    String processId = uniqueId("Process_MigrateEvents");
    String message = uniqueId("Withdrawn");
    deploy(Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .userTask("UserTask_Review", t -> t.zeebeUserTask())
        .boundaryEvent("BoundaryEvent_Reminder", b -> b.timerWithDuration("P14D").endEvent("EndEvent_Reminded"))
        .moveToActivity("UserTask_Review")
        .endEvent("EndEvent_Done")
        .done());
    long instance = start(processId, Map.of("caseId", "C-9")).getProcessInstanceKey();
    BpmnModelInstance second = Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .userTask("UserTask_Review", t -> t.zeebeUserTask())
        .boundaryEvent("BoundaryEvent_Withdrawn", b -> b.message(m -> m.name(message).zeebeCorrelationKeyExpression("caseId"))
            .endEvent("EndEvent_Withdrawn"))
        .moveToActivity("UserTask_Review")
        .endEvent("EndEvent_Done")
        .done();
    long v2 = deployAndGetKey(second);

    // when
    client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("UserTask_Review", "UserTask_Review").send().join();
    client.newPublishMessageCommand().messageName(message).correlationKey("C-9").send().join();

    // then: the new boundary event caught the message; the old timer is gone with its element
    await(() -> client.newProcessInstanceGetRequest(instance).send().join().getState() == ProcessInstanceState.COMPLETED);
    List<String> ended = client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(instance))
        .send().join().items().stream().map(ElementInstance::getElementId).toList();
    assertThat(ended).contains("BoundaryEvent_Withdrawn", "EndEvent_Withdrawn").doesNotContain("EndEvent_Done");
  }

  @Test
  void shouldRejectActiveElementWithoutMapping() {
    // given
    String processId = uniqueId("Process_Unmapped");
    deploy(oneUserTask(processId, "UserTask_Review"));
    long instance = start(processId).getProcessInstanceKey();
    long v2 = deployAndGetKey(oneUserTask(processId, "UserTask_Check"));

    // when
    Refusal refusal = problemOf(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("StartEvent_Received", "StartEvent_Received").send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).contains("Expected to migrate process instance '" + instance
        + "' but no mapping instruction defined for active element with id 'UserTask_Review'."
        + " Elements cannot be migrated without a mapping.");
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getProcessDefinitionVersion()).isEqualTo(1);
  }

  @Test
  void shouldRejectMappingToElementOfAnotherType() {
    // given
    String processId = uniqueId("Process_TypeChange");
    deploy(serviceTaskProcess(processId, uniqueId("type-change")));
    long instance = start(processId).getProcessInstanceKey();
    long v2 = deployAndGetKey(oneUserTask(processId, "UserTask_Review"));

    // when
    Refusal refusal = problemOf(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("ServiceTask_Work", "UserTask_Review").send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).contains("but active element with id 'ServiceTask_Work' and type 'SERVICE_TASK'"
        + " is mapped to an element with id 'UserTask_Review' and different type 'USER_TASK'");
  }

  @Test
  void shouldRejectUnknownInstanceTargetAndElements() {
    // given
    String processId = uniqueId("Process_MigrateUnknown");
    deploy(oneUserTask(processId, "UserTask_Review"));
    long instance = start(processId).getProcessInstanceKey();
    long v2 = deployAndGetKey(oneUserTask(processId, "UserTask_Review"));

    // when
    Refusal noInstance = problemOf(() -> client.newMigrateProcessInstanceCommand(123L).migrationPlan(v2)
        .addMappingInstruction("UserTask_Review", "UserTask_Review").send().join());
    Refusal noTarget = problemOf(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(456L)
        .addMappingInstruction("UserTask_Review", "UserTask_Review").send().join());
    Refusal noTargetElement = problemOf(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("UserTask_Review", "UserTask_Gone").send().join());
    Refusal duplicate = problemOf(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("UserTask_Review", "UserTask_Review")
        .addMappingInstruction("UserTask_Review", "EndEvent_Done").send().join());

    // then
    assertThat(noInstance.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(noInstance.message())
        .contains("Expected to migrate process instance but no process instance found with key '123'");
    assertThat(noTarget.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(noTarget.message()).contains(
        "Expected to migrate process instance to process definition but no process definition found with key '456'");
    assertThat(noTargetElement.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(noTargetElement.message()).contains("mapping instructions contain a non-existing target element id"
        + " 'UserTask_Gone'. Elements provided in mapping instructions must exist in the target process definition.");
    assertThat(duplicate.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(duplicate.message()).contains("the mapping instructions contain duplicate source element ids '[UserTask_Review]'.");
  }

  @Test
  void shouldRejectMovingAnElementIntoAnotherFlowScope() {
    // given
    String processId = uniqueId("Process_FlowScope");
    deploy(oneUserTask(processId, "UserTask_Review"));
    long instance = start(processId).getProcessInstanceKey();
    long v2 = deployAndGetKey(Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .subProcess("SubProcess_Review", s -> s.embeddedSubProcess()
            .startEvent().userTask("UserTask_Review", t -> t.zeebeUserTask()).endEvent())
        .endEvent("EndEvent_Done")
        .done());

    // when
    Refusal refusal = problemOf(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("UserTask_Review", "UserTask_Review").send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).contains("but the flow scope of active element with id 'UserTask_Review' is changed."
        + " The flow scope of the active element is expected to be '" + processId + "' but was 'SubProcess_Review'.");
  }

  @Test
  void shouldRejectChangingTheUserTaskImplementation() {
    // given
    String processId = uniqueId("Process_Implementation");
    deploy(oneUserTask(processId, "UserTask_Review"));
    long instance = start(processId).getProcessInstanceKey();
    long v2 = deployAndGetKey(Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received").userTask("UserTask_Review").endEvent("EndEvent_Done").done());

    // when
    Refusal refusal = problemOf(() -> client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("UserTask_Review", "UserTask_Review").send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(refusal.message()).contains("active user task with id 'UserTask_Review' and implementation"
        + " 'zeebe user task' is mapped to an user task with id 'UserTask_Review' and different implementation"
        + " 'job worker'");
  }

  @Test
  void shouldKeepTheSubscriptionOfAMappedEventSubprocessStart() {
    // given: the journey's shape, a case waiting at a task with a "withdrawn" event subprocess
    String processId = uniqueId("Process_MigrateEventSub");
    String message = uniqueId("CaseWithdrawn");
    java.util.function.Function<String, BpmnModelInstance> version = taskId -> {
      var builder = Bpmn.createExecutableProcess(processId);
      builder.eventSubProcess("EventSubProcess_Withdrawn", e -> e
          .startEvent("StartEvent_Withdrawn").message(m -> m.name(message).zeebeCorrelationKeyExpression("caseId"))
          .userTask(taskId, t -> t.zeebeUserTask())
          .endEvent());
      return builder.startEvent("StartEvent_Received")
          .userTask("UserTask_Review", t -> t.zeebeUserTask())
          .endEvent("EndEvent_Done")
          .done();
    };
    deploy(version.apply("UserTask_CloseWithdrawn"));
    long instance = start(processId, Map.of("caseId", "C-21")).getProcessInstanceKey();
    long v2 = deployAndGetKey(version.apply("UserTask_RecordWithdrawal"));
    long subscription = client.newMessageSubscriptionSearchRequest().filter(f -> f.processInstanceKey(instance))
        .send().join().items().get(0).getMessageSubscriptionKey();

    // when
    client.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
        .addMappingInstruction("UserTask_Review", "UserTask_Review")
        .addMappingInstruction("StartEvent_Withdrawn", "StartEvent_Withdrawn")
        .send().join();

    // then: the same subscription, now of the new version
    assertThat(client.newMessageSubscriptionSearchRequest().filter(f -> f.processInstanceKey(instance))
        .send().join().items()).singleElement().satisfies(sub -> {
          assertThat(sub.getMessageSubscriptionKey()).isEqualTo(subscription);
          assertThat(sub.getProcessDefinitionKey()).isEqualTo(v2);
        });

    // and the event subprocess of the new version runs when the message comes
    client.newPublishMessageCommand().messageName(message).correlationKey("C-21").send().join();
    await(() -> client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items()
        .stream().anyMatch(t -> t.getElementId().equals("UserTask_RecordWithdrawal")));
  }
}
