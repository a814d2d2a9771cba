package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.CreateBatchOperationResponse;
import io.camunda.client.api.search.enums.BatchOperationItemState;
import io.camunda.client.api.search.enums.BatchOperationState;
import io.camunda.client.api.search.enums.BatchOperationType;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.BatchOperation;
import io.camunda.client.api.search.response.BatchOperationItems.BatchOperationItem;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batch operations (the 8.8 client's batch commands, over REST as the client sends them). */
class BatchOperationApiTest extends ApiTestSupport {

  private static final EnumSet<BatchOperationState> FINISHED = EnumSet.of(
      BatchOperationState.COMPLETED, BatchOperationState.PARTIALLY_COMPLETED, BatchOperationState.FAILED,
      BatchOperationState.CANCELED);

  private static BpmnModelInstance twoTasks(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .userTask("UserTask_First", t -> t.zeebeUserTask())
        .userTask("UserTask_Second", t -> t.zeebeUserTask())
        .endEvent("EndEvent_Done")
        .done();
  }

  private static BatchOperation finished(CreateBatchOperationResponse created) {
    await(() -> FINISHED.contains(
        client.newBatchOperationGetRequest(created.getBatchOperationKey()).send().join().getStatus()));
    return client.newBatchOperationGetRequest(created.getBatchOperationKey()).send().join();
  }

  private static List<BatchOperationItem> items(CreateBatchOperationResponse created) {
    return client.newBatchOperationItemsSearchRequest()
        .filter(f -> f.batchOperationKey(created.getBatchOperationKey())).send().join().items();
  }

  private static List<ProcessInstance> instancesOf(long processDefinitionKey) {
    return client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionKey(processDefinitionKey))
        .send().join().items();
  }

  @Test
  void shouldMigrateEveryActiveInstanceTheFilterSelects() {
    // given
    String processId = uniqueId("Process_BatchMigrate");
    long v1 = deployAndGetKey(twoTasks(processId));
    for (int i = 0; i < 3; i++) {
      start(processId);
    }
    long v2 = deployAndGetKey(twoTasks(processId));

    // when
    CreateBatchOperationResponse created = client.newCreateBatchOperationCommand().migrateProcessInstance()
        .targetProcessDefinitionKey(v2)
        .addMappingInstruction("UserTask_First", "UserTask_First")
        .addMappingInstruction("UserTask_Second", "UserTask_Second")
        .filter(f -> f.processDefinitionKey(v1))
        .send().join();

    // then
    BatchOperation batch = finished(created);
    assertThat(batch.getType()).isEqualTo(BatchOperationType.MIGRATE_PROCESS_INSTANCE);
    assertThat(batch.getStatus()).isEqualTo(BatchOperationState.COMPLETED);
    assertThat(batch.getOperationsTotalCount()).isEqualTo(3);
    assertThat(batch.getOperationsCompletedCount()).isEqualTo(3);
    assertThat(batch.getEndDate()).isNotNull();
    assertThat(instancesOf(v1)).isEmpty();
    assertThat(instancesOf(v2)).hasSize(3);
    assertThat(items(created)).hasSize(3).allSatisfy(item ->
        assertThat(item.getStatus()).isEqualTo(BatchOperationItemState.COMPLETED));
    assertThat(client.newBatchOperationSearchRequest()
        .filter(f -> f.operationType(BatchOperationType.MIGRATE_PROCESS_INSTANCE)).send().join().items())
        .extracting(BatchOperation::getBatchOperationKey).contains(created.getBatchOperationKey());
  }

  @Test
  void shouldRecordRefusedItemsAndCompletePartially() {
    // given: one instance at the first task, one moved on to the second, which the plan leaves out
    String processId = uniqueId("Process_BatchPartial");
    long v1 = deployAndGetKey(twoTasks(processId));
    long waiting = start(processId).getProcessInstanceKey();
    long movedOn = start(processId).getProcessInstanceKey();
    long firstTask = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(movedOn))
        .send().join().items().get(0).getUserTaskKey();
    client.newCompleteUserTaskCommand(firstTask).send().join();
    long v2 = deployAndGetKey(twoTasks(processId));

    // when
    CreateBatchOperationResponse created = client.newCreateBatchOperationCommand().migrateProcessInstance()
        .targetProcessDefinitionKey(v2)
        .addMappingInstruction("UserTask_First", "UserTask_First")
        .filter(f -> f.processDefinitionKey(v1))
        .send().join();

    // then
    BatchOperation batch = finished(created);
    assertThat(batch.getStatus()).isEqualTo(BatchOperationState.PARTIALLY_COMPLETED);
    assertThat(batch.getOperationsFailedCount()).isEqualTo(1);
    BatchOperationItem failed = items(created).stream()
        .filter(i -> i.getStatus() == BatchOperationItemState.FAILED).findFirst().orElseThrow();
    assertThat(failed.getProcessInstanceKey()).isEqualTo(movedOn);
    assertThat(failed.getErrorMessage())
        .contains("no mapping instruction defined for active element with id 'UserTask_Second'");
    assertThat(instancesOf(v2)).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(waiting);
  }

  @Test
  void shouldCancelTheActiveInstancesTheFilterSelects() {
    // given
    String processId = uniqueId("Process_BatchCancel");
    deploy(twoTasks(processId));
    long one = start(processId).getProcessInstanceKey();
    long two = start(processId).getProcessInstanceKey();

    // when
    CreateBatchOperationResponse created = client.newCreateBatchOperationCommand().processInstanceCancel()
        .filter(f -> f.processDefinitionId(processId)).send().join();

    // then
    assertThat(finished(created).getStatus()).isEqualTo(BatchOperationState.COMPLETED);
    assertThat(List.of(one, two)).allSatisfy(key ->
        assertThat(client.newProcessInstanceGetRequest(key).send().join().getState())
            .isEqualTo(ProcessInstanceState.TERMINATED));
  }

  @Test
  void shouldMoveElementsInEveryInstance() {
    // given
    String processId = uniqueId("Process_BatchMove");
    deploy(twoTasks(processId));
    long instance = start(processId).getProcessInstanceKey();

    // when
    CreateBatchOperationResponse created = client.newCreateBatchOperationCommand().modifyProcessInstance()
        .addMoveInstruction("UserTask_First", "UserTask_Second")
        .filter(f -> f.processDefinitionId(processId)).send().join();

    // then
    assertThat(finished(created).getStatus()).isEqualTo(BatchOperationState.COMPLETED);
    assertThat(client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).state(ElementInstanceState.ACTIVE)).send().join().items())
        .extracting(e -> e.getElementId()).containsExactly("UserTask_Second");
  }

  @Test
  void shouldResolveTheIncidentsOfTheSelectedInstances() {
    // given: a job type from a variable that is missing
    String processId = uniqueId("Process_BatchResolve");
    String type = uniqueId("batch-resolve");
    deploy(Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("ServiceTask_Work", t -> t.zeebeJobTypeExpression("jobType"))
        .endEvent()
        .done());
    long instance = start(processId).getProcessInstanceKey();
    await(() -> !client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join()
        .items().isEmpty());
    client.newSetVariablesCommand(instance).variables(Map.of("jobType", type)).send().join();

    // when
    CreateBatchOperationResponse created = client.newCreateBatchOperationCommand().resolveIncident()
        .filter(f -> f.processInstanceKey(instance)).send().join();

    // then
    assertThat(finished(created).getStatus()).isEqualTo(BatchOperationState.COMPLETED);
    assertThat(client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items())
        .allSatisfy(i -> assertThat(i.getState()).isEqualTo(IncidentState.RESOLVED));
    assertThat(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1).send().join().getJobs()).hasSize(1);
  }

  @Test
  void shouldRefuseToChangeUnknownOrFinishedBatches() {
    // given: a batch that selected nothing is finished at once
    CreateBatchOperationResponse empty = client.newCreateBatchOperationCommand().processInstanceCancel()
        .filter(f -> f.processDefinitionId(uniqueId("Process_None"))).send().join();
    assertThat(finished(empty).getOperationsTotalCount()).isZero();

    // when
    Refusal cancelFinished = problemOf(() ->
        client.newCancelBatchOperationCommand(empty.getBatchOperationKey()).send().join());
    Refusal suspendUnknown = problemOf(() -> client.newSuspendBatchOperationCommand("12345").send().join());
    Refusal getUnknown = problemOf(() -> client.newBatchOperationGetRequest("12345").send().join());

    // then
    assertThat(cancelFinished.kind()).isEqualTo(Refusal.Kind.INVALID_STATE);
    assertThat(cancelFinished.message()).contains("Expected to cancel batch operation with key '"
        + empty.getBatchOperationKey() + "', but it is already finished");
    assertThat(suspendUnknown.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(suspendUnknown.message())
        .contains("Expected to suspend batch operation with key '12345', but no such batch operation was found");
    assertThat(getUnknown.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }
}
