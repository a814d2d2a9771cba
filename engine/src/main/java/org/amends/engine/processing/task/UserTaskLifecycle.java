package org.amends.engine.processing.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.amends.engine.EngineException;
import org.amends.engine.api.JobResult;
import org.amends.engine.model.ExecutableElement;
import org.amends.engine.model.Listener;
import org.amends.engine.model.ListenerEventType;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.expression.ExpressionException;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;
import org.amends.engine.state.Json;
import org.amends.engine.state.UserTask;
import org.amends.engine.state.UserTaskTransition;

/**
 * The user task lifecycle with its task listeners, as Zeebe 8.8 runs it: a transition (creating,
 * assigning, updating, also by a variable update, completing, canceling) puts the task in its -ING state and runs the event's listeners
 * one job at a time; their corrections are applied to the task as it will be, a denial rolls the
 * task back to CREATED, and once the last listener completed the transition is finalized. Without
 * listeners a transition is finalized at once.
 */
public final class UserTaskLifecycle {

  private static final Map<ListenerEventType, String> DENIALS = Map.of(
      ListenerEventType.COMPLETING, "Completion of the User Task with key '%d' was denied by Task Listener. Reason to deny: '%s'",
      ListenerEventType.ASSIGNING, "Assignment of the User Task with key '%d' was denied by Task Listener. Reason to deny: '%s'",
      ListenerEventType.UPDATING, "Update of the User Task with key '%d' was denied by Task Listener. Reason to deny: '%s'");
  private static final String VARIABLE_UPDATE_DENIAL =
      "Variable update for user task instance with key '%d' was denied by Task Listener. Reason to deny: '%s'";

  private final BpmnRuntime runtime;

  public UserTaskLifecycle(BpmnRuntime runtime) {
    this.runtime = runtime;
  }

  /**
   * A new task (state CREATING): its creating listeners run, then it is created and, when the
   * process gave it an assignee, assigned (with the assigning listeners).
   */
  void create(UserTask task, String initialAssignee) {
    boolean listening = begin(task, ListenerEventType.CREATING, null, t -> {
      t.assignee = initialAssignee;
      t.initialAssignee = initialAssignee;
    }, Map.of());
    if (!listening) {
      finishCreating(task, initialAssignee);
    }
  }

  /**
   * Starts a transition with its listeners. Returns false when the element has none for the event
   * (the caller applies the command at once); a failing listener expression becomes an incident.
   */
  public boolean begin(
      UserTask task, ListenerEventType eventType, String action, Consumer<UserTaskTransition> changes,
      Map<String, Object> variables) {
    ExecutableElement element = elementOf(task);
    if (element.listeners(eventType).isEmpty()) {
      return false;
    }
    UserTaskTransition transition = snapshot(task);
    transition.eventType = eventType.name();
    transition.action = action;
    changes.accept(transition);
    transition.changedAttributes = changedAttributes(task, transition);
    transition.variables = new LinkedHashMap<>(variables);
    task.transition = transition;
    task.state = stateOf(eventType);
    runtime.state().save(task);
    nextListener(task, element);
    return true;
  }

  /** Runs the current transition's listeners again from the first (its incident was resolved). */
  void retry(UserTask task) {
    if (task.transition != null) {
      task.transition.listenerIndex = 0;
      runtime.state().save(task);
      nextListener(task, elementOf(task));
    }
  }

  /** A listener's job completed with the worker's result. */
  public void listenerCompleted(UserTask task, JobResult result) {
    UserTaskTransition transition = task.transition;
    if (transition == null) {
      return;
    }
    ElementInstance instance = runtime.state().elementInstance(task.elementInstanceKey);
    instance.jobKey = -1;
    runtime.state().save(instance);
    if (result.denied()) {
      deny(task, result.deniedReason());
      return;
    }
    correct(transition, result.corrections());
    transition.changedAttributes = changedAttributes(task, transition);
    transition.listenerIndex++;
    runtime.state().save(task);
    nextListener(task, elementOf(task));
  }

  private void nextListener(UserTask task, ExecutableElement element) {
    UserTaskTransition transition = task.transition;
    List<Listener> listeners = element.listeners(ListenerEventType.valueOf(transition.eventType));
    if (transition.listenerIndex >= listeners.size()) {
      finish(task);
      return;
    }
    ElementInstance instance = runtime.state().elementInstance(task.elementInstanceKey);
    try {
      runtime.jobs().createForListener(instance, element, listeners.get(transition.listenerIndex), headers(task));
    } catch (ExpressionException e) {
      runtime.incidents().raise(instance, IncidentBehavior.EXTRACT_VALUE_ERROR, e.getMessage(), Incident.Phase.ACTIVATE);
    }
  }

