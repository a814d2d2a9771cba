package org.amends.engine.server.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Process instance modification through the client, on either transport, with Zeebe 8.8's rules. */
class ProcessInstanceModificationApiTest extends ApiTestSupport {

  private static BpmnModelInstance twoTasksThenSubprocess(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("StartEvent_Received")
        .userTask("UserTask_First", t -> t.zeebeUserTask())
        .userTask("UserTask_Second", t -> t.zeebeUserTask())
        .subProcess("SubProcess_Meeting", s -> s.embeddedSubProcess()
            .startEvent("StartEvent_Meeting")
            .userTask("UserTask_Prepare", t -> t.zeebeUserTask())
            .endEvent("EndEvent_Meeting"))
        .endEvent("EndEvent_Done")
        .done();
  }

  private static ElementInstance activeElement(long processInstanceKey, String elementId) {
    return client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey).elementId(elementId).state(ElementInstanceState.ACTIVE))
        .send().join().items().get(0);
  }

  private static List<ElementInstance> elements(long processInstanceKey) {
    return client.newElementInstanceSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
        .send().join().items();
  }

  private static List<UserTask> userTasks(long processInstanceKey) {
    return client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
        .send().join().items();
  }

  @Test
  void shouldActivateElementAndTerminateAnother() {
    // given
    String processId = uniqueId("Process_Modify");
    deploy(twoTasksThenSubprocess(processId));
    long instance = start(processId).getProcessInstanceKey();
    long first = activeElement(instance, "UserTask_First").getElementInstanceKey();

    // when
    client.newModifyProcessInstanceCommand(instance)
        .activateElement("UserTask_Second")
        .and()
        .terminateElement(first)
        .send().join();

    // then
    assertThat(elements(instance)).filteredOn(e -> e.getElementId().equals("UserTask_First"))
        .singleElement().extracting(ElementInstance::getState).isEqualTo(ElementInstanceState.TERMINATED);
    assertThat(userTasks(instance)).filteredOn(t -> t.getElementId().equals("UserTask_Second")).hasSize(1);
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.ACTIVE);
  }

  @Test
  void shouldCreateFlowScopesOfElementInsideSubprocessWithScopedVariables() {
    // given
    String processId = uniqueId("Process_ModifyScope");
    deploy(twoTasksThenSubprocess(processId));
    long instance = start(processId).getProcessInstanceKey();

    // when
    client.newModifyProcessInstanceCommand(instance)
        .activateElement("UserTask_Prepare")
        .withVariables(Map.of("venue", "library"), "SubProcess_Meeting")
        .withVariables(Map.of("urgent", true))
        .send().join();

    // then
    ElementInstance subprocess = activeElement(instance, "SubProcess_Meeting");
    ElementInstance prepare = activeElement(instance, "UserTask_Prepare");
    assertThat(prepare.getElementInstanceKey()).isNotEqualTo(subprocess.getElementInstanceKey());
    assertThat(elements(instance)).extracting(ElementInstance::getElementId).doesNotContain("StartEvent_Meeting");
    Variable venue = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("venue"))
        .send().join().items().get(0);
    assertThat(venue.getScopeKey()).isEqualTo(subprocess.getElementInstanceKey());
    Variable urgent = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(instance).name("urgent"))
        .send().join().items().get(0);
    assertThat(urgent.getScopeKey()).isEqualTo(instance);

    // and the created subprocess completes as usual once its task is done
    long prepareTask = userTasks(instance).stream().filter(t -> t.getElementId().equals("UserTask_Prepare"))
        .findFirst().orElseThrow().getUserTaskKey();
    client.newCompleteUserTaskCommand(prepareTask).send().join();
    assertThat(elements(instance)).filteredOn(e -> e.getElementId().equals("SubProcess_Meeting"))
        .singleElement().extracting(ElementInstance::getState).isEqualTo(ElementInstanceState.COMPLETED);
  }

  @Test
  void shouldTerminateInstanceWhenItsLastElementIsTerminated() {
    // given
    String processId = uniqueId("Process_ModifyEnd");
    deploy(twoTasksThenSubprocess(processId));
    long instance = start(processId).getProcessInstanceKey();
    long first = activeElement(instance, "UserTask_First").getElementInstanceKey();

    // when
    client.newModifyProcessInstanceCommand(instance).terminateElement(first).send().join();

    // then
    assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState())
        .isEqualTo(ProcessInstanceState.TERMINATED);
  }

  @Test
  void shouldRejectUnknownAndUnsupportedElements() {
    // given
    String processId = uniqueId("Process_ModifyReject");
    deploy(twoTasksThenSubprocess(processId));
    long instance = start(processId).getProcessInstanceKey();

    // when
    Refusal unknown = problemOf(() -> client.newModifyProcessInstanceCommand(instance)
        .activateElement("UserTask_Nowhere").send().join());
    Refusal startEvent = problemOf(() -> client.newModifyProcessInstanceCommand(instance)
        .activateElement("StartEvent_Meeting").send().join());
    Refusal noInstanceToTerminate = problemOf(() -> client.newModifyProcessInstanceCommand(instance)
        .terminateElement(42L).send().join());
    Refusal noProcessInstance = problemOf(() -> client.newModifyProcessInstanceCommand(77L)
        .activateElement("UserTask_Second").send().join());
    Refusal variablesOutsideFlowScope = problemOf(() -> client.newModifyProcessInstanceCommand(instance)
        .activateElement("UserTask_Second").withVariables(Map.of("x", 1), "SubProcess_Meeting").send().join());
    Refusal ancestorMissing = problemOf(() -> client.newModifyProcessInstanceCommand(instance)
        .activateElement("UserTask_Second", 99L).send().join());

    // then
    assertThat(unknown.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(unknown.message()).contains("Expected to modify instance of process '" + processId
        + "' but it contains one or more activate instructions with an element that could not be found: 'UserTask_Nowhere'");
    assertThat(startEvent.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(startEvent.message()).contains("activate instructions for elements that are unsupported: 'StartEvent_Meeting'."
        + " The activation of elements with type 'START_EVENT' is not supported.");
    assertThat(noInstanceToTerminate.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(noInstanceToTerminate.message())
        .contains("terminate instructions with an element instance that could not be found: '42'");
    assertThat(noProcessInstance.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(noProcessInstance.message())
        .contains("Expected to modify process instance but no process instance found with key '77'");
    assertThat(variablesOutsideFlowScope.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(variablesOutsideFlowScope.message())
        .contains("variable instructions with a scope element that doesn't belong to the activating element's flow scope");
    assertThat(ancestorMissing.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(ancestorMissing.message())
        .contains("with an ancestor scope key that does not exist, or is not in an active state: '99'");
    // nothing changed
    assertThat(userTasks(instance)).extracting(UserTask::getElementId).containsExactly("UserTask_First");
  }

  @Test
  void shouldRejectFlowScopeWithMoreThanOneInstanceUnlessAncestorGiven() {
    // given: two instances of the subprocess
    String processId = uniqueId("Process_ModifyAmbiguous");
    deploy(twoTasksThenSubprocess(processId));
    long instance = start(processId).getProcessInstanceKey();
    client.newModifyProcessInstanceCommand(instance)
        .activateElement("SubProcess_Meeting").and().activateElement("SubProcess_Meeting").send().join();
    List<ElementInstance> subprocesses = client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("SubProcess_Meeting")).send().join().items();
    assertThat(subprocesses).hasSize(2);

    // when
    Refusal ambiguous = problemOf(() -> client.newModifyProcessInstanceCommand(instance)
        .activateElement("UserTask_Prepare").send().join());
    long chosen = subprocesses.get(1).getElementInstanceKey();
    client.newModifyProcessInstanceCommand(instance).activateElement("UserTask_Prepare", chosen).send().join();

    // then
    assertThat(ambiguous.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(ambiguous.message()).contains("for an element that has a flow scope with more than one active instance:"
        + " 'SubProcess_Meeting'");
    assertThat(client.newElementInstanceSearchRequest()
        .filter(f -> f.processInstanceKey(instance).elementId("UserTask_Prepare").state(ElementInstanceState.ACTIVE))
        .send().join().items()).hasSize(3);
  }

  @Test
  void shouldRefuseToEndAnInstanceThatACallActivityStarted() {
    // given
    String childId = uniqueId("Process_ModifyChild");
    String parentId = uniqueId("Process_ModifyParent");
    deploy(Bpmn.createExecutableProcess(childId)
        .startEvent().userTask("UserTask_Child", t -> t.zeebeUserTask()).endEvent().done());
    deploy(Bpmn.createExecutableProcess(parentId)
        .startEvent().callActivity("CallActivity_Child", c -> c.zeebeProcessId(childId)).endEvent().done());
    long parent = start(parentId).getProcessInstanceKey();
    long child = client.newProcessInstanceSearchRequest().filter(f -> f.parentProcessInstanceKey(parent))
        .send().join().items().get(0).getProcessInstanceKey();
    long childTask = activeElement(child, "UserTask_Child").getElementInstanceKey();

    // when
    Refusal refusal = problemOf(() -> client.newModifyProcessInstanceCommand(child)
        .terminateElement(childTask).send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("Expected to modify instance of process '" + childId
        + "' but the given instructions would terminate the instance. The instance was created by a call"
        + " activity in the parent process.");
    assertThat(activeElement(child, "UserTask_Child").getElementInstanceKey()).isEqualTo(childTask);
  }

  @Test
  void shouldRefuseToCreateAMultiInstanceFlowScope() {
    // given
    String processId = uniqueId("Process_ModifyMulti");
    deploy(Bpmn.createExecutableProcess(processId)
        .startEvent()
        .userTask("UserTask_First", t -> t.zeebeUserTask())
        .subProcess("SubProcess_Each", s -> s.multiInstance(m -> m.zeebeInputCollectionExpression("[1, 2]"))
            .embeddedSubProcess().startEvent().userTask("UserTask_Each", t -> t.zeebeUserTask()).endEvent())
        .endEvent()
        .done());
    long instance = start(processId).getProcessInstanceKey();

    // when
    Refusal refusal = problemOf(() -> client.newModifyProcessInstanceCommand(instance)
        .activateElement("UserTask_Each").send().join());

    // then
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.message()).contains("that would result in the activation of multi-instance element"
        + " 'SubProcess_Each', which is currently unsupported.");
  }
}
