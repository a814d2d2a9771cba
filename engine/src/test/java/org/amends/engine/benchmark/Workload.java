package org.amends.engine.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bookkeeping of one run, the same for every engine. At most {@code inFlight} instances are
 * open at once, and a new one is started as soon as a slot is free, without waiting for the
 * answers to the starts before it (as an intake receives referrals concurrently): up to
 * {@code inFlight} starts may be on their way at once. A job's latency runs from the moment the
 * command that created it was sent (the start, or the completion of the job before it) to its
 * worker holding it, so a job pushed before the answer to its command arrived is counted too; it
 * includes the command's own round trip and commit, so it overstates the time from the job's
 * creation, never understates it.
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
  private final List<Long> latencies = new ArrayList<>();
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
  }

  /** A worker is about to send the completion of a job of the instance (which may create its next job). */
  synchronized void completing(Object instance) {
    sentAt.put(instance, System.nanoTime());
  }

  /** A worker's completion was answered; the last job's completion ends the instance. */
  void completed(boolean last) {
    if (last) {
      done.countDown();
      slots.release();
    }
  }

  Figures await(String label) throws InterruptedException {
    boolean finished = done.await(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Long> measured;
    synchronized (this) {
      measured = new ArrayList<>(latencies);
    }
    return new Figures(label, instances, finished && failed.get() == 0, instances / seconds, measured);
  }

  /** Sends a start without waiting for its answer. */
  interface StartCall {
    CompletionStage<Object> start();
  }
}
