package org.amends.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.amends.engine.clock.EngineClock;
import org.amends.engine.processing.BpmnRuntime;
import org.amends.engine.processing.DueItem;
import org.amends.engine.processing.IncidentBehavior;
import org.amends.engine.retention.HistoryCleanup;
import org.amends.engine.state.ElementInstance;
import org.amends.engine.state.EngineState;
import org.amends.engine.state.Incident;
import org.amends.engine.state.Job;
import org.amends.engine.state.Timer;

/**
 * The work that comes due on the engine clock rather than by a command: timers, expired job
 * activations and back-offs, message time to live, long polls running out, history cleanup,
 * and last the activation of the jobs the batch made available for the workers waiting for them.
 */
final class DueWork {

  private final EngineState state;
  private final BpmnRuntime runtime;
  private final EngineClock clock;
  private final Waiters waiters;
  private final JobActivation jobActivation;
  private final HistoryCleanup historyCleanup;

  DueWork(EngineState state, BpmnRuntime runtime, EngineClock clock, Waiters waiters,
      JobActivation jobActivation, HistoryCleanup historyCleanup) {
    this.state = state;
    this.runtime = runtime;
    this.clock = clock;
    this.waiters = waiters;
    this.jobActivation = jobActivation;
    this.historyCleanup = historyCleanup;
  }

  /**
   * Timers, expired activations, back-offs and message TTLs: run by the writer between batches,
   * each timer on its own so that one that fails is set aside (with an incident) and the rest go on.
   */
  List<DueItem> dueItems() {
    Instant now = clock.now();
    List<DueItem> items = new ArrayList<>();
    for (Timer timer : state.dueTimers(now)) {
      if (!failedBefore(timer.elementInstanceKey)) {
        long key = timer.key;
        items.add(new DueItem("timer " + key, timer.elementInstanceKey, () -> fireTimer(key)));
      }
    }
    items.add(new DueItem("housekeeping", -1, this::housekeeping));
    // last, so that jobs the batch and its due work made activatable go to workers in this batch
    items.add(new DueItem("job push", -1, () -> jobActivation.activateInBatch(runtime)));
    return items;
  }

  private void fireTimer(long key) {
    Timer timer = state.timers.get(key);
    if (timer != null) {
      runtime.timers().fire(timer);
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
    Instant now = clock.now();
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
    runtime.messages().expire();
    waiters.expire();
    historyCleanup.runIfDue();
  }

  /** An incident on the element instance of a due item that failed on its own. */
  void itemFailed(BpmnRuntime rt, DueItem item, RuntimeException failure) {
    ElementInstance owner = item.elementInstanceKey() < 0 ? null : rt.state().elementInstance(item.elementInstanceKey());
    if (owner == null) {
      throw new IllegalStateException("due item " + item.id() + " has no element instance to raise an incident on");
    }
    rt.incidents().raise(owner, IncidentBehavior.PROCESSING_ERROR,
        "Expected to process " + item.id() + ", but it failed: " + failure.getMessage(), Incident.Phase.JOB);
  }
}
