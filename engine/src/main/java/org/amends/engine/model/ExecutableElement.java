package org.amends.engine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One BPMN element ready to execute: its place in the graph (flow scope, flows, boundary events,
 * children) and, in a class per kind, what its kind needs (job worker, user task, form, called
 * process or decision, script, event). The transformer fills in what the kind uses; the rest stays
 * empty. Flow scopes own their start events, children and event subprocesses.
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

  // what the element's kind needs: null (or empty) for the other kinds
  private final Map<String, String> taskHeaders = new LinkedHashMap<>();
  private final EventProperties event = new EventProperties();
  private JobWorkerProperties jobWorker;
  private UserTaskProperties userTask;
  private FormLink form;
  private CalledProcess calledProcess;
  private CalledDecision calledDecision;
  private Script script;

  // execution listeners and user task listeners, in the model's order
  private final List<Listener> listeners = new ArrayList<>();

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

  /** Custom headers ({@code zeebe:taskHeaders}) of a job worker element or a user task. */
  public Map<String, String> taskHeaders() {
    return taskHeaders;
  }

  /** What the event (or receive task) catches or throws; empty for other elements. */
  public EventProperties event() {
    return event;
  }

  public JobWorkerProperties jobWorker() {
    return jobWorker;
  }

  public void jobWorker(JobWorkerProperties jobWorker) {
    this.jobWorker = jobWorker;
  }

  /** A user task's properties (either kind); null for other elements. */
  public UserTaskProperties userTask() {
    return userTask;
  }

  public void userTask(UserTaskProperties userTask) {
    this.userTask = userTask;
  }

  /** Whether this is a Camunda user task ({@code zeebe:userTask}) rather than a job-worker one. */
  public boolean isUserTask() {
    return userTask != null && userTask.camundaUserTask();
  }

  public FormLink form() {
    return form;
  }

  public void form(FormLink form) {
    this.form = form;
  }

  public CalledProcess calledProcess() {
    return calledProcess;
  }

  public void calledProcess(CalledProcess calledProcess) {
    this.calledProcess = calledProcess;
  }

  public CalledDecision calledDecision() {
    return calledDecision;
  }

  public void calledDecision(CalledDecision calledDecision) {
    this.calledDecision = calledDecision;
  }

  public Script script() {
    return script;
  }

  public void script(Script script) {
    this.script = script;
  }

  public List<Listener> listeners() {
    return listeners;
  }

  /** The listeners of one event, in the order they run. */
  public List<Listener> listeners(ListenerEventType eventType) {
    return listeners.isEmpty() ? List.of() : listeners.stream().filter(l -> l.eventType() == eventType).toList();
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
    return jobWorker != null;
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
