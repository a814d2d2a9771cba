package org.amends.engine.processing.task;

import java.util.Map;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.FormLink;
import org.amends.engine.model.UserTaskProperties;
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
    FormLink link = element.form() == null ? new FormLink(null, null, null, null) : element.form();
    UserTaskProperties properties = element.userTask();
    long formKey = -1;
    if (link.formId() != null) {
      Form form = runtime.bindings().form(link.formId(), link.binding(), instance);
      if (form == null) {
        runtime.incidents().raise(
            instance,
            IncidentBehavior.FORM_NOT_FOUND,
            runtime.bindings().notFound("use a form with id", link.formId(), link.binding(), instance,
                "Expected to find a form with id '"
                    + link.formId()
                    + "', but no form with this id is found, at least a form with this id should be available."
                    + " To resolve the Incident please deploy a form with the same id"),
            Incident.Phase.ACTIVATE);
        return;
      }
      formKey = form.key;
    } else if (link.formKey() != null && link.formKey().matches("\\d+")) {
      formKey = Long.parseLong(link.formKey());
    }
    Map<String, Object> context = runtime.variables().visible(instance.key);
    var expressions = runtime.expressions();
    UserTask task = new UserTask();
    task.key = runtime.state().newKey();
    task.state = UserTask.State.CREATING;
    task.name = element.name();
    String assignee = null;
    if (properties.assignee() != null) {
      // anything but a string is an incident (EXTRACT_VALUE_ERROR), as in Zeebe; blank leaves it unassigned
      String value = expressions.evaluateString(properties.assignee(), context);
      assignee = value.isBlank() ? null : value;
    }
    if (properties.candidateGroups() != null) {
      task.candidateGroups = new java.util.ArrayList<>(expressions.evaluateStringList(properties.candidateGroups(), context));
    }
    if (properties.candidateUsers() != null) {
      task.candidateUsers = new java.util.ArrayList<>(expressions.evaluateStringList(properties.candidateUsers(), context));
    }
    if (properties.dueDate() != null) {
      task.dueDate = expressions.evaluateDateTime(properties.dueDate(), context);
    }
    if (properties.followUpDate() != null) {
      task.followUpDate = expressions.evaluateDateTime(properties.followUpDate(), context);
    }
    if (properties.priority() != null) {
      long priority = expressions.evaluateLong(properties.priority(), context);
      if (priority < 0 || priority > 100) {
        throw new org.amends.engine.expression.ExpressionException(
            "Expected priority to be in the range [0,100], but was " + priority + ".");
      }
      task.priority = (int) priority;
    }
    task.formKey = formKey;
    task.externalFormReference = link.externalReference();
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
    jobWorker.onTerminate(instance, element);
    if (instance.userTaskKey >= 0) {
      UserTask task = runtime.state().userTasks.get(instance.userTaskKey);
      if (task != null && task.active()) {
        // its canceling listeners, if any, hold the termination until they are done
        runtime.userTasks().cancel(task);
      }
    }
  }
}