  private void finish(UserTask task) {
    UserTaskTransition transition = task.transition;
    ListenerEventType eventType = ListenerEventType.valueOf(transition.eventType);
    task.transition = null;
    if (eventType == ListenerEventType.CREATING) {
      String assignee = transition.initialAssignee != null ? transition.initialAssignee : blankToNull(transition.assignee);
      transition.assignee = task.assignee;
      apply(task, transition);
      finishCreating(task, assignee);
      return;
    }
    if (eventType == ListenerEventType.CANCELING) {
      canceled(task);
      ElementInstance instance = runtime.state().elementInstance(task.elementInstanceKey);
      if (instance != null && instance.state == org.amends.engine.state.ElementState.TERMINATING) {
        runtime.termination().finishTerminating(instance, true);
      }
      return;
    }
    apply(task, transition);
    if (eventType == ListenerEventType.COMPLETING) {
      complete(task, transition.variables);
    } else {
      if (transition.variableUpdate) {
        // as in Zeebe, a variable update of a user task sets the variables locally, whatever it asked
        runtime.variables().setLocal(runtime.state().elementInstance(task.elementInstanceKey), transition.variables);
      }
      task.state = UserTask.State.CREATED;
      runtime.state().save(task);
    }
    runtime.listener().userTaskTransitionEnded(task.key, null);
  }

  private void finishCreating(UserTask task, String assignee) {
    task.state = UserTask.State.CREATED;
    runtime.state().save(task);
    if (assignee != null && !assignee.isBlank()
        && !begin(task, ListenerEventType.ASSIGNING, "assign", t -> t.assignee = assignee, Map.of())) {
      task.assignee = assignee;
      runtime.state().save(task);
    }
  }

  /** Completes the task and its element with the completion's variables. */
  public void complete(UserTask task, Map<String, Object> variables) {
    task.state = UserTask.State.COMPLETED;
    task.completionDate = runtime.clock().now();
    runtime.state().save(task);
    ElementInstance instance = runtime.state().elementInstance(task.elementInstanceKey);
    if (instance != null) {
      instance.userTaskKey = -1;
      runtime.state().save(instance);
      runtime.lifecycle().complete(instance, variables == null ? Map.of() : variables);
    }
  }

  private void deny(UserTask task, String reason) {
    ListenerEventType eventType = ListenerEventType.valueOf(task.transition.eventType);
    String denial = task.transition.variableUpdate
        ? VARIABLE_UPDATE_DENIAL.formatted(task.elementInstanceKey, reason == null ? "" : reason)
        : DENIALS.get(eventType).formatted(task.key, reason == null ? "" : reason);
    task.transition = null;
    task.state = UserTask.State.CREATED;
    runtime.state().save(task);
    runtime.listener().userTaskTransitionEnded(task.key, EngineException.invalidState(denial));
  }

  /**
   * The element is being terminated: a command waiting on the task is refused, and the task is
   * canceled, after its canceling listeners if it has any (the element's termination waits).
   */
  void cancel(UserTask task) {
    if (task.transition != null) {
      task.transition = null;
      runtime.listener().userTaskTransitionEnded(task.key, EngineException.invalidState(
          "Expected to finish the transition of user task with key '" + task.key + "', but it was canceled"));
    }
    if (!begin(task, ListenerEventType.CANCELING, null, t -> { }, Map.of())) {
      canceled(task);
    }
  }

  private void canceled(UserTask task) {
    task.state = UserTask.State.CANCELED;
    task.completionDate = runtime.clock().now();
    runtime.state().save(task);
  }

  /**
   * Why Zeebe refuses to complete a task listener's job this way (its messages), or null: such a
   * job takes no variables, only some events can be denied, a denial takes no corrections, and a
   * creating listener may set the assignee only when the process gave none.
   */
  public String refusal(UserTask task, Job job, boolean hasVariables, JobResult result) {
    String ids = "(job key '%d', type '%s', processInstanceKey '%d')".formatted(job.key, job.type, job.processInstanceKey);
    ListenerEventType eventType = ListenerEventType.valueOf(job.listenerEventType);
    if (hasVariables) {
      return "Task Listener job completion with variables payload provided is not yet supported " + ids
          + ". Support will be enabled with the resolution of issue #23702.\n";
    }
    if (result.denied() && !DENIALS.containsKey(eventType)) {
      return "Denying result is not supported for '" + eventType + "' task listener jobs " + ids
          + ". Only the following listener event types support denying: [ASSIGNING, COMPLETING, UPDATING].\n";
    }
    if (result.denied() && !result.corrections().isEmpty()) {
      return "Expected to complete task listener job with corrections, but the job result is denied " + ids
          + ". The corrections would be reverted by the denial. Either complete the job with corrections"
          + " without setting denied, or complete the job with a denied result but no corrections.\n";
    }
    if (eventType == ListenerEventType.CREATING && result.corrections().containsKey("assignee")
        && task.transition != null && task.transition.initialAssignee != null) {
      return "Expected to complete task listener job, but correcting the assignee on 'CREATING' event is"
          + " not supported when the user task has an assignee defined in the model " + ids
          + ". Use the 'CREATING' event to set an assignee only if it was not defined."
          + " Use the 'ASSIGNING' event to correct an assignee that is already defined.\n";
    }
    return null;
  }

