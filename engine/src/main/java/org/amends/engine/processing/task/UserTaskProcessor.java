package org.amends.engine.processing.task;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.processing.AbstractProcessor;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Form;
import org.amends.engine.state.Incident;
import org.amends.engine.state.UserTask;

/** A Camunda user task (zeebe:userTask) waits for a person; a job-worker user task for a worker. */
public final class UserTaskProcessor extends AbstractProcessor {

  private final JobWorkerTaskProcessor jobWorker;

  public UserTaskProcessor(BpmnRuntime runtime, JobWorkerTaskProcessor jobWorker) {
    super(runtime);
    this.jobWorker = jobWorker;
  }

  @Override
  public void onActivate(ElementInstance instance, ExecutableElement element, Map<String, Object> trigger) {
    if (!element.isUserTask()) {
      jobWorker.onActivate(instance, element, trigger);
      return;
    }
    UserTask existing = instance.userTaskKey >= 0 ? runtime.state().userTasks.get(instance.userTaskKey) : null;
    if (existing != null && existing.active()) {
      // activated again after an incident of a listener expression: that transition runs again
      runtime.userTasks().retry(existing);
      return;
    }
    long formKey = -1;
    if (element.formId() != null) {
      Form form = runtime.bindings().form(element.formId(), element.binding(), instance);
      if (form == null) {
        runtime.incidents().raise(
            instance,
            IncidentBehavior.FORM_NOT_FOUND,
            runtime.bindings().notFound("use a form with id", element.formId(), element.binding(), instance,
                "Expected to find a form with id '"
                    + element.formId()
                    + "', but no form with this id is found, at least a form with this id should be available."
                    + " To resolve the Incident please deploy a form with the same id"),
            Incident.Phase.ACTIVATE);
        return;
      }
      formKey = form.key;
    } else if (element.formKey() != null && element.formKey().matches("\\d+")) {
      formKey = Long.parseLong(element.formKey());
    }
    Map<String, Object> context = runtime.variables().visible(instance.key);
    var expressions = runtime.expressions();
    UserTask task = new UserTask();
    task.key = runtime.state().newKey();
    task.state = UserTask.State.CREATING;
    task.name = element.name();
    String assignee = null;
    if (element.assignee() != null) {
      // anything but a string is an incident (EXTRACT_VALUE_ERROR), as in Zeebe; blank leaves it unassigned
      String value = expressions.evaluateString(element.assignee(), context);
      assignee = value.isBlank() ? null : value;
    }
    if (element.candidateGroups() != null) {
      task.candidateGroups = new java.util.ArrayList<>(expressions.evaluateStringList(element.candidateGroups(), context));
    }
    if (element.candidateUsers() != null) {
      task.candidateUsers = new java.util.ArrayList<>(expressions.evaluateStringList(element.candidateUsers(), context));
    }
    if (element.dueDate() != null) {
      task.dueDate = expressions.evaluateDateTime(element.dueDate(), context);
    }
    if (element.followUpDate() != null) {
      task.followUpDate = expressions.evaluateDateTime(element.followUpDate(), context);
    }
    if (element.priority() != null) {
      long priority = expressions.evaluateLong(element.priority(), context);
      if (priority < 0 || priority > 100) {
        throw new org.amends.engine.expression.ExpressionException(
            "Expected priority to be in the range [0,100], but was " + priority + ".");
      }
      task.priority = (int) priority;
    }
    task.formKey = formKey;
    task.externalFormReference = element.externalFormReference();
    task.customHeaders = new java.util.LinkedHashMap<>(element.taskHeaders());
    task.elementInstanceKey = instance.key;
    task.processInstanceKey = instance.processInstanceKey;
    task.processDefinitionKey = instance.processDefinitionKey;
    task.bpmnProcessId = instance.bpmnProcessId;
    task.processDefinitionVersion = instance.version;
    task.elementId = instance.elementId;
    task.tenantId = instance.tenantId;
    task.creationDate = runtime.clock().now();
    runtime.state().save(task);
    instance.userTaskKey = task.key;
    runtime.state().save(instance);
    runtime.userTasks().create(task, assignee);
  }

  @Override
  public void onTerminate(ElementInstance instance, ExecutableElement element) {
    if (instance.userTaskKey >= 0) {
      UserTask task = runtime.state().userTasks.get(instance.userTaskKey);
      if (task != null && task.active()) {
        runtime.userTasks().cancel(task);
      }
    }
    jobWorker.onTerminate(instance, element);
  }
}
