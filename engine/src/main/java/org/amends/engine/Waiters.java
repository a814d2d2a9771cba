package org.amends.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.amends.engine.api.ActivateJobs;
import org.amends.engine.api.ActivatedJob;
import org.amends.engine.processing.RuntimeListener;
import org.amends.engine.state.ElementInstance;

/**
 * API calls waiting for something: jobs to activate, process instances to complete, user task
 * transitions to get through their listeners.
 */
final class Waiters implements RuntimeListener {

  /** What a commit released: answers to give, long polls to retry. */
  record Released(List<Runnable> answers, List<PendingActivation> retry) {}

  private final JobStreams streams;

  Waiters(JobStreams streams) {
    this.streams = streams;
  }

  record PendingActivation(ActivateJobs request, CompletableFuture<List<ActivatedJob>> answer, Instant deadline) {}

  private final List<PendingActivation> activations = new ArrayList<>();
  private final Set<String> availableTypes = new HashSet<>();
  /**
   * Types made available that the job push has not looked at yet: kept past a commit, so that
   * when a batch is run again one command at a time their jobs still go to streams.
   */
  private final Set<String> unpushedTypes = new HashSet<>();
  /** Taken by the job push of the batch being written: looked at again should it be dropped. */
  private final List<String> stagedPushTypes = new ArrayList<>();
  private final Map<Long, CompletableFuture<Map<String, Object>>> completions = new HashMap<>();
  private final List<Runnable> afterCommit = new ArrayList<>();
  /** Awaited completions seen in the batch being written: answered after its commit, restored on a rollback. */
  private final List<Staged> stagedCompletions = new ArrayList<>();
  private final List<Long> registeredSinceCommit = new ArrayList<>();
  /** Long polls activated in the batch being written: answered after its commit, waiting again on a rollback. */
  private final List<PendingActivation> stagedActivations = new ArrayList<>();
  /** User task commands waiting for the task's listeners, by user task key. */
  private final Map<Long, CompletableFuture<Void>> transitions = new HashMap<>();

  record Staged(long processInstanceKey, CompletableFuture<Map<String, Object>> completion) {}

  /** Called on the writer thread; retried after the commit of a batch that made its type available. */
  synchronized void waitForJobs(PendingActivation pending) {
    activations.add(pending);
  }

  @Override
  public synchronized void jobAvailable(String type) {
    availableTypes.add(type);
    unpushedTypes.add(type);
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

  /** The types made available since the last job push that have open streams. */
  synchronized List<String> takeStreamedTypes() {
    List<String> types = unpushedTypes.stream().filter(streams::has).toList();
    stagedPushTypes.addAll(unpushedTypes);
    unpushedTypes.clear();
    return types;
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
    unpushedTypes.addAll(stagedPushTypes);
    stagedPushTypes.clear();
    afterCommit.clear();
    registeredSinceCommit.forEach(completions::remove);
    registeredSinceCommit.clear();
  }

  /** Called on the writer thread by a user task command whose task listeners now run. */
  synchronized CompletableFuture<Void> awaitTransition(long userTaskKey) {
    CompletableFuture<Void> transition = new CompletableFuture<>();
    transitions.put(userTaskKey, transition);
    return transition;
  }

  @Override
  public synchronized void userTaskTransitionEnded(long userTaskKey, EngineException refusal) {
    CompletableFuture<Void> transition = transitions.remove(userTaskKey);
    if (transition != null) {
      afterCommit.add(() -> {
        if (refusal == null) {
          transition.complete(null);
        } else {
          transition.completeExceptionally(refusal);
        }
      });
    }
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

  /** After a commit: the waiting results to answer, and the waiting activations of types now available. */
  Released afterCommit() {
    List<Runnable> answers;
    List<PendingActivation> retry = new ArrayList<>();
    synchronized (this) {
      answers = new ArrayList<>(afterCommit);
      afterCommit.clear();
      stagedCompletions.clear();
      stagedActivations.clear();
      stagedPushTypes.clear();
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
    return new Released(answers, retry);
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
    List<CompletableFuture<Void>> waitingTransitions;
    synchronized (this) {
      waiting = new ArrayList<>(completions.values());
      completions.clear();
      waitingTransitions = new ArrayList<>(transitions.values());
      transitions.clear();
    }
    waiting.forEach(w -> w.completeExceptionally(EngineException.notFound("the process instance no longer exists")));
    waitingTransitions.forEach(w -> w.completeExceptionally(EngineException.notFound("the user task no longer exists")));
  }
}
