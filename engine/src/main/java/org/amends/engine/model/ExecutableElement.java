package org.amends.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amends.engine.expression.Expression;

/**
 * One BPMN element ready to execute. The transformer fills in what its kind uses; the other
 * fields stay empty. Flow scopes own their start events, children and event subprocesses.
 */
public final class ExecutableElement {

  private final String id;
  private final String name;
  private final ElementType type;
  private EventType eventType = EventType.NONE;
  private ExecutableElement flowScope;

  private final List<ExecutableFlow> incoming = new ArrayList<>();
  private final List<ExecutableFlow> outgoing = new ArrayList<>();
  private ExecutableFlow defaultFlow;
  private final List<Mapping> inputMappings = new ArrayList<>();
  private final List<Mapping> outputMappings = new ArrayList<>();

  // containers
  private final List<ExecutableElement> startEvents = new ArrayList<>();
  private final List<ExecutableElement> eventSubprocesses = new ArrayList<>();
  private final List<ExecutableElement> children = new ArrayList<>();

  // activities and their boundary events
  private final List<ExecutableElement> boundaryEvents = new ArrayList<>();
  private ExecutableElement attachedTo;
  private boolean interrupting = true;
  private MultiInstance multiInstance;

  // jobs (service, send, script-by-worker, business rule by worker)
  private Expression jobType;
  private Expression jobRetries;
  private Map<String, String> taskHeaders = new LinkedHashMap<>();

  // user tasks
  private boolean userTask;
  private Expression assignee;
  private Expression candidateGroups;
  private Expression candidateUsers;
  private Expression dueDate;
  private Expression followUpDate;
  private Expression priority;
  private String formId;
  private String formKey;
  private String externalFormReference;

  // events
  private TimerDefinition timer;
  private Expression messageName;
  private Expression correlationKey;
  private String errorCode;
  private Expression errorCodeExpression;
  private String escalationCode;
  private Expression signalName;
  private String linkName;

  // call activity, business rule task, script task
  private Expression calledProcessId;
  private boolean propagateAllChildVariables = true;
  private boolean propagateAllParentVariables = true;
  private Expression calledDecisionId;
  /** For a called process, decision or linked form: which version. */
  private Binding binding = Binding.LATEST;
  private String resultVariable;
  private Expression script;

  // compensation and ad-hoc subprocesses
  private Compensation compensation;
  private AdHoc adHoc;

