package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessInstanceApiTest extends ApiTestSupport {

  @Test
  void shouldCreateInstanceByProcessIdWithVariables() {
    // given
    String processId = uniqueId("Process_Create");
    deploy(serviceTaskProcess(processId, "work"));

    // when
    ProcessInstanceEvent created = start(processId, Map.of("caseId", "C-1"));

    // then
    assertThat(created.getBpmnProcessId()).isEqualTo(processId);
    assertThat(created.getVersion()).isEqualTo(1);
    ProcessInstance instance = client.newProcessInstanceGetRequest(created.getProcessInstanceKey()).send().join();
    assertThat(instance.getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(instance.getProcessDefinitionId()).isEqualTo(processId);
    assertThat(instance.getProcessDefinitionName()).isEqualTo("Process " + processId);
    assertThat(instance.getStartDate()).isNotNull();
    assertThat(instance.getEndDate()).isNull();
    assertThat(instance.getHasIncident()).isFalse();
  }

  @Test
  void shouldCreateInstanceByDefinitionKey() {
    // given
    String processId = uniqueId("Process_ByKey");
    long key = deployAndGetKey(serviceTaskProcess(processId, "work"));

    // when
    ProcessInstanceEvent created = client.newCreateInstanceCommand().processDefinitionKey(key).send().join();

    // then
    assertThat(created.getProcessDefinitionKey()).isEqualTo(key);
  }

  @Test
  void shouldAwaitCompletionAndFetchVariables() {
    // given
    String processId = uniqueId("Process_Result");
    deploy(Bpmn.createExecutableProcess(processId).startEvent().endEvent().done());

    // when
    ProcessInstanceResult result = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .variables(Map.of("a", 1, "b", "two")).withResult().fetchVariables("a").requestTimeout(Duration.ofSeconds(5))
        .send().join();

    // then
    assertThat(result.getVariablesAsMap()).containsExactly(Map.entry("a", 1));
    assertThat(client.newProcessInstanceGetRequest(result.getProcessInstanceKey()).send().join().getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
  }

  @Test
  void shouldAnswerDeadlineExceededWhenTheInstanceDoesNotCompleteInTime() {
    // given a process waiting for a job nobody works on
    String processId = uniqueId("Process_NoResult");
    deploy(serviceTaskProcess(processId, "type-nobody-" + processId));

    // when its result is awaited for a second
    Refusal problem = problemOf(() -> client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .withResult().requestTimeout(Duration.ofSeconds(1)).send().join());

    // then
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.DEADLINE_EXCEEDED);
    assertThat(problem.message()).contains("did not complete in time");
  }

  @Test
  void shouldCancelInstance() {
    // given
    String processId = uniqueId("Process_Cancel");
    deploy(serviceTaskProcess(processId, "work"));
    long key = start(processId).getProcessInstanceKey();

    // when
    client.newCancelInstanceCommand(key).send().join();

    // then
    ProcessInstance instance = client.newProcessInstanceGetRequest(key).send().join();
    assertThat(instance.getState()).isEqualTo(ProcessInstanceState.TERMINATED);
    assertThat(instance.getEndDate()).isNotNull();
  }

  @Test
  void shouldAnswerNotFoundWhenCancellingUnknownInstance() {
    Refusal problem = problemOf(() -> client.newCancelInstanceCommand(42L).send().join());
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void shouldAnswerNotFoundWhenProcessIsUnknown() {
    Refusal problem = problemOf(() -> start("Process_NeverDeployed"));
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(problem.message()).contains("Process_NeverDeployed");
  }

  @Test
  void shouldSearchByStateAndProcessId() {
    // given
    String processId = uniqueId("Process_SearchState");
    deploy(serviceTaskProcess(processId, "work"));
    long active = start(processId).getProcessInstanceKey();
    long cancelled = start(processId).getProcessInstanceKey();
    client.newCancelInstanceCommand(cancelled).send().join();

    // when
    SearchResponse<ProcessInstance> activeOnes = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId).state(ProcessInstanceState.ACTIVE))
        .send().join();
    SearchResponse<ProcessInstance> notActive = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId).state(s -> s.neq(ProcessInstanceState.ACTIVE)))
        .send().join();

    // then
    assertThat(activeOnes.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(active);
    assertThat(activeOnes.page().totalItems()).isEqualTo(1);
    assertThat(notActive.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(cancelled);
  }

  @Test
  void shouldNameTheProcessDefinitionInSearchResults() {
    // given a process with a name and one without
    String named = uniqueId("Process_Named");
    String unnamed = uniqueId("Process_Unnamed");
    deploy(serviceTaskProcess(named, "work"));
    deploy(Bpmn.createExecutableProcess(unnamed).startEvent().serviceTask("ServiceTask_Work", t -> t.zeebeJobType("work"))
        .endEvent().done());
    long namedInstance = start(named).getProcessInstanceKey();
    long unnamedInstance = start(unnamed).getProcessInstanceKey();

    // when
    List<ProcessInstance> namedFound = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(namedInstance)).send().join().items();
    List<ProcessInstance> unnamedFound = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(unnamedInstance)).send().join().items();
    List<ProcessInstance> byName = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionName("Process " + named)).send().join().items();

    // then the BPMN's name, or the process id when the BPMN names none
    assertThat(namedFound).singleElement()
        .satisfies(i -> assertThat(i.getProcessDefinitionName()).isEqualTo("Process " + named));
    assertThat(unnamedFound).singleElement()
        .satisfies(i -> assertThat(i.getProcessDefinitionName()).isEqualTo(unnamed));
    assertThat(byName).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(namedInstance);
  }

  @Test
  void shouldSearchWithLikeInAndVariables() {
    // given
    String prefix = uniqueId("Process_Like");
    deploy(serviceTaskProcess(prefix + "_A", "work"));
    deploy(serviceTaskProcess(prefix + "_B", "work"));
    long a = start(prefix + "_A", Map.of("region", "north")).getProcessInstanceKey();
    long b = start(prefix + "_B", Map.of("region", "south")).getProcessInstanceKey();

    // when
    SearchResponse<ProcessInstance> like = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(p -> p.like(prefix + "_*")))
        .sort(s -> s.processDefinitionId().desc())
        .send().join();
    SearchResponse<ProcessInstance> in = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(k -> k.in(a, 1L)))
        .send().join();
    SearchResponse<ProcessInstance> byVariable = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(p -> p.like(prefix + "*")).variables(Map.of("region", "\"south\"")))
        .send().join();

    // then
    assertThat(like.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(b, a);
    assertThat(in.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(a);
    assertThat(byVariable.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(b);
  }

  @Test
  void shouldSearchWithOrFilters() {
    // given
    String prefix = uniqueId("Process_Or");
    deploy(serviceTaskProcess(prefix + "_A", "work"));
    deploy(serviceTaskProcess(prefix + "_B", "work"));
    deploy(serviceTaskProcess(prefix + "_C", "work"));
    long a = start(prefix + "_A").getProcessInstanceKey();
    long b = start(prefix + "_B").getProcessInstanceKey();
    start(prefix + "_C");

    // when
    SearchResponse<ProcessInstance> result = client.newProcessInstanceSearchRequest()
        .filter(f -> f.orFilters(List.of(
            o -> o.processDefinitionId(prefix + "_A"),
            o -> o.processDefinitionId(prefix + "_B"))))
        .sort(s -> s.processInstanceKey().asc())
        .send().join();

    // then
    assertThat(result.items()).extracting(ProcessInstance::getProcessInstanceKey).containsExactly(a, b);
  }

  @Test
  void shouldPageByOffsetAndCursor() {
    // given
    String processId = uniqueId("Process_Paging");
    deploy(serviceTaskProcess(processId, "work"));
    List<Long> keys = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      keys.add(start(processId).getProcessInstanceKey());
    }

    // when
    SearchResponse<ProcessInstance> first = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId)).sort(s -> s.processInstanceKey().asc())
        .page(p -> p.limit(2)).send().join();
    SearchResponse<ProcessInstance> second = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId)).sort(s -> s.processInstanceKey().asc())
        .page(p -> p.limit(2).after(first.page().endCursor())).send().join();
    SearchResponse<ProcessInstance> back = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId)).sort(s -> s.processInstanceKey().asc())
        .page(p -> p.limit(2).before(second.page().startCursor())).send().join();
    SearchResponse<ProcessInstance> offset = client.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(processId)).sort(s -> s.processInstanceKey().asc())
        .page(p -> p.from(4).limit(2)).send().join();

    // then
    assertThat(first.items()).extracting(ProcessInstance::getProcessInstanceKey).isEqualTo(keys.subList(0, 2));
    assertThat(first.page().totalItems()).isEqualTo(5);
    assertThat(second.items()).extracting(ProcessInstance::getProcessInstanceKey).isEqualTo(keys.subList(2, 4));
    assertThat(back.items()).extracting(ProcessInstance::getProcessInstanceKey).isEqualTo(keys.subList(0, 2));
    assertThat(offset.items()).extracting(ProcessInstance::getProcessInstanceKey).isEqualTo(keys.subList(4, 5));
  }

  @Test
  void shouldRejectUnsupportedFilterProperty() {
    Refusal problem = problemOf(() -> client.newProcessInstanceSearchRequest()
        .filter(f -> f.batchOperationId("batch-1")).send().join());
    assertThat(problem.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(problem.message()).contains("batchOperationId");
  }

  @Test
  void shouldReportCallHierarchyAndParent() {
    // given
    String childId = uniqueId("Process_Child");
    String parentId = uniqueId("Process_Parent");
    deploy(serviceTaskProcess(childId, "child-work"));
    deploy(Bpmn.createExecutableProcess(parentId).name("Parent").startEvent()
        .callActivity("CallActivity_Child", c -> c.zeebeProcessId(childId)).endEvent().done());
    long parent = start(parentId).getProcessInstanceKey();

    // when
    SearchResponse<ProcessInstance> children = client.newProcessInstanceSearchRequest()
        .filter(f -> f.parentProcessInstanceKey(parent)).send().join();

    // then
    assertThat(children.items()).singleElement().satisfies(child -> {
      assertThat(child.getProcessDefinitionId()).isEqualTo(childId);
      assertThat(child.getParentProcessInstanceKey()).isEqualTo(parent);
      assertThat(child.getParentElementInstanceKey()).isNotNull();
    });
    long child = children.items().get(0).getProcessInstanceKey();
    var hierarchy = client.newProcessInstanceGetCallHierarchyRequest(child).send().join();
    assertThat(hierarchy).extracting(h -> h.getProcessInstanceKey()).containsExactly(parent, child);
  }

  @Test
  void shouldListSequenceFlowsAndElementStatistics() {
    // given
    String processId = uniqueId("Process_Flows");
    deploy(Bpmn.createExecutableProcess(processId).startEvent("StartEvent_1")
        .sequenceFlowId("Flow_ToTask").serviceTask("ServiceTask_Work", t -> t.zeebeJobType("flows"))
        .sequenceFlowId("Flow_ToEnd").endEvent().done());
    long key = start(processId).getProcessInstanceKey();

    // when
    var flows = client.newProcessInstanceSequenceFlowsRequest(key).send().join();
    var statistics = client.newProcessInstanceElementStatisticsRequest(key).send().join();

    // then
    assertThat(flows).extracting(f -> f.getElementId()).containsExactly("Flow_ToTask");
    assertThat(statistics).anySatisfy(s -> {
      assertThat(s.getElementId()).isEqualTo("ServiceTask_Work");
      assertThat(s.getActive()).isEqualTo(1);
    });
    assertThat(statistics).anySatisfy(s -> {
      assertThat(s.getElementId()).isEqualTo("StartEvent_1");
      assertThat(s.getCompleted()).isEqualTo(1);
    });
  }

  private static List<String> activeElements(long instance) {
    return client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance)
            .state(io.camunda.client.api.search.enums.ElementInstanceState.ACTIVE))
        .send().join().items().stream().map(e -> e.getElementId()).toList();
  }

  @Test
  void shouldStartAtEveryElementOfSeveralStartInstructions() {
    // given
    String processId = uniqueId("Process_Instructions");
    deploy(Bpmn.createExecutableProcess(processId)
        .startEvent()
        .parallelGateway("Gateway_Fork")
        .userTask("UserTask_Contact", u -> u.zeebeUserTask())
        .parallelGateway("Gateway_Join")
        .endEvent()
        .moveToNode("Gateway_Fork")
        .userTask("UserTask_Assess", u -> u.zeebeUserTask())
        .connectTo("Gateway_Join")
        .moveToNode("Gateway_Fork")
        .userTask("UserTask_Prepare", u -> u.zeebeUserTask())
        .connectTo("Gateway_Join")
        .done());

    // when
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .startBeforeElement("UserTask_Contact").startBeforeElement("UserTask_Assess")
        .send().join().getProcessInstanceKey();

    // then
    await(() -> activeElements(instance).size() == 2);
    assertThat(activeElements(instance)).containsExactlyInAnyOrder("UserTask_Contact", "UserTask_Assess");
  }

  @Test
  void shouldActivateTheSubprocessOfAStartInstructionFirst() {
    // given a task inside a subprocess, and a task after the subprocess
    String processId = uniqueId("Process_InstructionInside");
    String type = "type-" + processId;
    deploy(Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("ServiceTask_Before", t -> t.zeebeJobType("never-" + type))
        .subProcess("SubProcess_Meeting", s -> s.zeebeInputExpression("\"inside\"", "where"))
        .embeddedSubProcess()
        .startEvent()
        .serviceTask("ServiceTask_Book", t -> t.zeebeJobType(type))
        .serviceTask("ServiceTask_Hold", t -> t.zeebeJobType(type))
        .endEvent()
        .subProcessDone()
        .userTask("UserTask_After", u -> u.zeebeUserTask())
        .endEvent()
        .done());

    // when both tasks inside are instructed
    long instance = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .startBeforeElement("ServiceTask_Book").startBeforeElement("ServiceTask_Hold")
        .send().join().getProcessInstanceKey();

    // then one subprocess holds both, with its input mapping applied
    await(() -> activeElements(instance).size() == 3);
    assertThat(activeElements(instance))
        .containsExactlyInAnyOrder("SubProcess_Meeting", "ServiceTask_Book", "ServiceTask_Hold");
    var jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs();
    assertThat(jobs).hasSize(2).allSatisfy(job -> assertThat(job.getVariablesAsMap()).containsEntry("where", "inside"));

    // when they complete (the first one's next task too), the flow goes on after the subprocess
    jobs.forEach(job -> client.newCompleteCommand(job.getKey()).send().join());
    var next = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(5)
        .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs();
    next.forEach(job -> client.newCompleteCommand(job.getKey()).send().join());
    await(() -> activeElements(instance).equals(List.of("UserTask_After")));
  }

  @Test
  void shouldRefuseAStartInstructionAtAStartEventAsZeebeDoes() {
    // given
    String processId = uniqueId("Process_InstructionStart");
    deploy(serviceTaskProcess(processId, "work"));

    // when
    Refusal refusal = problemOf(() -> client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion()
        .startBeforeElement("StartEvent_Received").send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("Expected to create instance of process with start instructions but the "
        + "element with id 'StartEvent_Received' targets unsupported element type 'START_EVENT'.");
  }
}
