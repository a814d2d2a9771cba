package org.amends.engine.processing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.amends.engine.EngineException;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Row;
import org.amends.engine.state.RowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer: commands run one after another on one thread, in batches; each batch's
 * changes are committed in one transaction before any of its commands is answered, so nothing
 * acknowledged is lost. Between batches it runs the due work (timers, expired activations).
 *
 * <p>When anything in a batch fails (a command, a due item, the commit), the batch is dropped
 * and run again one command and one due item per transaction: the one that fails is answered
 * with its error (a command) or set aside with an incident (a due item, as Zeebe bans an
 * instance) and everything else goes on. The command queue is bounded: when it is full a command
 * is refused at once, before anything is written (Zeebe's back-pressure).
 */
public final class Writer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Writer.class);
  private static final int MAX_BATCH = 256;
  /** Zeebe's answer when it takes no more requests. */
  public static final String QUEUE_FULL = "Reached maximum capacity of requests handled";
  private static final long RELOAD_RETRY_MILLIS = 1000;

  /** A command: what to run against the runtime, and who waits for its answer. */
  private record Command<T>(Function<BpmnRuntime, T> body, CompletableFuture<T> answer) {}

  private final BlockingQueue<Command<?>> queue;
  private final BpmnRuntime runtime;
  private final RowStore store;
  private final WriterHooks hooks;
  private final Thread thread;
  /** Due items that failed and could not be pinned to an instance: skipped until a restart. */
  private final Set<String> setAside = new HashSet<>();
  private volatile boolean running = true;
  /** False after a reload failed: commands are refused until the state is loaded again. */
  private boolean loaded = true;
  private long lastReloadAttempt;

  public Writer(BpmnRuntime runtime, RowStore store, WriterHooks hooks, int queueCapacity) {
    this.runtime = runtime;
    this.store = store;
    this.hooks = hooks;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.thread = new Thread(this::loop, "amends-engine-writer");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /**
   * Queues a command; the future completes after its effects are committed, or at once with
   * RESOURCE_EXHAUSTED when the queue is full.
   */
  public <T> CompletableFuture<T> submit(Function<BpmnRuntime, T> body) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    if (!running) {
      answer.completeExceptionally(new IllegalStateException("the engine is stopped"));
      return answer;
    }
    if (!queue.offer(new Command<>(body, answer))) {
      answer.completeExceptionally(new EngineException(EngineException.Kind.RESOURCE_EXHAUSTED, QUEUE_FULL));
    }
    return answer;
  }

  public boolean isWriterThread() {
    return Thread.currentThread() == thread;
  }

  private void loop() {
    List<Command<?>> batch = new ArrayList<>();
    while (running) {
      try {
        Command<?> first = queue.poll(50, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - 1);
        }
        process(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.error("The engine writer failed", e);
        for (Command<?> command : batch) {
          command.answer().completeExceptionally(e);
        }
      } finally {
        batch.clear();
      }
    }
  }

  private void process(List<Command<?>> batch) {
    if (!ensureLoaded(batch)) {
      return;
    }
    List<Runnable> answers = new ArrayList<>(batch.size());
    if (runTogether(batch, answers)) {
      answers.forEach(Runnable::run);
      hooks.afterCommit();
      return;
    }
    // Something failed: nothing of the batch was written. Find the culprit one by one.
    if (!restore(batch)) {
      return;
    }
    answers.clear();
    boolean stateLoaded = true;
    for (int i = 0; i < batch.size() && stateLoaded; i++) {
      stateLoaded = runAlone(batch.get(i), answers);
      if (!stateLoaded) {
        ensureLoaded(batch.subList(i + 1, batch.size()));
      }
    }
    if (stateLoaded) {
      for (DueItem item : hooks.dueItems()) {
        if (!setAside.contains(item.id()) && !runAlone(item)) {
          break;
        }
      }
    }
    answers.forEach(Runnable::run);
  }

  /** The fast way: the whole batch and the due work in one transaction; false when anything failed. */
  private boolean runTogether(List<Command<?>> batch, List<Runnable> answers) {
    for (Command<?> command : batch) {
      if (!run(command, answers)) {
        return false;
      }
    }
    try {
      for (DueItem item : hooks.dueItems()) {
        if (!setAside.contains(item.id())) {
          item.work().run();
          runtime.drain();
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("Due work failed; the batch is run again item by item", e);
      return false;
    }
    return commit(batch.size());
  }

  /** Runs one command and commits it; a failure answers that command only. False when the state is lost. */
  private <T> boolean runAlone(Command<T> command, List<Runnable> answers) {
    List<Runnable> own = new ArrayList<>(1);
    if (run(command, own)) {
      if (commit(1)) {
        answers.addAll(own);
        hooks.afterCommit();
        return true;
      }
      own.clear();
      own.add(() -> command.answer().completeExceptionally(new IllegalStateException(
          "Expected to process the command, but its changes could not be written; nothing was changed")));
    }
    boolean stateLoaded = restore(List.of());
    answers.addAll(own);
    return stateLoaded;
  }

  /** Runs one due item and commits it; one that fails gets an incident instead. False when the state is lost. */
  private boolean runAlone(DueItem item) {
    RuntimeException failure;
    try {
      item.work().run();
      runtime.drain();
      if (commit(0)) {
        hooks.afterCommit();
        return true;
      }
      failure = new IllegalStateException("its changes could not be written");
    } catch (RuntimeException e) {
      failure = e;
    }
    LOG.error("Due item {} failed; it is set aside, everything else goes on", item.id(), failure);
    if (!restore(List.of())) {
      return false;
    }
    try {
      hooks.dueItemFailed(runtime, item, failure);
      runtime.drain();
      if (commit(0)) {
        hooks.afterCommit();
        return true;
      }
    } catch (RuntimeException e) {
      LOG.error("Could not record the failure of due item {}", item.id(), e);
    }
    setAside.add(item.id());
    return restore(List.of());
  }

  /** Runs one command's body and its follow-up steps; false when it failed unexpectedly. */
  private <T> boolean run(Command<T> command, List<Runnable> answers) {
    try {
      T result = command.body().apply(runtime);
      runtime.drain();
      answers.add(() -> command.answer().complete(result));
      return true;
    } catch (EngineException rejection) {
      // Rejections are raised before anything changes.
      runtime.discardSteps();
      answers.add(() -> command.answer().completeExceptionally(rejection));
      return true;
    } catch (RuntimeException e) {
      LOG.error("A command failed unexpectedly", e);
      runtime.discardSteps();
      answers.add(() -> command.answer().completeExceptionally(e));
      return false;
    }
  }

  private boolean commit(int commands) {
    if (!runtime.state().hasChanges()) {
      return true;
    }
    try {
      List<Row> rows = runtime.state().drainDirty();
      store.write(rows, runtime.state().nextKeyCounter());
      return true;
    } catch (RuntimeException e) {
      LOG.error("Could not commit {} commands", commands, e);
      return false;
    }
  }

  /**
   * Drops the in-memory changes and reloads from the database (which the failed work never
   * reached). When the reload fails the commands are refused until one succeeds.
   */
  private boolean restore(List<Command<?>> batch) {
    runtime.discardSteps();
    runtime.state().drainDirty();
    hooks.afterRollback();
    loaded = false;
    return ensureLoaded(batch, true);
  }

  private boolean ensureLoaded(List<Command<?>> batch) {
    return ensureLoaded(batch, false);
  }

  /** Reloads if needed; while idle after a failed reload, at most once a second. */
  private boolean ensureLoaded(List<Command<?>> batch, boolean now) {
    if (loaded) {
      return true;
    }
    long time = System.currentTimeMillis();
    if (now || !batch.isEmpty() || time - lastReloadAttempt >= RELOAD_RETRY_MILLIS) {
      lastReloadAttempt = time;
      try {
        hooks.reload();
        loaded = true;
        return true;
      } catch (RuntimeException e) {
        LOG.error("The engine could not load its state from the database", e);
      }
    }
    EngineException unavailable = new EngineException(EngineException.Kind.UNAVAILABLE,
        "Expected to process the command, but the engine could not load its state from the database; try again later");
    for (Command<?> command : batch) {
      command.answer().completeExceptionally(unavailable);
    }
    return false;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Command<?> left;
    while ((left = queue.poll()) != null) {
      left.answer().completeExceptionally(new IllegalStateException("the engine stopped"));
    }
  }

  /** Used by a reload: the state object itself is replaced in place. */
  public EngineState state() {
    return runtime.state();
  }
}
