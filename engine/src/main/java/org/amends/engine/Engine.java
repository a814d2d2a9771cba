package org.amends.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.batch.BatchOperationType;
import org.amends.engine.batch.BatchOperations;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.api.CorrelatedMessage;
import org.amends.engine.api.CreateProcessInstance;
import org.amends.engine.api.DecisionResult;
import org.amends.engine.api.DeploymentResource;
import org.amends.engine.api.DeploymentResult;
import org.amends.engine.api.MigrateProcessInstance;
import org.amends.engine.api.ModifyProcessInstance;
import org.amends.engine.api.ProcessInstanceCreated;
import org.amends.engine.api.ProcessInstanceResult;
import org.amends.engine.api.PublishedMessage;
import org.amends.engine.api.UserTaskChanges;
import org.amends.engine.retention.HistoryCleanup;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.decision.DecisionEngine;
import org.amends.engine.deployment.BpmnTransformer;
import org.amends.engine.deployment.Deployer;
import org.amends.engine.expression.ExpressionLanguage;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.DecisionBehavior;
import org.amends.engine.processing.DueItem;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.processing.WriterHooks;
import org.amends.engine.processing.RuntimeListener;
import org.amends.engine.processing.Writer;
import org.amends.engine.processing.command.IncidentCommands;
import org.amends.engine.processing.command.JobCommands;
import org.amends.engine.processing.command.ProcessInstanceCommands;
import org.amends.engine.processing.command.ProcessInstanceMigration;
import org.amends.engine.processing.command.ProcessInstanceModification;
import org.amends.engine.processing.command.UserTaskCommands;
import org.amends.engine.state.DecisionDefinition;
import org.amends.engine.state.DecisionRequirements;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Form;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;
import org.amends.engine.state.Message;
import org.amends.engine.state.MessageSubscription;
import org.amends.engine.state.ProcessDefinition;
import org.amends.engine.state.Resource;
import org.amends.engine.state.RowStore;
import org.amends.engine.state.SignalSubscription;
import org.amends.engine.state.Timer;
import org.amends.engine.state.UserTask;
import org.amends.engine.state.Variable;
import org.flywaydb.core.Flyway;

/**
 * The engine: BPMN, DMN and FEEL executed with Zeebe's semantics, its state in PostgreSQL. Every
 * command is answered only after its effects are committed; after a restart on the same
 * database the engine goes on where it was.
 */
public final class Engine implements AutoCloseable {

  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
  /** How often (on the engine clock) finished instances past their retention are looked for. */
  private static final Duration HISTORY_CLEANUP_INTERVAL = Duration.ofHours(1);
  private static final int HISTORY_CLEANUP_BATCH = 500;

  private final EngineConfiguration configuration;
  private final SchemaLock schemaLock;
  private final RowStore store;
  private final EngineState state;
  private final BpmnRuntime runtime;
  private final Deployer deployer;
  private final Writer writer;
  private final HistoryCleanup historyCleanup;
  private final BatchOperations batchOperations;
  private final Waiters waiters = new Waiters();
  private final JobStreams streams = new JobStreams();
  private final StreamPush streamPush = new StreamPush(streams, this::yieldJobs);
  private volatile long lastCompletedChangeId;
  private volatile boolean running = true;
  /** Set when the host is shutting down: workers get answers at once instead of waiting. */
  private volatile boolean longPolling = true;

  private Engine(EngineConfiguration configuration, SchemaLock schemaLock) {
    this.configuration = configuration;
    this.schemaLock = schemaLock;
    this.store = new RowStore(configuration.dataSource(), configuration.schema());
    this.state = new EngineState(store.meta("next_key"));
    this.lastCompletedChangeId = store.meta("last_change_id");
    ExpressionLanguage expressions = new ExpressionLanguage(configuration.clock());
    DecisionEngine decisions = new DecisionEngine(configuration.clock().asClock());
    this.runtime = new BpmnRuntime(state, configuration.clock(), expressions, decisions, waiters);
    this.deployer = new Deployer(new BpmnTransformer(expressions), decisions);
    this.historyCleanup = new HistoryCleanup(
        store, configuration.clock(), configuration.historyRetention(), HISTORY_CLEANUP_INTERVAL, HISTORY_CLEANUP_BATCH);
    this.writer = new Writer(runtime, store, new Hooks(), configuration.commandQueueCapacity());
    this.batchOperations = new BatchOperations(writer, store);
  }

