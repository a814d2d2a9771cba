package org.amends.engine.deployment;

import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import org.amends.engine.expression.Expression;
import org.amends.engine.model.Binding;
import org.amends.engine.model.CalledDecision;
import org.amends.engine.model.CalledProcess;
import org.amends.engine.model.EventType;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.FormLink;
import org.amends.engine.model.JobWorkerProperties;
import org.amends.engine.model.MultiInstance;
import org.amends.engine.model.Script;
import org.amends.engine.model.UserTaskProperties;

/**
 * What an activity's kind needs: its job, user task, script, called decision or process, the
 * message of a receive task, and its multi-instance loop.
 */
final class ActivityTransformer {

  /** Zeebe's reserved job type of a job-worker user task. */
  private static final String USER_TASK_JOB_TYPE = "io.camunda.zeebe:userTask";

  private ActivityTransformer() {}

  static void transform(Activity activity, ExecutableElement element, TransformContext context) {
    String id = activity.getId();
    CompensationTransformer.markHandler(activity, element);
    ZeebeTaskDefinition task = activity.getSingleExtensionElement(ZeebeTaskDefinition.class);
    if (task != null) {
      jobWorker(activity, task, element, context);
    }
    taskHeaders(activity, element);
    if (activity instanceof UserTask) {
      userTask(activity, element, context);
    }
    if (activity instanceof ScriptTask) {
      ZeebeScript script = activity.getSingleExtensionElement(ZeebeScript.class);
      if (script != null) {
        element.script(new Script(context.parse(id, script.getExpression()), script.getResultVariable()));
      }
    }
    if (activity instanceof BusinessRuleTask) {
      ZeebeCalledDecision decision = activity.getSingleExtensionElement(ZeebeCalledDecision.class);
      if (decision != null) {
        element.calledDecision(new CalledDecision(
            context.parse(id, decision.getDecisionId()),
            binding(decision.getBindingType(), decision.getVersionTag()),
            decision.getResultVariable()));
      }
    }
    if (activity instanceof CallActivity) {
      ZeebeCalledElement called = activity.getSingleExtensionElement(ZeebeCalledElement.class);
      if (called != null) {
        element.calledProcess(new CalledProcess(
            context.parse(id, called.getProcessId()),
            binding(called.getBindingType(), called.getVersionTag()),
            called.isPropagateAllChildVariablesEnabled(),
            called.isPropagateAllParentVariablesEnabled()));
      }
    }
    if (activity instanceof ReceiveTask receive && receive.getMessage() != null) {
      EventTransformer.message(id, receive.getMessage(), element, context);
      element.eventType(EventType.MESSAGE);
    }
    multiInstance(activity, element, context);
  }

  /** The job of a job worker element ({@code zeebe:taskDefinition}); three retries unless given. */
  static void jobWorker(BaseElement node, ZeebeTaskDefinition task, ExecutableElement element, TransformContext context) {
    String id = node.getId();
    element.jobWorker(new JobWorkerProperties(
        context.parse(id, task.getType()), context.parse(id, task.getRetries() == null ? "3" : task.getRetries())));
  }

  static void taskHeaders(BaseElement node, ExecutableElement element) {
    ZeebeTaskHeaders headers = node.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (headers != null) {
      for (ZeebeHeader header : headers.getHeaders()) {
        element.taskHeaders().put(header.getKey(), header.getValue());
      }
    }
  }

  private static void userTask(Activity task, ExecutableElement element, TransformContext context) {
    String id = task.getId();
    boolean camundaUserTask = task.getSingleExtensionElement(ZeebeUserTask.class) != null;
    if (!camundaUserTask) {
      element.jobWorker(new JobWorkerProperties(Expression.ofStatic(USER_TASK_JOB_TYPE), Expression.ofStatic("1")));
    }
    ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
    ZeebePriorityDefinition priority = task.getSingleExtensionElement(ZeebePriorityDefinition.class);
    element.userTask(new UserTaskProperties(
        camundaUserTask,
        assignment == null ? null : context.parseOptional(id, assignment.getAssignee()),
        assignment == null ? null : context.parseOptional(id, assignment.getCandidateGroups()),
        assignment == null ? null : context.parseOptional(id, assignment.getCandidateUsers()),
        schedule == null ? null : context.parseOptional(id, schedule.getDueDate()),
        schedule == null ? null : context.parseOptional(id, schedule.getFollowUpDate()),
        priority == null ? null : context.parseOptional(id, priority.getPriority())));
    element.form(form(task.getSingleExtensionElement(ZeebeFormDefinition.class)));
  }

  /** The form of a user task or start event; null without {@code zeebe:formDefinition}. */
  static FormLink form(ZeebeFormDefinition form) {
    return form == null
        ? null
        : new FormLink(form.getFormId(), form.getFormKey(), form.getExternalReference(),
            binding(form.getBindingType(), form.getVersionTag()));
  }

  /** The model library has checked the attributes at parsing (a version tag with versionTag binding). */
  private static Binding binding(ZeebeBindingType type, String versionTag) {
    if (type == null || type == ZeebeBindingType.latest) {
      return Binding.LATEST;
    }
    return type == ZeebeBindingType.deployment
        ? new Binding(Binding.Type.DEPLOYMENT, null)
        : new Binding(Binding.Type.VERSION_TAG, versionTag);
  }

  private static void multiInstance(Activity activity, ExecutableElement element, TransformContext context) {
    String id = activity.getId();
    if (activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
      ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
      Expression completion = null;
      if (loop.getCompletionCondition() != null
          && loop.getCompletionCondition().getTextContent() != null
          && !loop.getCompletionCondition().getTextContent().isBlank()) {
        completion = context.feel(id, loop.getCompletionCondition().getTextContent());
      }
      element.multiInstance(
          new MultiInstance(
              loop.isSequential(),
              context.parse(id, zeebe.getInputCollection()),
              zeebe.getInputElement(),
              zeebe.getOutputCollection(),
              zeebe.getOutputElement() == null ? null : context.parse(id, zeebe.getOutputElement()),
              completion));
    } else if (activity.getLoopCharacteristics() != null) {
      context.reject(id, "standard loop characteristics are not supported; use multi-instance");
    }
  }
}
