package org.amends.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.amends.engine.api.AdHocJobResult;
import org.amends.engine.batch.BatchOperationType;
import org.amends.engine.batch.BatchOperations;
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
import org.amends.engine.processing.DueItem;
import org.amends.engine.processing.WriterHooks;
import org.amends.engine.processing.Writer;
import org.amends.engine.processing.command.AdHocSubProcessCommands;
import org.amends.engine.processing.command.IncidentCommands;
import org.amends.engine.processing.command.ResourceCommands;
import org.amends.engine.processing.command.DecisionCommands;
import org.amends.engine.processing.command.MessageCommands;
import org.amends.engine.processing.command.ProcessInstanceCommands;
import org.amends.engine.processing.command.ProcessInstanceMigration;
import org.amends.engine.processing.command.ProcessInstanceModification;
import org.amends.engine.processing.command.UserTaskCommands;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.RowStore;
import org.flywaydb.core.Flyway;

/**
 * The engine: BPMN, DMN and FEEL executed with Zeebe's semantics, its state in PostgreSQL. Every
 * command is answered only after its effects are committed; after a restart on the same
 * database the engine goes on where it was.
 */
public final class Engine implements AutoCloseable {

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
  private final BatchOperations batchOperations;
  private final JobStreams streams = new JobStreams();
  private final Waiters waiters = new Waiters(streams);
  private final JobActivation jobActivation;
  private final CommandSubmission commands;
  private final Jobs jobs;
  private final DueWork dueWork;
  private final StateLoader loader;
  private volatile long lastCompletedChangeId;

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
    HistoryCleanup historyCleanup = new HistoryCleanup(
        store, configuration.clock(), configuration.historyRetention(), HISTORY_CLEANUP_INTERVAL, HISTORY_CLEANUP_BATCH);
    this.loader = new StateLoader(store, state, deployer);
    this.writer = new Writer(runtime, store, new Hooks(), configuration.commandQueueCapacity());
    this.jobActivation = new JobActivation(writer, waiters, streams);
    this.dueWork = new DueWork(state, runtime, configuration.clock(), waiters, jobActivation, historyCleanup);
    this.commands = new CommandSubmission(writer, configuration.commandTimeout());
    this.jobs = new Jobs(jobActivation, streams, commands);
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
      engine.loader.load();
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
    return commands.isRunning();
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

  /** As {@link #createProcessInstance}, answered by the future instead of on the caller's thread. */
  public CompletableFuture<ProcessInstanceCreated> createProcessInstanceLater(CreateProcessInstance command) {
    return commands.submit(rt -> ProcessInstanceCommands.create(rt, command));
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
    Map<String, Object> variables = CommandSubmission.awaitCompletion(completion, fetchVariables, requestTimeout);
    if (variables == null) {
      waiters.forget(created.processInstanceKey());
      return null;
    }
    return new ProcessInstanceResult(created, variables);
  }

  public void cancelProcessInstance(long processInstanceKey) {
    run(rt -> ProcessInstanceCommands.cancel(rt, processInstanceKey));
  }

  /** The job API: what job workers call. */
  public Jobs jobs() {
    return jobs;
  }

  /** Operations on many process instances at once, carried out in the background. */
  public BatchOperations batchOperations() {
    return batchOperations;
  }

  /** Activates and terminates elements of a running instance (Zeebe's process instance modification). */
  public void modifyProcessInstance(ModifyProcessInstance command) {
    run(rt -> ProcessInstanceModification.modify(rt, command));
  }

  /** Moves a running instance to another process definition (Zeebe's process instance migration). */
  public void migrateProcessInstance(MigrateProcessInstance command) {
    run(rt -> ProcessInstanceMigration.migrate(rt, command));
  }

  /**
   * Sets variables on a scope; returns the key of the change (Zeebe's variable document key). On a
   * user task's element instance it answers once the task's updating listeners are done.
   */
  public long setVariables(long elementInstanceKey, Map<String, Object> variables, boolean local) {
    VariableUpdate update = execute(rt -> {
      long waitingTask = ProcessInstanceCommands.setVariables(rt, elementInstanceKey, variables, local);
      return new VariableUpdate(rt.state().newKey(), waitingTask >= 0 ? waiters.awaitTransition(waitingTask) : null);
    });
    commands.awaitTransition(update.transition());
    return update.key();
  }