  /** Starts an engine; refuses when another engine already runs on the same schema. */
  public static Engine start(EngineConfiguration configuration) {
    SchemaLock lock = SchemaLock.acquire(configuration.dataSource(), configuration.schema());
    try {
      Flyway.configure()
          .dataSource(configuration.dataSource())
          .schemas(configuration.schema())
          .locations("classpath:db/engine")
          .load()
          .migrate();
      Engine engine = new Engine(configuration, lock);
      engine.load();
      engine.writer.start();
      engine.batchOperations.resumeOpen(BatchOperationType::operationOf);
      return engine;
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  public EngineClock clock() {
    return configuration.clock();
  }

  public EngineConfiguration configuration() {
    return configuration;
  }

  public boolean isHealthy() {
    return running;
  }

  /** The id of the last completed cluster change (a purge); -1 before any. */
  public long lastCompletedChangeId() {
    return lastCompletedChangeId;
  }

  // ---- commands

  public DeploymentResult deploy(List<DeploymentResource> resources, String tenantId) {
    if (resources == null || resources.isEmpty()) {
      throw EngineException.invalidArgument("No resources provided.");
    }
    Deployer.Prepared prepared = deployer.prepare(resources);
    return execute(rt -> deployer.apply(prepared, rt, tenant(tenantId)));
  }

  public ProcessInstanceCreated createProcessInstance(CreateProcessInstance command) {
    return execute(rt -> ProcessInstanceCommands.create(rt, command));
  }

  /** Creates an instance and waits for it to complete; null when it does not complete in time. */
  public ProcessInstanceResult createProcessInstanceWithResult(
      CreateProcessInstance command, List<String> fetchVariables, Duration requestTimeout) {
    CompletableFuture<Map<String, Object>> completion = new CompletableFuture<>();
    ProcessInstanceCreated created = execute(rt -> {
      ProcessInstanceCreated result = ProcessInstanceCommands.create(rt, command);
      waiters.awaitCompletion(result.processInstanceKey(), completion);
      return result;
    });
    try {
      Map<String, Object> variables = completion.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
      Map<String, Object> selected = variables;
      if (fetchVariables != null && !fetchVariables.isEmpty()) {
        selected = new HashMap<>();
        for (String name : fetchVariables) {
          if (variables.containsKey(name)) {
            selected.put(name, variables.get(name));
          }
        }
      }
      return new ProcessInstanceResult(created, selected);
    } catch (TimeoutException e) {
      waiters.forget(created.processInstanceKey());
      return null;
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  public void cancelProcessInstance(long processInstanceKey) {
    execute(rt -> {
      ProcessInstanceCommands.cancel(rt, processInstanceKey);
      return null;
    });
  }

  /** Operations on many process instances at once, carried out in the background. */
  public BatchOperations batchOperations() {
    return batchOperations;
  }

  /** Activates and terminates elements of a running instance (Zeebe's process instance modification). */
  public void modifyProcessInstance(ModifyProcessInstance command) {
    execute(rt -> {
      ProcessInstanceModification.modify(rt, command);
      return null;
    });
  }

  /** Moves a running instance to another process definition (Zeebe's process instance migration). */
  public void migrateProcessInstance(MigrateProcessInstance command) {
    execute(rt -> {
      ProcessInstanceMigration.migrate(rt, command);
      return null;
    });
  }

  /** Sets variables on a scope; returns the key of the change (Zeebe's variable document key). */
  public long setVariables(long elementInstanceKey, Map<String, Object> variables, boolean local) {
    return execute(rt -> {
      ProcessInstanceCommands.setVariables(rt, elementInstanceKey, variables, local);
      return rt.state().newKey();
    });
  }

  /** Activates jobs, waiting up to the request timeout for one to become available. */
  public CompletableFuture<List<ActivatedJob>> activateJobs(ActivateJobs request) {
    CompletableFuture<List<ActivatedJob>> answer = new CompletableFuture<>();
    Instant deadline = Instant.now().plus(request.requestTimeout() == null ? Duration.ZERO : request.requestTimeout());
    tryActivate(new Waiters.PendingActivation(request, answer, deadline));
    return answer;
  }

  /**
   * Activates on the writer thread. A request that finds nothing joins the waiters there too,
   * before any later command of the batch runs, so a job created right after it is never missed.
   */
  private void tryActivate(Waiters.PendingActivation pending) {
    ActivateJobs request = pending.request();
    if (pending.answer().isDone()) {
      return;
    }
    writer.submit(rt -> {
      if (pending.answer().isDone()) {
        // Given up by the caller (a cancelled call): activate nothing nobody would receive.
        return null;
      }
      List<Job> jobs = rt.jobs().activate(
          request.type(), request.worker(), request.timeout(), request.maxJobsToActivate(), request.tenantIds());
      List<ActivatedJob> activated = new ArrayList<>(jobs.size());
      for (Job job : jobs) {
        activated.add(toActivated(job, rt.jobs().variablesFor(job, request.fetchVariables())));
      }
      if (activated.isEmpty() && longPolling && Instant.now().isBefore(pending.deadline())) {
        waiters.waitForJobs(pending);
        return null;
      }
      return activated;
    }).whenComplete((jobs, failure) -> {
      if (failure != null) {
        waiters.forget(pending);
        pending.answer().completeExceptionally(failure);
      } else if (jobs != null) {
        pending.answer().complete(jobs);
      }
    });
  }

  /**
   * A long poll whose type the batch made available, activated in the same batch and answered
   * after its commit (no second transaction); one that finds nothing goes on waiting.
   */
  private void activateInBatch(Waiters.PendingActivation pending) {
    if (pending.answer().isDone()) {
      return;
    }
    ActivateJobs request = pending.request();
    List<Job> jobs = runtime.jobs().activate(
        request.type(), request.worker(), request.timeout(), request.maxJobsToActivate(), request.tenantIds());
    if (jobs.isEmpty()) {
      waiters.waitForJobs(pending);
      return;
    }
    List<ActivatedJob> activated = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      activated.add(toActivated(job, runtime.jobs().variablesFor(job, request.fetchVariables())));
    }
    waiters.answerAfterCommit(pending, activated);
  }

  static ActivatedJob toActivated(Job job, Map<String, Object> variables) {
    return new ActivatedJob(
        job.key, job.type, job.processInstanceKey, job.bpmnProcessId, job.processDefinitionVersion,
        job.processDefinitionKey, job.elementId, job.elementInstanceKey, job.customHeaders, job.worker,
        job.retries, job.deadline.toEpochMilli(), variables, job.tenantId, job.kind);
  }

  /**
   * Opens a job stream, as Zeebe's job push: from now on every job of the request's type that
   * becomes activatable (created, timed out, failed with retries left) is activated for one of
   * the type's open streams, in turn, and handed to it once the activation is committed. A job the
   * stream cannot take any more is made activatable again (yielded) and the stream is closed.
   */
  public JobStream openJobStream(ActivateJobs request, JobStream.Sink sink) {
    JobStream stream = new JobStream(request, sink, streams::close);
    streams.open(stream);
    return stream;
  }

  /** How many job streams of the type are open (what Zeebe's job stream view shows). */
  public int openJobStreams(String type) {
    return streams.count(type);
  }

  /**
   * Jobs activated for a worker that could not receive them (its call was cancelled, its stream
   * gone): activatable again at once, as Zeebe's job yield, rather than after their timeout.
   */
  public void yieldJobs(List<Long> keys) {
    writer.submit(rt -> {
      for (long key : keys) {
        Job job = rt.state().jobs.get(key);
        if (job != null && job.state == Job.State.ACTIVATED) {
          job.state = Job.State.CREATED;
          job.worker = null;
          job.deadline = null;
          rt.state().save(job);
          waiters.jobAvailable(job.type);
        }
      }
      return null;
    });
  }

  public void completeJob(long key, Map<String, Object> variables) {
    execute(rt -> {
      JobCommands.complete(rt, key, variables == null ? Map.of() : variables);
      return null;
    });
  }

  public void failJob(long key, int retries, String errorMessage, Duration retryBackOff, Map<String, Object> variables) {
    if (retryBackOff != null && retryBackOff.isNegative()) {
      throw EngineException.invalidArgument(
          "The retryBackOff must not be negative, but was " + retryBackOff.toMillis() + ".");
    }
    execute(rt -> {
      JobCommands.fail(rt, key, retries, errorMessage, retryBackOff, variables);
      return null;
    });
  }

  public void throwJobError(long key, String errorCode, String errorMessage, Map<String, Object> variables) {
    execute(rt -> {
      JobCommands.throwError(rt, key, errorCode, errorMessage, variables);
      return null;
    });
  }

  /** Changes a job's retries, its timeout (from now), or both; at least one is required. */
  public void updateJob(long key, Integer retries, Long timeoutMillis) {
    if (retries == null && timeoutMillis == null) {
      throw EngineException.invalidArgument("At least one of [retries, timeout] is required.");
    }
    execute(rt -> {
      JobCommands.update(rt, key, retries, timeoutMillis);
      return null;
    });
  }

  public void assignUserTask(long key, String assignee, boolean allowOverride) {
    execute(rt -> {
      UserTaskCommands.assign(rt, key, assignee, allowOverride);
      return null;
    });
  }

  public void unassignUserTask(long key) {
    execute(rt -> {
      UserTaskCommands.unassign(rt, key);
      return null;
    });
  }

  public void updateUserTask(long key, UserTaskChanges changes) {
    execute(rt -> {
      UserTaskCommands.update(rt, key, changes);
      return null;
    });
  }

  public void completeUserTask(long key, Map<String, Object> variables) {
    execute(rt -> {
      UserTaskCommands.complete(rt, key, variables);
      return null;
    });
  }

  public PublishedMessage publishMessage(
      String name, String correlationKey, Duration timeToLive, String messageId, Map<String, Object> variables, String tenantId) {
    if (name == null || name.isBlank()) {
      throw EngineException.invalidArgument("No name provided");
    }
    if (timeToLive != null && timeToLive.isNegative()) {
      throw EngineException.invalidArgument("The timeToLive must not be negative, but was " + timeToLive.toMillis() + ".");
    }
    return execute(rt -> {
      Message message = rt.events().publish(
          name, correlationKey == null ? "" : correlationKey,
          timeToLive == null ? Duration.ZERO : timeToLive, messageId,
          variables == null ? Map.of() : variables, tenant(tenantId));
      return new PublishedMessage(message.key, message.tenantId);
    });
  }

  public CorrelatedMessage correlateMessage(String name, String correlationKey, Map<String, Object> variables, String tenantId) {
    if (name == null || name.isBlank()) {
      throw EngineException.invalidArgument("No name provided");
    }
    return execute(rt -> {
      long[] keys = rt.events().correlate(name, correlationKey, variables == null ? Map.of() : variables, tenant(tenantId));
      return new CorrelatedMessage(keys[0], keys[1], tenant(tenantId));
    });
  }

  /** Broadcasts a signal; returns the signal's key. */
  public long broadcastSignal(String name, Map<String, Object> variables, String tenantId) {
    if (name == null || name.isBlank()) {
      throw EngineException.invalidArgument("No signalName provided");
    }
    return execute(rt -> {
      rt.events().broadcastSignal(name, variables == null ? Map.of() : variables, tenant(tenantId));
      return rt.state().newKey();
    });
  }

  public void resolveIncident(long key) {
    execute(rt -> {
      IncidentCommands.resolve(rt, key);
      return null;
    });
  }

  /** Evaluates the latest version of a decision (by id) or the given one (by key). */
  public DecisionResult evaluateDecision(Long decisionKey, String decisionId, Map<String, Object> variables, String tenantId) {
    return execute(rt -> {
      DecisionDefinition decision = decisionKey != null
          ? rt.state().decisionDefinitions.get(decisionKey)
          : decisionId == null ? null : rt.state().latestDecision(decisionId);
      if (decision == null || decision.deleted) {
        throw EngineException.notFound(decisionKey != null
            ? "Expected to evaluate decision with key '" + decisionKey + "', but no such decision was found"
            : "Expected to evaluate decision '" + decisionId + "', but no decision found for id '" + decisionId + "'");
      }
      DecisionBehavior.Evaluated evaluated = DecisionBehavior.evaluate(rt, decision, variables == null ? Map.of() : variables, null);
      if (evaluated.evaluation().isFailure()) {
        throw EngineException.invalidArgument(evaluated.evaluation().failureMessage());
      }
      DecisionRequirements drg = rt.state().decisionRequirements.get(decision.decisionRequirementsKey);
      List<DecisionResult.Definition> definitions = new ArrayList<>();
      for (var evaluatedDecision : evaluated.evaluation().evaluatedDecisions()) {
        definitions.add(rt.state().decisionDefinitions.values().stream()
            .filter(d -> d.decisionRequirementsKey == drg.key && d.decisionId.equals(evaluatedDecision.decisionId()))
            .findFirst().map(d -> new DecisionResult.Definition(d.key, d.version)).orElse(null));
      }
      return new DecisionResult(
          evaluated.decisionInstanceKey(), decision.key, decision.decisionId, decision.name, decision.version,
          drg.key, drg.decisionRequirementsId, decision.tenantId, evaluated.evaluation(), definitions);
    });
  }

  /** Deletes a deployed resource (process, decision requirements or form) by its definition key. */
  public void deleteResource(long key) {
    execute(rt -> {
      EngineState s = rt.state();
      ProcessDefinition process = s.processDefinitions.get(key);
      if (process != null && !process.deleted) {
        boolean running = s.elementInstances.values().stream().anyMatch(i -> i.processDefinitionKey == key);
        if (running) {
          throw EngineException.invalidState(
              "Expected to delete resource with key '" + key + "', but there are running instances for this process definition");
        }
        process.deleted = true;
        s.save(process);
        for (Timer timer : List.copyOf(s.timers.values())) {
          if (timer.processDefinitionKey == key && timer.elementInstanceKey < 0) {
            timer.live = false;
            s.save(timer);
          }
        }
        return null;
      }
      DecisionRequirements drg = s.decisionRequirements.get(key);
      if (drg != null && !drg.deleted) {
        drg.deleted = true;
        s.save(drg);
        for (DecisionDefinition decision : s.decisionDefinitions.values()) {
          if (decision.decisionRequirementsKey == key) {
            decision.deleted = true;
            s.save(decision);
          }
        }
        return null;
      }
      Form form = s.forms.get(key);
      if (form != null && !form.deleted) {
        form.deleted = true;
        s.save(form);
        return null;
      }
      throw EngineException.notFound("Expected to delete resource with key '" + key + "', but no such resource was found");
    });
  }

  // ---- clock and purge

  public void pinClock(Instant instant) {
    configuration.clock().pin(instant);
    nudge();
  }

  public void addToClock(Duration duration) {
    configuration.clock().add(duration);
    nudge();
  }

  public void resetClock() {
    configuration.clock().reset();
    nudge();
  }

  /** Lets due timers fire now rather than at the next tick (the answer waits for them). */
  private void nudge() {
    execute(rt -> null);
  }

  /** Removes all runtime and history data, as on a fresh cluster; returns the change id. */
  public long purge() {
    long changeId = lastCompletedChangeId + 1;
    execute(rt -> {
      store.purge(changeId);
      rt.state().clear();
      batchOperations.forget();
      rt.discardSteps();
      return null;
    });
    waiters.failAll();
    lastCompletedChangeId = changeId;
    return changeId;
  }

  /**
   * Answers every waiting job activation now and stops holding new ones, so that job workers
   * closing with their application are not kept waiting for a long poll to run out.
   */
  public void stopLongPolling() {
    longPolling = false;
    waiters.answerWaitingActivations();
  }

  // ---- reads of the runtime (searches go to the database)

  public Deployer deployer() {
    return deployer;
  }

  public RowStore store() {
    return store;
  }

  /** Runs a read on the writer thread, consistent with everything answered before it. */
  public <T> T read(java.util.function.Function<EngineState, T> reader) {
    return execute(rt -> reader.apply(rt.state()));
  }

  // ---- internals

  private <T> T execute(java.util.function.Function<BpmnRuntime, T> command) {
    if (!running) {
      throw new IllegalStateException("the engine is stopped");
    }
    try {
      return writer.submit(command).get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    } catch (TimeoutException e) {
      throw new EngineException(EngineException.Kind.DEADLINE_EXCEEDED,
          "Expected an answer within " + COMMAND_TIMEOUT.toSeconds() + "s, but the command is still being processed;"
              + " it may yet take effect");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof CompletionException completion && completion.getCause() != null) {
      cause = completion.getCause();
    }
    return cause instanceof RuntimeException runtimeException
        ? runtimeException
        : new IllegalStateException(cause);
  }

  private static String tenant(String tenantId) {
    return tenantId == null || tenantId.isBlank() ? "<default>" : tenantId;
  }

  /** The writer's side of the engine: due work, answers after a commit, rollback and reload. */
  private final class Hooks implements WriterHooks {

    @Override
    public List<DueItem> dueItems() {
      return Engine.this.dueItems();
    }

    @Override
    public void afterCommit() {
      waiters.afterCommit();
    }

    @Override
    public void afterRollback() {
      waiters.rollback();
    }

    @Override
    public void reload() {
      load();
    }

    @Override
    public void dueItemFailed(BpmnRuntime rt, DueItem item, RuntimeException failure) {
      ElementInstance owner = item.elementInstanceKey() < 0 ? null : rt.state().elementInstance(item.elementInstanceKey());
      if (owner == null) {
        throw new IllegalStateException("due item " + item.id() + " has no element instance to raise an incident on");
      }
      rt.incidents().raise(owner, IncidentBehavior.PROCESSING_ERROR,
          "Expected to process " + item.id() + ", but it failed: " + failure.getMessage(), Incident.Phase.JOB);
    }
  }

  /**
   * Timers, expired activations, back-offs and message TTLs: run by the writer between batches,
   * each timer on its own so that one that fails is set aside (with an incident) and the rest go on.
   */
  private List<DueItem> dueItems() {
    Instant now = configuration.clock().now();
    List<DueItem> items = new ArrayList<>();
    for (Timer timer : state.dueTimers(now)) {
      if (!failedBefore(timer.elementInstanceKey)) {
        long key = timer.key;
        items.add(new DueItem("timer " + key, timer.elementInstanceKey, () -> fireTimer(key)));
      }
    }
    items.add(new DueItem("housekeeping", -1, this::housekeeping));
    // last, so that jobs the batch and its due work made activatable go to streams in this batch
    items.add(new DueItem("job push", -1, () -> {
      streamPush.activate(runtime, waiters.streamedTypes());
      waiters.takeAvailable().forEach(this::activateInBatch);
    }));
    return items;
  }

  private void fireTimer(long key) {
    Timer timer = state.timers.get(key);
    if (timer != null) {
      runtime.events().fireTimer(timer);
    }
  }

  /** An element whose due work failed unexpectedly waits for its incident to be resolved. */
  private boolean failedBefore(long elementInstanceKey) {
    ElementInstance owner = elementInstanceKey < 0 ? null : state.elementInstance(elementInstanceKey);
    if (owner == null || owner.incidentKey < 0) {
      return false;
    }
    Incident incident = state.incidents.get(owner.incidentKey);
    return incident != null && IncidentBehavior.PROCESSING_ERROR.equals(incident.errorType);
  }

  private void housekeeping() {
    Instant now = configuration.clock().now();
    for (String type : runtime.jobs().timeOutExpired()) {
      waiters.jobAvailable(type);
    }
    for (Job job : state.timedJobs()) {
      if (job.retryAt != null && !job.retryAt.isAfter(now) && job.retries > 0) {
        job.retryAt = null;
        state.save(job);
        waiters.jobAvailable(job.type);
      }
    }
    runtime.events().expireMessages();
    waiters.expire();
    historyCleanup.runIfDue();
  }

  /** Loads the runtime from the database (at start, and after a failed batch). */
  private void load() {
    // Keys go on from the highest one ever stored, read before anything is cleared: should the
    // load fail half way, no new key may land on an old row.
    long nextKey = Math.max(state.nextKeyCounter(),
        Math.max(store.meta("next_key"), store.highestKey() - EngineState.KEY_BASE + 1));
    state.clear();
    state.restoreNextKey(nextKey);
    EngineState s = state;
    for (Resource resource : store.load(Resource.class, false)) {
      s.save(resource);
    }
    for (ProcessDefinition definition : store.load(ProcessDefinition.class, false)) {
      definition.executable = deployer.rebuild(definition, s.resources.get(definition.resourceKey));
      s.save(definition);
    }
    for (DecisionRequirements drg : store.load(DecisionRequirements.class, false)) {
      drg.parsed = deployer.rebuild(s.resources.get(drg.resourceKey));
      s.save(drg);
    }
    store.load(DecisionDefinition.class, false).forEach(s::save);
    store.load(Form.class, false).forEach(s::save);
    store.load(ElementInstance.class, true).forEach(s::save);
    store.load(Variable.class, true).forEach(s::save);
    store.load(Job.class, true).forEach(s::save);
    store.load(UserTask.class, true).forEach(s::save);
    store.load(Incident.class, true).forEach(s::save);
    store.load(Timer.class, true).forEach(s::save);
    store.load(Message.class, true).forEach(s::save);
    store.load(MessageSubscription.class, true).forEach(s::save);
    store.load(SignalSubscription.class, true).forEach(s::save);
    s.drainDirty();
  }

  @Override
  public void close() {
    running = false;
    batchOperations.close();
    writer.close();
    waiters.failAll();
    streams.all().forEach(JobStream::close);
    schemaLock.close();
  }

  /** API calls waiting for something: jobs to activate, process instances to complete. */
  private final class Waiters implements RuntimeListener {

    record PendingActivation(ActivateJobs request, CompletableFuture<List<ActivatedJob>> answer, Instant deadline) {}

    private final List<PendingActivation> activations = new ArrayList<>();
    private final Set<String> availableTypes = new HashSet<>();
    private final Map<Long, CompletableFuture<Map<String, Object>>> completions = new HashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    /** Awaited completions seen in the batch being written: answered after its commit, restored on a rollback. */
    private final List<Staged> stagedCompletions = new ArrayList<>();
    private final List<Long> registeredSinceCommit = new ArrayList<>();
    /** Long polls activated in the batch being written: answered after its commit, waiting again on a rollback. */
    private final List<PendingActivation> stagedActivations = new ArrayList<>();

    record Staged(long processInstanceKey, CompletableFuture<Map<String, Object>> completion) {}

    /** Called on the writer thread; retried after the commit of a batch that made its type available. */
    synchronized void waitForJobs(PendingActivation pending) {
      activations.add(pending);
    }

    @Override
    public synchronized void jobAvailable(String type) {
      availableTypes.add(type);
    }

    /** Long polls waiting for a type made available since the last commit: taken out to be activated. */
    synchronized List<PendingActivation> takeAvailable() {
      List<PendingActivation> taken = new ArrayList<>();
      for (Iterator<PendingActivation> it = activations.iterator(); it.hasNext(); ) {
        PendingActivation pending = it.next();
        if (availableTypes.contains(pending.request().type())) {
          it.remove();
          taken.add(pending);
        }
      }
      return taken;
    }

    /** Answered after the commit; waits again should the batch be dropped. */
    synchronized void answerAfterCommit(PendingActivation pending, List<ActivatedJob> jobs) {
      stagedActivations.add(pending);
      afterCommit.add(() -> pending.answer().complete(jobs));
    }

    /** The types made available since the last commit that have open streams. */
    synchronized List<String> streamedTypes() {
      return availableTypes.stream().filter(streams::has).toList();
    }

    synchronized void forget(PendingActivation pending) {
      activations.remove(pending);
    }

    synchronized void awaitCompletion(long processInstanceKey, CompletableFuture<Map<String, Object>> completion) {
      completions.put(processInstanceKey, completion);
      registeredSinceCommit.add(processInstanceKey);
    }

    /**
     * The batch was dropped: a completion it saw did not happen (the caller waits on), and a
     * wait it registered belongs to an instance that was never created.
     */
    synchronized void rollback() {
      for (Staged staged : stagedCompletions) {
        completions.put(staged.processInstanceKey(), staged.completion());
      }
      stagedCompletions.clear();
      activations.addAll(stagedActivations);
      stagedActivations.clear();
      afterCommit.clear();
      streamPush.rollback();
      registeredSinceCommit.forEach(completions::remove);
      registeredSinceCommit.clear();
    }

    synchronized void forget(long processInstanceKey) {
      completions.remove(processInstanceKey);
    }

    @Override
    public synchronized void processInstanceCompleted(ElementInstance instance, Map<String, Object> variables) {
      CompletableFuture<Map<String, Object>> completion = completions.remove(instance.key);
      if (completion != null) {
        Map<String, Object> copy = new HashMap<>(variables);
        stagedCompletions.add(new Staged(instance.key, completion));
        afterCommit.add(() -> completion.complete(copy));
      }
    }

    @Override
    public synchronized void processInstanceTerminated(ElementInstance instance) {
      CompletableFuture<Map<String, Object>> completion = completions.remove(instance.key);
      if (completion != null) {
        stagedCompletions.add(new Staged(instance.key, completion));
        afterCommit.add(() -> completion.completeExceptionally(EngineException.invalidState(
            "Expected to wait for the result of process instance '" + instance.key + "', but it was terminated")));
      }
    }

    /** After a commit: answer waiting results, retry waiting activations of types now available. */
    void afterCommit() {
      List<Runnable> answers;
      List<PendingActivation> retry = new ArrayList<>();
      synchronized (this) {
        answers = new ArrayList<>(afterCommit);
        afterCommit.clear();
        stagedCompletions.clear();
        stagedActivations.clear();
        registeredSinceCommit.clear();
        if (!availableTypes.isEmpty()) {
          for (Iterator<PendingActivation> it = activations.iterator(); it.hasNext(); ) {
            PendingActivation pending = it.next();
            if (availableTypes.contains(pending.request().type())) {
              it.remove();
              retry.add(pending);
            }
          }
          availableTypes.clear();
        }
      }
      answers.forEach(Runnable::run);
      // Streams first, as in Zeebe: the batch activated its jobs for streams before a long poll.
      streamPush.deliver();
      retry.forEach(Engine.this::tryActivate);
    }

    /** Long polls whose time is up get an empty answer. */
    void expire() {
      Instant now = Instant.now();
      List<PendingActivation> expired = new ArrayList<>();
      synchronized (this) {
        for (Iterator<PendingActivation> it = activations.iterator(); it.hasNext(); ) {
          PendingActivation pending = it.next();
          if (!now.isBefore(pending.deadline())) {
            it.remove();
            expired.add(pending);
          }
        }
      }
      expired.forEach(p -> p.answer().complete(List.of()));
    }

    void answerWaitingActivations() {
      List<PendingActivation> pending;
      synchronized (this) {
        pending = new ArrayList<>(activations);
        activations.clear();
      }
      pending.forEach(p -> p.answer().complete(List.of()));
    }

    /** Everything waiting is answered: activations with no jobs, awaited results with an error. */
    void failAll() {
      answerWaitingActivations();
      List<CompletableFuture<Map<String, Object>>> waiting;
      synchronized (this) {
        waiting = new ArrayList<>(completions.values());
        completions.clear();
      }
      waiting.forEach(w -> w.completeExceptionally(EngineException.notFound("the process instance no longer exists")));
    }
  }
}
