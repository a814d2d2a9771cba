package org.amends.engine;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.Writer;

/**
 * An API call's command handed to the writer and its answer awaited: the effects are committed
 * when it returns; past the deadline the caller hears that the command may yet take effect.
 */
final class CommandSubmission {

  private final Writer writer;
  private final Duration timeout;
  private volatile boolean running = true;

  CommandSubmission(Writer writer, Duration timeout) {
    this.writer = writer;
    this.timeout = timeout;
  }

  boolean isRunning() {
    return running;
  }

  /** From now on every command is refused: the engine is closing. */
  void stop() {
    running = false;
  }

  <T> T execute(Function<BpmnRuntime, T> command) {
    if (!running) {
      throw new IllegalStateException("the engine is stopped");
    }
    try {
      return writer.submit(command).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    } catch (TimeoutException e) {
      throw stillProcessing();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  /**
   * As {@link #execute}, without holding the caller's thread: the future completes (on the writer
   * thread) once the effects are committed, or with the refusal, or past the deadline with
   * DEADLINE_EXCEEDED. Saves a transport the thread hand-off back from the writer.
   */
  <T> CompletableFuture<T> submit(Function<BpmnRuntime, T> command) {
    if (!running) {
      return CompletableFuture.failedFuture(new IllegalStateException("the engine is stopped"));
    }
    CompletableFuture<T> answer = new CompletableFuture<>();
    writer.submit(command).orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((result, failure) -> {
      if (failure == null) {
        answer.complete(result);
      } else {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        answer.completeExceptionally(cause instanceof TimeoutException ? stillProcessing() : unwrap(cause));
      }
    });
    return answer;
  }

  private EngineException stillProcessing() {
    return new EngineException(EngineException.Kind.DEADLINE_EXCEEDED,
        "Expected an answer within " + readable(timeout) + ", but the command is still being processed;"
            + " it may yet take effect");
  }

  void run(Consumer<BpmnRuntime> command) {
    execute(rt -> {
      command.accept(rt);
      return null;
    });
  }

  /** The variables a process instance completed with (those asked for); null when it did not complete in time. */
  static Map<String, Object> awaitCompletion(
      CompletableFuture<Map<String, Object>> completion, List<String> fetchVariables, Duration requestTimeout) {
    try {
      Map<String, Object> variables = completion.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
      if (fetchVariables == null || fetchVariables.isEmpty()) {
        return variables;
      }
      Map<String, Object> selected = new HashMap<>();
      for (String name : fetchVariables) {
        if (variables.containsKey(name)) {
          selected.put(name, variables.get(name));
        }
      }
      return selected;
    } catch (TimeoutException e) {
      return null;
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  /**
   * A user task command whose task listeners run is answered when they are done: once the
   * transition is finalized, or with the refusal of a listener that denied it. Null: no listeners.
   */
  void awaitTransition(CompletableFuture<Void> transition) {
    if (transition == null) {
      return;
    }
    try {
      transition.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    } catch (TimeoutException e) {
      throw new EngineException(EngineException.Kind.DEADLINE_EXCEEDED,
          "Expected the user task's listeners to finish within " + readable(timeout) + ", but they are still running");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  private static String readable(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof CompletionException completion && completion.getCause() != null) {
      cause = completion.getCause();
    }
    return cause instanceof RuntimeException runtimeException
        ? runtimeException
        : new IllegalStateException(cause);
  }
}
