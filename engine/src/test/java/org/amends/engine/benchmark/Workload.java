package org.amends.engine.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bookkeeping of one run, the same for every engine. At most {@code inFlight} instances are
 * open at once, and a new one is started as soon as a slot is free, without waiting for the
 * answers to the starts before it (as an intake receives referrals concurrently): up to
 * {@code inFlight} starts may be on their way at once. A job's latency is measured twice. From
 * the moment the command that created it was sent (the start, or the completion of the job before
 * it) to its worker holding it: that includes the command's own round trip and commit, so it
 * overstates the time from the job's creation. And from the answer to that command (the job exists
 * once the command is committed, and the answer follows the commit) to its worker holding it, the
 * issue's "job created → handler called"; a job held before its command's answer arrived counts 0
 * there (it reached the handler before the client learnt it existed), so that figure may understate
 * by the answer's own way back, well under a millisecond.
 */
final class Workload {

  private final int instances;
  private final Semaphore slots;
  private final CountDownLatch done;
  private final AtomicInteger failed = new AtomicInteger();
  /** By instance: when the command that creates its next job was sent. */
  private final Map<Object, Long> sentAt = new HashMap<>();
  /** By instance: when its first job was held, should that be before the start was answered. */
  private final Map<Object, Long> heldBeforeStarted = new HashMap<>();
  /** By instance: when the command that creates its next job was answered. */
  private final Map<Object, Long> answeredAt = new HashMap<>();
  /** The instances whose next job was held before the command that created it was answered. */
  private final Set<Object> heldBeforeAnswer = new HashSet<>();
  private final List<Long> latencies = new ArrayList<>();
  private final List<Long> latenciesFromAnswer = new ArrayList<>();
  private long start;

  Workload(int instances, int inFlight) {
    this.instances = instances;
    this.slots = new Semaphore(inFlight);
    this.done = new CountDownLatch(instances);
  }

  /** Starts the instances, each as soon as a slot is free; {@code starter} answers the instance's id. */
  void startAll(StartCall starter) throws InterruptedException {
    start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      slots.acquire();
      long sent = System.nanoTime();
      starter.start().whenComplete((instance, failure) -> {
        if (failure != null) {
          System.err.println("a start failed: " + failure);
          failed.incrementAndGet();
          done.countDown();
          slots.release();
        } else {
          started(instance, sent);
        }
      });
    }
  }

  private synchronized void started(Object instance, long sent) {
    Long held = heldBeforeStarted.remove(instance);
    if (held != null) {
      latencies.add(held - sent);
    } else {
      sentAt.put(instance, sent);
    }
    answered(instance);
  }

  /** The command that creates the instance's next job was answered. */
  private synchronized void answered(Object instance) {
    if (heldBeforeAnswer.remove(instance)) {
      latenciesFromAnswer.add(0L);
    } else {
      answeredAt.put(instance, System.nanoTime());
    }
  }

  /** A worker holds a job of the instance. */
  synchronized void received(Object instance) {
    long now = System.nanoTime();
    Long since = sentAt.remove(instance);
    if (since != null) {
      latencies.add(now - since);
    } else {
      heldBeforeStarted.put(instance, now);
    }
    Long answered = answeredAt.remove(instance);
    if (answered != null) {
      latenciesFromAnswer.add(now - answered);
    } else {
      heldBeforeAnswer.add(instance);
    }
  }

  /** A worker is about to send the completion of a job of the instance (which may create its next job). */
  synchronized void completing(Object instance) {
    sentAt.put(instance, System.nanoTime());
  }

  /** A worker's completion was answered; the last job's completion ends the instance. */
  void completed(Object instance, boolean last) {
    if (last) {
      done.countDown();
      slots.release();
    } else {
      answered(instance);
    }
  }

  Figures await(String label) throws InterruptedException {
    boolean finished = done.await(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> measured;
    List<Long> measuredFromAnswer;
    synchronized (this) {
      measured = new ArrayList<>(latencies);
      measuredFromAnswer = new ArrayList<>(latenciesFromAnswer);
    }
    return new Figures(label, instances, finished && failed.get() == 0, instances / seconds, measured,
        measuredFromAnswer);
  }

  /** Sends a start without waiting for its answer. */
  interface StartCall {
    CompletionStage<Object> start();
  }
}
