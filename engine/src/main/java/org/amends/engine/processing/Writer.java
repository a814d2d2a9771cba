package org.amends.engine.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
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
 */
public final class Writer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Writer.class);
  private static final int MAX_BATCH = 256;

  /** A command: what to run against the runtime, and who waits for its answer. */
  private record Command<T>(Function<BpmnRuntime, T> body, CompletableFuture<T> answer) {}

  private final BlockingQueue<Command<?>> queue = new LinkedBlockingQueue<>();
  private final BpmnRuntime runtime;
  private final RowStore store;
  private final Runnable dueWork;
  private final Runnable afterCommit;
  private final Runnable reload;
  private final Thread thread;
  private volatile boolean running = true;

  public Writer(BpmnRuntime runtime, RowStore store, Runnable dueWork, Runnable afterCommit, Runnable reload) {
    this.runtime = runtime;
    this.store = store;
    this.dueWork = dueWork;
    this.afterCommit = afterCommit;
    this.reload = reload;
    this.thread = new Thread(this::loop, "amends-engine-writer");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Queues a command; the future completes after its effects are committed. */
  public <T> CompletableFuture<T> submit(Function<BpmnRuntime, T> body) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    if (!running) {
      answer.completeExceptionally(new IllegalStateException("the engine is stopped"));
      return answer;
    }
    queue.add(new Command<>(body, answer));
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
        LOG.error("The engine writer failed; state is reloaded from the database", e);
      } finally {
        batch.clear();
      }
    }
  }

  private void process(List<Command<?>> batch) {
    List<Runnable> answers = new ArrayList<>(batch.size());
    boolean broken = false;
    for (Command<?> command : batch) {
      broken |= run(command, answers);
    }
    try {
      dueWork.run();
      runtime.drain();
    } catch (RuntimeException e) {
      LOG.error("Due work failed", e);
      runtime.discardSteps();
      broken = true;
    }
    if (broken) {
      // A step failed half way: the in-memory state cannot be trusted, the database can. The
      // batch's effects are dropped, so none of its commands may be answered as done.
      runtime.state().drainDirty();
      reload.run();
      for (Command<?> command : batch) {
        command.answer().completeExceptionally(
            new IllegalStateException("the engine could not process the command; nothing was changed"));
      }
      answers.forEach(Runnable::run);
      return;
    } else if (runtime.state().hasChanges()) {
      try {
        List<Row> rows = runtime.state().drainDirty();
        store.write(rows, runtime.state().nextKeyCounter());
      } catch (RuntimeException e) {
        LOG.error("Could not commit a batch of {} commands", batch.size(), e);
        for (Command<?> command : batch) {
          command.answer().completeExceptionally(e);
        }
        reload.run();
        return;
      }
    }
    answers.forEach(Runnable::run);
    afterCommit.run();
  }

  /** Runs one command; returns true when it failed unexpectedly (state possibly half-changed). */
  private <T> boolean run(Command<T> command, List<Runnable> answers) {
    try {
      T result = command.body().apply(runtime);
      runtime.drain();
      answers.add(() -> command.answer().complete(result));
      return false;
    } catch (EngineException rejection) {
      // Rejections are raised before anything changes.
      runtime.discardSteps();
      answers.add(() -> command.answer().completeExceptionally(rejection));
      return false;
    } catch (RuntimeException e) {
      LOG.error("A command failed unexpectedly", e);
      runtime.discardSteps();
      answers.add(() -> command.answer().completeExceptionally(e));
      return true;
    }
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