  private record VariableUpdate(long key, CompletableFuture<Void> transition) {}

  /** Activates elements of a running ad-hoc subprocess, each in an activation of its own. */
  public void activateAdHocSubProcessActivities(long adHocSubProcessInstanceKey, List<AdHocJobResult.ActivateElement> elements) {
    run(rt -> AdHocSubProcessCommands.activate(rt, adHocSubProcessInstanceKey, elements));
  }

  public void assignUserTask(long key, String assignee, boolean allowOverride) {
    commands.awaitTransition(execute(rt -> UserTaskCommands.assign(rt, key, assignee, allowOverride) ? waiters.awaitTransition(key) : null));
  }

  public void unassignUserTask(long key) {
    commands.awaitTransition(execute(rt -> UserTaskCommands.unassign(rt, key) ? waiters.awaitTransition(key) : null));
  }

  public void updateUserTask(long key, UserTaskChanges changes) {
    commands.awaitTransition(execute(rt -> UserTaskCommands.update(rt, key, changes) ? waiters.awaitTransition(key) : null));
  }

  public void completeUserTask(long key, Map<String, Object> variables) {
    commands.awaitTransition(execute(rt -> UserTaskCommands.complete(rt, key, variables) ? waiters.awaitTransition(key) : null));
  }

  public PublishedMessage publishMessage(
      String name, String correlationKey, Duration timeToLive, String messageId, Map<String, Object> variables, String tenantId) {
    MessageCommands.validatePublish(name, timeToLive);
    return execute(rt -> MessageCommands.publish(rt, name, correlationKey, timeToLive, messageId, variables, tenant(tenantId)));
  }

  public CorrelatedMessage correlateMessage(String name, String correlationKey, Map<String, Object> variables, String tenantId) {
    MessageCommands.validateName(name, "name");
    return execute(rt -> MessageCommands.correlate(rt, name, correlationKey, variables, tenant(tenantId)));
  }

  /** Broadcasts a signal; returns the signal's key. */
  public long broadcastSignal(String name, Map<String, Object> variables, String tenantId) {
    MessageCommands.validateName(name, "signalName");
    return execute(rt -> MessageCommands.broadcastSignal(rt, name, variables, tenant(tenantId)));
  }

  public void resolveIncident(long key) {
    run(rt -> IncidentCommands.resolve(rt, key));
  }

  /** Evaluates the latest version of a decision (by id) or the given one (by key). */
  public DecisionResult evaluateDecision(Long decisionKey, String decisionId, Map<String, Object> variables, String tenantId) {
    return execute(rt -> DecisionCommands.evaluate(rt, decisionKey, decisionId, variables));
  }

  /** Deletes a deployed resource (process, decision requirements or form) by its definition key. */
  public void deleteResource(long key) {
    run(rt -> ResourceCommands.delete(rt, key));
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

  private void run(java.util.function.Consumer<BpmnRuntime> command) {
    commands.run(command);
  }

  private <T> T execute(java.util.function.Function<BpmnRuntime, T> command) {
    return commands.execute(command);
  }

  private static String tenant(String tenantId) {
    return tenantId == null || tenantId.isBlank() ? "<default>" : tenantId;
  }

  /** The writer's side of the engine: due work, answers after a commit, rollback and reload. */
  private final class Hooks implements WriterHooks {

    @Override
    public List<DueItem> dueItems() {
      return dueWork.dueItems();
    }

    @Override
    public void afterCommit() {
      Waiters.Released released = waiters.afterCommit();
      released.answers().forEach(Runnable::run);
      jobActivation.released(released);
    }

    @Override
    public void afterRollback() {
      waiters.rollback();
      jobActivation.rollback();
    }

    @Override
    public void reload() {
      loader.load();
    }

    @Override
    public void dueItemFailed(BpmnRuntime rt, DueItem item, RuntimeException failure) {
      dueWork.itemFailed(rt, item, failure);
    }
  }

  @Override
  public void close() {
    commands.stop();
    batchOperations.close();
    writer.close();
    waiters.failAll();
    streams.all().forEach(JobStream::close);
    schemaLock.close();
  }
}
