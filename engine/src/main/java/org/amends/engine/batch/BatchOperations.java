package org.amends.engine.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.amends.engine.EngineException;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.Writer;
import org.amends.engine.state.BatchOperation;
import org.amends.engine.state.BatchOperationItem;
import org.amends.engine.state.RowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batch operations as Camunda 8.8 runs them: created at once for the items a filter selected, then
 * carried out item by item in the background (each item one command of the single writer, its
 * outcome recorded with its effects in the same transaction), and suspended, resumed or cancelled
 * on request. Batches still open at a restart go on where they stopped.
 */
public final class BatchOperations implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BatchOperations.class);
  private static final long COMMAND_TIMEOUT_SECONDS = 30;

  static final String NOT_FOUND = "Expected to %s batch operation with key '%d', but no such batch operation was found";
  static final String NOT_POSSIBLE = "Expected to %s batch operation with key '%d', but it is %s";

  private final Writer writer;
  private final RowStore store;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "amends-engine-batch-operations");
    thread.setDaemon(true);
    return thread;
  });
  /** Open batches and their items, touched only by the writer thread. */
  private final Map<Long, Running> running = new LinkedHashMap<>();
  /** Set at shutdown: an interrupted item is left open for the next start, not failed. */
  private volatile boolean closed;

  private record Running(BatchOperation batch, List<BatchOperationItem> items, ItemOperation operation) {}

  public BatchOperations(Writer writer, RowStore store) {
    this.writer = writer;
    this.store = store;
  }

  /**
   * Creates a batch of the type for the items (already selected by its filter) and starts it;
   * returns its key.
   */
  public long create(String type, List<Item> items, Map<String, Object> instructions, ItemOperation operation) {
    long key = run(rt -> {
      BatchOperation batch = new BatchOperation();
      batch.key = rt.state().newKey();
      batch.type = type;
      batch.state = BatchOperation.State.ACTIVE;
      batch.startDate = rt.clock().now();
      batch.operationsTotalCount = items.size();
      batch.instructions = new LinkedHashMap<>(instructions);
      List<BatchOperationItem> rows = new ArrayList<>();
      for (Item item : items) {
        BatchOperationItem row = new BatchOperationItem();
        row.key = rt.state().newKey();
        row.batchOperationKey = batch.key;
        row.operationType = type;
        row.itemKey = item.itemKey();
        row.processInstanceKey = item.processInstanceKey();
        rt.state().save(row);
        rows.add(row);
      }
      running.put(batch.key, new Running(batch, rows, operation));
      finishIfDone(rt, running.get(batch.key));
      rt.state().save(batch);
      return batch.key;
    });
    schedule(key);
    return key;
  }

  /** An item of a batch: a process instance, or an incident and its process instance. */
  public record Item(long itemKey, long processInstanceKey) {}

  public void suspend(long key) {
    change(key, "suspend", BatchOperation.State.SUSPENDED);
  }

  public void resume(long key) {
    change(key, "resume", BatchOperation.State.ACTIVE);
    schedule(key);
  }

  public void cancel(long key) {
    change(key, "cancel", BatchOperation.State.CANCELED);
  }

  private void change(long key, String verb, BatchOperation.State next) {
    run(rt -> {
      Running open = running.get(key);
      if (open == null) {
        if (store.load(BatchOperation.class, false).stream().anyMatch(b -> b.key == key)) {
          throw EngineException.invalidState(NOT_POSSIBLE.formatted(verb, key, "already finished"));
        }
        throw EngineException.notFound(NOT_FOUND.formatted(verb, key));
      }
      BatchOperation batch = open.batch();
      boolean allowed = switch (next) {
        case SUSPENDED -> batch.state == BatchOperation.State.ACTIVE;
        case ACTIVE -> batch.state == BatchOperation.State.SUSPENDED;
        default -> true;
      };
      if (!allowed) {
        throw EngineException.invalidState(NOT_POSSIBLE.formatted(verb, key, batch.state.name().toLowerCase()));
      }
      batch.state = next;
      if (next == BatchOperation.State.CANCELED) {
        for (BatchOperationItem item : open.items()) {
          if (item.state == BatchOperationItem.State.ACTIVE) {
            item.state = BatchOperationItem.State.CANCELED;
            item.processedDate = rt.clock().now();
            rt.state().save(item);
          }
        }
        batch.endDate = rt.clock().now();
        running.remove(key);
      }
      rt.state().save(batch);
      return null;
    });
  }

  /**
   * Picks up the batches a previous run left open. Their operations are rebuilt from their type
   * and instructions by the given factory.
   */
  public void resumeOpen(Function<BatchOperation, ItemOperation> operations) {
    List<BatchOperation> open = store.load(BatchOperation.class, true);
    if (open.isEmpty()) {
      return;
    }
    List<BatchOperationItem> items = store.load(BatchOperationItem.class, false);
    run(rt -> {
      for (BatchOperation batch : open) {
        List<BatchOperationItem> own = items.stream().filter(i -> i.batchOperationKey == batch.key)
            .sorted(Comparator.comparingLong(i -> i.key)).toList();
        running.put(batch.key, new Running(batch, new ArrayList<>(own), operations.apply(batch)));
      }
      return null;
    });
    open.forEach(batch -> schedule(batch.key));
  }

  private void schedule(long key) {
    worker.execute(() -> process(key));
  }

  /** Works through the batch's open items, one writer command each, while it stays active. */
  private void process(long key) {
    boolean more = true;
    while (more) {
      try {
        more = run(rt -> step(rt, key));
      } catch (RuntimeException e) {
        if (closed) {
          return;
        }
        LOG.error("Batch operation {} could not process an item", key, e);
        more = run(rt -> failNext(rt, key, e.getMessage()));
      }
    }
  }

  private boolean step(BpmnRuntime rt, long key) {
    Running open = running.get(key);
    if (open == null || open.batch().state != BatchOperation.State.ACTIVE) {
      return false;
    }
    BatchOperationItem item = nextItem(open);
    if (item == null) {
      return false;
    }
    try {
      open.operation().apply(rt, item);
      item.state = BatchOperationItem.State.COMPLETED;
      open.batch().operationsCompletedCount++;
    } catch (EngineException rejected) {
      // refusals come before any change: the item fails, the batch goes on
      item.state = BatchOperationItem.State.FAILED;
      item.errorMessage = rejected.getMessage();
      open.batch().operationsFailedCount++;
    }
    item.processedDate = rt.clock().now();
    rt.state().save(item);
    finishIfDone(rt, open);
    rt.state().save(open.batch());
    return true;
  }

  /** An item whose command broke the writer (not a refusal) is recorded as failed. */
  private boolean failNext(BpmnRuntime rt, long key, String message) {
    Running open = running.get(key);
    BatchOperationItem item = open == null ? null : nextItem(open);
    if (item == null) {
      return false;
    }
    item.state = BatchOperationItem.State.FAILED;
    item.errorMessage = message;
    item.processedDate = rt.clock().now();
    open.batch().operationsFailedCount++;
    rt.state().save(item);
    finishIfDone(rt, open);
    rt.state().save(open.batch());
    return true;
  }

  private static BatchOperationItem nextItem(Running open) {
    return open.items().stream().filter(i -> i.state == BatchOperationItem.State.ACTIVE).findFirst().orElse(null);
  }

  private void finishIfDone(BpmnRuntime rt, Running open) {
    if (nextItem(open) != null) {
      return;
    }
    BatchOperation batch = open.batch();
    int failed = batch.operationsFailedCount;
    batch.state = failed == 0 ? BatchOperation.State.COMPLETED
        : failed == batch.operationsTotalCount ? BatchOperation.State.FAILED
        : BatchOperation.State.PARTIALLY_COMPLETED;
    batch.endDate = rt.clock().now();
    running.remove(batch.key);
  }

  private <T> T run(Function<BpmnRuntime, T> command) {
    try {
      return writer.submit(command).get(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (TimeoutException e) {
      throw new EngineException(EngineException.Kind.DEADLINE_EXCEEDED,
          "Expected an answer in time, but the command is still being processed; it may yet take effect");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }

  /** After a purge (on the writer thread): no batch is open any more. */
  public void forget() {
    running.clear();
  }

  @Override
  public void close() {
    closed = true;
    worker.shutdownNow();
  }
}
