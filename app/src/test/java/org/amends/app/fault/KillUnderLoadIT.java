package org.amends.app.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.amends.app.fault.Partner.Referral;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kill under load (issue 13): the packaged engine and app on their own PostgreSQL, N referrals
 * through the partner API, their journeys driven to an end by the real job workers and a
 * coordinator on the app's pages, while the engine and the app are each killed with
 * {@code kill -9} at random moments and started again. Then nothing may be lost or doubled: see
 * {@link Verdict}. The route: both parties agree to take part but the person who harmed does not
 * accept responsibility, so the case closes as not suitable (two contact invitations, two
 * recorded contacts, one closure email to the referrer).
 *
 * <p>Runs after packaging (failsafe). {@code -Dkilltest.referrals} (default 20),
 * {@code -Dkilltest.kills} (each of engine and app; default 1, as a restart takes a minute or more
 * on a loaded machine), {@code -Dkilltest.seed} (default random, printed) and
 * {@code -Dkilltest.minutes} (how long the journeys may take, default 15); figures are printed,
 * never asserted.
 */
class KillUnderLoadIT {

  static final String RECORD_CONTACT = "UserTask_RecordContact";
  /**
   * Both take part; the person who harmed does not accept responsibility: not suitable. The fields
   * as the task page's form posts them (the date as the GOV.UK day, month and year boxes).
   */
  static final Map<String, String> NOT_ACCEPTED = Map.of("contactOutcome", "AGREED", "acceptsResponsibility", "false",
      "contactedOn-day", "2", "contactedOn-month", "3", "contactedOn-year", "2026");

  @Test
  void shouldLoseAndDoubleNothingWhenTheEngineAndTheAppAreKilledUnderLoad() throws Exception {
    int n = Integer.getInteger("killtest.referrals", 20);
    int killsEach = Integer.getInteger("killtest.kills", 1);
    long seed = Long.getLong("killtest.seed", new Random().nextLong());
    Duration allowed = Duration.ofMinutes(Long.getLong("killtest.minutes", 15));
    Path directory = Files.createTempDirectory(Path.of("target"), "kill-test-").toAbsolutePath();
    System.out.printf("[kill-test] %d referrals, %d kills each of engine and app, seed %d (-Dkilltest.seed=%d"
        + " repeats it); logs in %s%n", n, killsEach, seed, seed, directory);

    try (FaultRig rig = new FaultRig(directory); CamundaClient engine = rig.operator()) {
      rig.start();
      Operator operator = new Operator(engine);
      Partner partner = new Partner(rig.appAddress(), FaultRig.PARTNER_KEY, allowed);
      Coordinator coordinator = new Coordinator(rig.appAddress(), "coordinator", "amends");
      AtomicInteger actions = new AtomicInteger();
      Instant began = Instant.now();
      Killer killer = new Killer(seed, rig.engine(), rig.app(), killsEach, 2 * n, 3 * n, actions, began);
      System.out.printf("[kill-test] kills planned at actions (referrals sent + tasks done): %s%n", killer.plan());
      Thread killing = new Thread(killer, "killer");
      killing.start();

      List<Future<Referral>> sending = send(n, seed, partner, actions);
      List<Incident> stuck = drive(n, operator, coordinator, rig, actions, killing, sending, began.plus(allowed));
      killer.stop();
      killing.join();
      List<Referral> referrals = new ArrayList<>();
      for (Future<Referral> referral : sending) {
        referrals.add(referral.get());
      }
      Duration took = Duration.between(began, Instant.now());

      Verdict verdict = new Verdict().check(referrals, engine, JdbcClient.create(rig.database()), rig.mail(), stuck);
      System.out.printf("[kill-test] N=%d referrals, %d kills (engine %d, app %d), %d restarts, %s, %.2f referrals/s"
              + " (each to its closure); partner retries %d; emails %d (%d cut short by a kill, %d of them arrived;"
              + " each incident resolved by the operator); seed %d%n",
          n, killer.kills().size(), killer.killsOf("engine"), killer.killsOf("app"),
          rig.engine().starts() + rig.app().starts() - 2, took, n / (took.toMillis() / 1000.0),
          partner.retries(), verdict.emailsReceived(), verdict.uncertainEmails(), verdict.uncertainArrived(), seed);
      killer.kills().forEach(k -> System.out.printf("[kill-test]   %s%n", k));
      verdict.problems().forEach(p -> System.out.printf("[kill-test] PROBLEM %s%n", p));

      assertThat(killer.failure()).as("restarting after a kill").isNull();
      assertThat(killer.kills()).as("the kills planned all happened").hasSize(killer.planned());
      assertThat(verdict.problems()).as("what was lost or doubled (seed %d)", seed).isEmpty();
    }
  }

