package org.amends.engine;

import java.util.function.Consumer;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;

/**
 * An open job stream (Zeebe's job push): the engine hands it each job of its type that becomes
 * activatable while it is open. Closing it (the worker went away) stops the pushes.
 */
public final class JobStream implements AutoCloseable {

  /** Where pushed jobs go; false when the receiver is gone and the job must be given back. */
  @FunctionalInterface
  public interface Sink {
    boolean push(ActivatedJob job);
  }

  private final ActivateJobs request;
  private final Sink sink;
  private final Consumer<JobStream> onClose;
  private volatile boolean open = true;

  JobStream(ActivateJobs request, Sink sink, Consumer<JobStream> onClose) {
    this.request = request;
    this.sink = sink;
    this.onClose = onClose;
  }

  /** The type, worker, job timeout, variables and tenants every pushed job is activated with. */
  public ActivateJobs request() {
    return request;
  }

  public boolean isOpen() {
    return open;
  }

  /** Hands a job to the receiver; a receiver that cannot take it closes the stream. */
  boolean push(ActivatedJob job) {
    boolean taken = false;
    if (open) {
      try {
        taken = sink.push(job);
      } catch (RuntimeException e) {
        taken = false;
      }
    }
    if (!taken) {
      close();
    }
    return taken;
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      onClose.accept(this);
    }
  }
}
