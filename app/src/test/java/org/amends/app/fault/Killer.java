package org.amends.app.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Kills the engine and the app with {@code kill -9} at random moments of the load and starts each
 * again at once. The moments are drawn from a seed (printed, so a run can be repeated): each kill
 * waits for a point in the driver's progress (referrals sent plus tasks done), then a random
 * fraction of a few seconds more, so it lands in the middle of whatever is happening then. After
 * a restart the next kill waits for at least one more action, so each restart is followed by work.
 */
final class Killer implements Runnable {

  record Kill(String target, long pid, int atAction, Duration at, Duration downFor) {}

  private record Planned(JarProcess target, int atAction, long extraMillis) {}

  private final List<Planned> plan = new ArrayList<>();
  private final AtomicInteger actions;
  private final int totalActions;
  private final Instant began;
  private final List<Kill> kills = Collections.synchronizedList(new ArrayList<>());
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean stopped;

  /**
   * @param eachTimes how many times to kill each of the two
   * @param lastAction kills happen at actions drawn from 1..lastAction
   * @param totalActions how many actions the run has in all: no kill waits for more
   */
  Killer(long seed, JarProcess engine, JarProcess app, int eachTimes, int lastAction, int totalActions,
      AtomicInteger actions, Instant began) {
    Random random = new Random(seed);
    List<JarProcess> targets = new ArrayList<>();
    for (int i = 0; i < eachTimes; i++) {
      targets.add(engine);
      targets.add(app);
    }
    Collections.shuffle(targets, random);
    List<Integer> points = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      points.add(1 + random.nextInt(Math.max(1, lastAction)));
    }
    Collections.sort(points);
    for (int i = 0; i < targets.size(); i++) {
      plan.add(new Planned(targets.get(i), points.get(i), random.nextInt(3000)));
    }
    this.actions = actions;
    this.totalActions = totalActions;
    this.began = began;
  }

  /** The planned kills, for the log: "engine@12+1500ms". */
  String plan() {
    return plan.stream().map(p -> p.target().name() + "@" + p.atAction() + "+" + p.extraMillis() + "ms").toList()
        .toString();
  }

  @Override
  public void run() {
    try {
      int floor = 0;
      for (Planned next : plan) {
        int due = Math.min(totalActions, Math.max(next.atAction(), floor));
        while (actions.get() < due) {
          if (stopped) {
            return;
          }
          Thread.sleep(100);
        }
        Thread.sleep(next.extraMillis());
        Instant killedAt = Instant.now();
        int atAction = actions.get();
        long pid = next.target().kill();
        System.out.printf("[kill-test] kill -9 %s (pid %d) at action %d, %s into the run%n",
            next.target().name(), pid, atAction, Duration.between(began, killedAt));
        next.target().start(FaultRig.START_WITHIN);
        Duration down = Duration.between(killedAt, Instant.now());
        kills.add(new Kill(next.target().name(), pid, atAction, Duration.between(began, killedAt), down));
        System.out.printf("[kill-test] %s serves again after %s%n", next.target().name(), down);
        floor = actions.get() + 1;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable e) {
      failure.set(e);
    }
  }

  void stop() {
    stopped = true;
  }

  List<Kill> kills() {
    return List.copyOf(kills);
  }

  int planned() {
    return plan.size();
  }

  /** Why restarting failed, if it did. */
  Throwable failure() {
    return failure.get();
  }

  long killsOf(String target) {
    return kills().stream().filter(k -> k.target().equals(target)).count();
  }
}