  private static void correct(UserTaskTransition transition, Map<String, Object> corrections) {
    corrections.forEach((name, value) -> {
      switch (name) {
        case "assignee" -> transition.assignee = blankToNull((String) value);
        case "dueDate" -> transition.dueDate = date((String) value);
        case "followUpDate" -> transition.followUpDate = date((String) value);
        case "candidateUsers" -> transition.candidateUsers = strings(value);
        case "candidateGroups" -> transition.candidateGroups = strings(value);
        case "priority" -> transition.priority = ((Number) value).intValue();
        default -> { }
      }
    });
  }

  private static UserTaskTransition snapshot(UserTask task) {
    UserTaskTransition transition = new UserTaskTransition();
    transition.assignee = task.assignee;
    transition.candidateGroups = new ArrayList<>(task.candidateGroups);
    transition.candidateUsers = new ArrayList<>(task.candidateUsers);
    transition.dueDate = task.dueDate;
    transition.followUpDate = task.followUpDate;
    transition.priority = task.priority;
    return transition;
  }

  private static void apply(UserTask task, UserTaskTransition transition) {
    task.assignee = transition.assignee;
    task.candidateGroups = new ArrayList<>(transition.candidateGroups);
    task.candidateUsers = new ArrayList<>(transition.candidateUsers);
    task.dueDate = transition.dueDate;
    task.followUpDate = transition.followUpDate;
    task.priority = transition.priority;
  }

  /** What differs between the task as it is and as the transition will leave it, in Zeebe's names. */
  private static List<String> changedAttributes(UserTask task, UserTaskTransition transition) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(blankToNull(task.assignee), blankToNull(transition.assignee))) {
      changed.add("assignee");
    }
    if (!Objects.equals(task.candidateGroups, transition.candidateGroups)) {
      changed.add("candidateGroups");
    }
    if (!Objects.equals(task.candidateUsers, transition.candidateUsers)) {
      changed.add("candidateUsers");
    }
    if (!Objects.equals(task.dueDate, transition.dueDate)) {
      changed.add("dueDate");
    }
    if (!Objects.equals(task.followUpDate, transition.followUpDate)) {
      changed.add("followUpDate");
    }
    if (task.priority != transition.priority) {
      changed.add("priority");
    }
    if (transition.variableUpdate) {
      changed.add("variables");
    }
    return changed;
  }

  /** Zeebe's reserved headers: the task as the transition will leave it. */
  private static Map<String, String> headers(UserTask task) {
    UserTaskTransition transition = task.transition;
    Map<String, String> headers = new LinkedHashMap<>();
    if (transition.action != null) {
      headers.put("io.camunda.zeebe:action", transition.action);
    }
    if (transition.assignee != null) {
      headers.put("io.camunda.zeebe:assignee", transition.assignee);
    }
    headers.put("io.camunda.zeebe:candidateGroups", Json.write(transition.candidateGroups));
    headers.put("io.camunda.zeebe:candidateUsers", Json.write(transition.candidateUsers));
    headers.put("io.camunda.zeebe:changedAttributes", Json.write(transition.changedAttributes));
    if (transition.dueDate != null) {
      headers.put("io.camunda.zeebe:dueDate", transition.dueDate.toString());
    }
    if (transition.followUpDate != null) {
      headers.put("io.camunda.zeebe:followUpDate", transition.followUpDate.toString());
    }
    if (task.formKey >= 0) {
      headers.put("io.camunda.zeebe:formKey", Long.toString(task.formKey));
    }
    headers.put("io.camunda.zeebe:priority", Integer.toString(transition.priority));
    headers.put("io.camunda.zeebe:userTaskKey", Long.toString(task.key));
    return headers;
  }

  private ExecutableElement elementOf(UserTask task) {
    return runtime.process(task.processDefinitionKey).element(task.elementId);
  }

  private static UserTask.State stateOf(ListenerEventType eventType) {
    return switch (eventType) {
      case CREATING -> UserTask.State.CREATING;
      case ASSIGNING -> UserTask.State.ASSIGNING;
      case UPDATING -> UserTask.State.UPDATING;
      case COMPLETING -> UserTask.State.COMPLETING;
      case CANCELING -> UserTask.State.CANCELING;
      default -> throw new IllegalArgumentException("not a user task event: " + eventType);
    };
  }

  private static OffsetDateTime date(String value) {
    return value == null || value.isBlank() ? null : OffsetDateTime.parse(value);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return value == null ? new ArrayList<>() : new ArrayList<>((List<String>) value);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