  public ExecutableElement(String id, String name, ElementType type) {
    this.id = id;
    this.name = name;
    this.type = type;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ElementType type() {
    return type;
  }

  public EventType eventType() {
    return eventType;
  }

  public void eventType(EventType eventType) {
    this.eventType = eventType;
  }

  public ExecutableElement flowScope() {
    return flowScope;
  }

  public void flowScope(ExecutableElement flowScope) {
    this.flowScope = flowScope;
  }

  public List<ExecutableFlow> incoming() {
    return incoming;
  }

  public List<ExecutableFlow> outgoing() {
    return outgoing;
  }

  public ExecutableFlow defaultFlow() {
    return defaultFlow;
  }

  public void defaultFlow(ExecutableFlow defaultFlow) {
    this.defaultFlow = defaultFlow;
  }

  public List<Mapping> inputMappings() {
    return inputMappings;
  }

  public List<Mapping> outputMappings() {
    return outputMappings;
  }

  public List<ExecutableElement> startEvents() {
    return startEvents;
  }

  /** The none start event of this scope, or null. */
  public ExecutableElement noneStartEvent() {
    return startEvents.stream()
        .filter(e -> e.eventType == EventType.NONE)
        .findFirst()
        .orElse(null);
  }

  public List<ExecutableElement> eventSubprocesses() {
    return eventSubprocesses;
  }

  public List<ExecutableElement> children() {
    return children;
  }

  public List<ExecutableElement> boundaryEvents() {
    return boundaryEvents;
  }

  public ExecutableElement attachedTo() {
    return attachedTo;
  }

  public void attachedTo(ExecutableElement attachedTo) {
    this.attachedTo = attachedTo;
  }

  public boolean interrupting() {
    return interrupting;
  }

  public void interrupting(boolean interrupting) {
    this.interrupting = interrupting;
  }

  public MultiInstance multiInstance() {
    return multiInstance;
  }

  public void multiInstance(MultiInstance multiInstance) {
    this.multiInstance = multiInstance;
  }

  public Expression jobType() {
    return jobType;
  }

  public void jobType(Expression jobType) {
    this.jobType = jobType;
  }

  public Expression jobRetries() {
    return jobRetries;
  }

  public void jobRetries(Expression jobRetries) {
    this.jobRetries = jobRetries;
  }

  public Map<String, String> taskHeaders() {
    return taskHeaders;
  }

  public boolean isUserTask() {
    return userTask;
  }

  public void userTask(boolean userTask) {
    this.userTask = userTask;
  }

  public Expression assignee() {
    return assignee;
  }

  public void assignee(Expression assignee) {
    this.assignee = assignee;
  }

  public Expression candidateGroups() {
    return candidateGroups;
  }

  public void candidateGroups(Expression candidateGroups) {
    this.candidateGroups = candidateGroups;
  }

  public Expression candidateUsers() {
    return candidateUsers;
  }

  public void candidateUsers(Expression candidateUsers) {
    this.candidateUsers = candidateUsers;
  }

  public Expression dueDate() {
    return dueDate;
  }

  public void dueDate(Expression dueDate) {
    this.dueDate = dueDate;
  }

  public Expression followUpDate() {
    return followUpDate;
  }

  public void followUpDate(Expression followUpDate) {
    this.followUpDate = followUpDate;
  }

  public Expression priority() {
    return priority;
  }

  public void priority(Expression priority) {
    this.priority = priority;
  }

  public String formId() {
    return formId;
  }

  public void formId(String formId) {
    this.formId = formId;
  }

  public String formKey() {
    return formKey;
  }

  public void formKey(String formKey) {
    this.formKey = formKey;
  }

  public String externalFormReference() {
    return externalFormReference;
  }

  public void externalFormReference(String externalFormReference) {
    this.externalFormReference = externalFormReference;
  }

  public TimerDefinition timer() {
    return timer;
  }

  public void timer(TimerDefinition timer) {
    this.timer = timer;
  }

  public Expression messageName() {
    return messageName;
  }

  public void messageName(Expression messageName) {
    this.messageName = messageName;
  }

  public Expression correlationKey() {
    return correlationKey;
  }

  public void correlationKey(Expression correlationKey) {
    this.correlationKey = correlationKey;
  }

  /** The error code caught (null catches every error) or thrown. */
  public String errorCode() {
    return errorCode;
  }

  public void errorCode(String errorCode) {
    this.errorCode = errorCode;
  }

  public Expression errorCodeExpression() {
    return errorCodeExpression;
  }

  public void errorCodeExpression(Expression errorCodeExpression) {
    this.errorCodeExpression = errorCodeExpression;
  }

  public String escalationCode() {
    return escalationCode;
  }

  public void escalationCode(String escalationCode) {
    this.escalationCode = escalationCode;
  }

  public Expression signalName() {
    return signalName;
  }

  public void signalName(Expression signalName) {
    this.signalName = signalName;
  }

  public String linkName() {
    return linkName;
  }

  public void linkName(String linkName) {
    this.linkName = linkName;
  }

  public Expression calledProcessId() {
    return calledProcessId;
  }

  public void calledProcessId(Expression calledProcessId) {
    this.calledProcessId = calledProcessId;
  }

  public boolean propagateAllChildVariables() {
    return propagateAllChildVariables;
  }

  public void propagateAllChildVariables(boolean value) {
    this.propagateAllChildVariables = value;
  }

  public boolean propagateAllParentVariables() {
    return propagateAllParentVariables;
  }

  public void propagateAllParentVariables(boolean value) {
    this.propagateAllParentVariables = value;
  }

  public Expression calledDecisionId() {
    return calledDecisionId;
  }

  public Binding binding() {
    return binding;
  }

  public void binding(Binding binding) {
    this.binding = binding;
  }

  public void calledDecisionId(Expression calledDecisionId) {
    this.calledDecisionId = calledDecisionId;
  }

  public String resultVariable() {
    return resultVariable;
  }

  public void resultVariable(String resultVariable) {
    this.resultVariable = resultVariable;
  }

  public Expression script() {
    return script;
  }

  public void script(Expression script) {
    this.script = script;
  }

  /** Compensation boundary, throw and end events, and handlers; null otherwise. */
  public Compensation compensation() {
    return compensation;
  }

  public void compensation(Compensation compensation) {
    this.compensation = compensation;
  }

  /** Whether this activity is a compensation handler (started only by compensation). */
  public boolean isForCompensation() {
    return compensation != null && compensation.isHandler();
  }

  /** An ad-hoc subprocess's settings; null for every other element. */
  public AdHoc adHoc() {
    return adHoc;
  }

  public void adHoc(AdHoc adHoc) {
    this.adHoc = adHoc;
  }

  /** Whether activating this element creates a job for a worker. */
  public boolean isJobWorkerTask() {
    return jobType != null;
  }

  /** Whether this element waits for a job, a user, a message, a timer or a child. */
  public boolean isActivity() {
    return switch (type) {
      case SERVICE_TASK, SEND_TASK, SCRIPT_TASK, BUSINESS_RULE_TASK, USER_TASK, RECEIVE_TASK,
          MANUAL_TASK, TASK, SUB_PROCESS, AD_HOC_SUB_PROCESS, CALL_ACTIVITY -> true;
      default -> false;
    };
  }

  @Override
  public String toString() {
    return type + "[" + id + "]";
  }
}
