package org.amends.engine.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bookkeeping of one run, the same for every engine: at most {@code inFlight} instances at
 * once, and each job's latency from the return of the call that created it (the start, or the
 * completion of the job before it) to its worker holding it.
 */
final class Workload {

  private final int instances;
  private final Semaphore slots;
  private final CountDownLatch done;
  private final Map<Object, Long> readySince = new ConcurrentHashMap<>();
  private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
  private long start;

  Workload(int instances, int inFlight) {
    this.instances = instances;
    this.slots = new Semaphore(inFlight);
    this.done = new CountDownLatch(instances);
  }

  /** Starts the instances, each when a slot is free; {@code starter} returns the instance's id. */
  void startAll(StartCall starter) throws Exception {
    start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      slots.acquire();
      readySince.putIfAbsent(starter.start(), System.nanoTime());
    }
  }

  /** A worker holds a job of the instance. */
  void received(Object instance) {
    Long since = readySince.get(instance);
    if (since != null) {
      latencies.add(System.nanoTime() - since);
    }
  }

  /** A worker completed a job of the instance; the last job's completion ends the instance. */
  void completed(Object instance, boolean last) {
    if (last) {
      readySince.remove(instance);
      done.countDown();
      slots.release();
    } else {
      readySince.put(instance, System.nanoTime());
    }
  }

  Figures await(String label) throws InterruptedException {
    boolean finished = done.await(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Figures(label, instances, finished, instances / seconds, new ArrayList<>(latencies));
  }

  interface StartCall {
    Object start() throws Exception;
  }
}