  /** The partner's referrals, four at a time, each counted as an action when answered 201. */
  private static List<Future<Referral>> send(int n, long seed, Partner partner, AtomicInteger actions) {
    ExecutorService senders = Executors.newFixedThreadPool(4);
    List<String> tags = tags(n, new Random(seed));
    List<Future<Referral>> sending = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int number = i;
      sending.add(senders.submit(() -> {
        Referral referral = partner.refer(number, tags.get(number));
        actions.incrementAndGet();
        return referral;
      }));
    }
    senders.shutdown();
    return sending;
  }

  /**
   * Does the coordinator's tasks until every journey has ended and every planned kill happened,
   * resolving cut-short emails as an operator would. Returns the incidents nobody should have
   * to resolve (then it stops at once), or none.
   */
  private static List<Incident> drive(int n, Operator operator, Coordinator coordinator, FaultRig rig,
      AtomicInteger actions, Thread killing, List<Future<Referral>> sending, Instant deadline)
      throws InterruptedException {
    while (Instant.now().isBefore(deadline)) {
      if (sending.stream().anyMatch(KillUnderLoadIT::failed)) {
        return List.of();
      }
      boolean progressed = false;
      try {
        List<Incident> stuck = operator.resolveUncertainEmails();
        if (!stuck.isEmpty()) {
          System.out.printf("[kill-test] an incident nobody should have to resolve: %s%n", stuck);
          return stuck;
        }
        for (UserTask task : operator.openTasks(RECORD_CONTACT)) {
          if (coordinator.complete(task.getUserTaskKey(), NOT_ACCEPTED) == Coordinator.Done.COMPLETED) {
            actions.incrementAndGet();
            progressed = true;
          }
        }
        if (!killing.isAlive() && operator.journeys(ProcessInstanceState.COMPLETED) == n
            && operator.journeys(ProcessInstanceState.ACTIVE) == 0) {
          return List.of();
        }
      } catch (RuntimeException engineAway) {
        // the engine is being restarted: try again in a moment
      }
      if (!progressed) {
        Thread.sleep(1000);
      }
    }
    System.out.printf("[kill-test] the journeys did not all end by the deadline%n");
    return operator.openIncidents();
  }

  private static boolean failed(Future<Referral> referral) {
    if (!referral.isDone()) {
      return false;
    }
    try {
      referral.get();
      return false;
    } catch (Exception e) {
      return true;
    }
  }

  /** Names unique to each referral ("Kqzmwvta"), from the seed, so no case is a duplicate of another. */
  private static List<String> tags(int n, Random random) {
    Set<String> seen = new HashSet<>();
    List<String> tags = new ArrayList<>();
    while (tags.size() < n) {
      StringBuilder tag = new StringBuilder().append((char) ('A' + random.nextInt(26)));
      for (int i = 0; i < 7; i++) {
        tag.append((char) ('a' + random.nextInt(26)));
      }
      if (seen.add(tag.toString())) {
        tags.add(tag.toString());
      }
    }
    return tags;
  }
}
