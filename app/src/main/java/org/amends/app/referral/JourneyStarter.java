package org.amends.app.referral;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.Party;
import org.amends.app.monitoring.targets.Targets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a case from a referral and starts its restorative justice journey. The case and the
 * record that its journey is to start commit together (a transactional outbox): when the engine
 * cannot be reached the referral is still received, and {@link JourneyStartPoller} starts the
 * journey once it answers. The process carries the case id and the parties' ids, never their
 * details, and the due dates of the service's time targets (monitoring's Targets, read by the
 * user tasks' due dates); the case keeps the process instance key.
 */
@Service
public class JourneyStarter {

  public static final String PROCESS_ID = "restorative-justice-case";

  private final CaseService cases;
  private final CamundaClient camunda;
  private final PendingJourneys pending;
  private final JourneyStartAttempt attempt;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ReferralRepository referrals;
  private final Targets targets;

  JourneyStarter(CaseService cases, CamundaClient camunda, PendingJourneys pending,
      JourneyStartAttempt attempt, TransactionTemplate transaction, Clock clock,
      ReferralRepository referrals, Targets targets) {
    this.cases = cases;
    this.camunda = camunda;
    this.pending = pending;
    this.attempt = attempt;
    this.transaction = transaction;
    this.clock = clock;
    this.referrals = referrals;
    this.targets = targets;
  }

  /**
   * Opens the case with its parties and referral, then starts its journey if the engine answers.
   * The answer's process instance key is null while the journey waits for the engine.
   */
  public StartedCase start(NewCase referral) {
    return startNow(open(referral, caseId -> { }));
  }

  /**
   * Opens the case and records that its journey is to start, in one transaction with whatever
   * else the caller records about the new case (its first note).
   */
  public long open(NewCase referral, LongConsumer alsoRecord) {
    if (referral.processInstanceKey() != null) {
      throw new IllegalArgumentException("A new referral has no process instance yet");
    }
    Long caseId = transaction.execute(status -> {
      long id = cases.createFromReferral(referral).caseId();
      alsoRecord.accept(id);
      pending.add(id, clock.instant());
      return id;
    });
    return caseId;
  }

  /**
   * Tries once to start the case's journey, or, when the poller's attempt holds the case at that
   * moment, waits for that attempt and reads the journey it started; a failure is left to the
   * poller.
   */
  public StartedCase startNow(long caseId) {
    attempt.tryStart(caseId, true);
    Case c = cases.get(caseId);
    return new StartedCase(c.id(), c.reference(), c.processInstanceKey());
  }

  /**
   * Whether the case still wants a journey: a case closed before its journey was recorded (closed
   * by staff, or by a journey an interrupted attempt started, which is then recorded) does not,
   * and its record is dropped.
   */
  boolean stillWanted(long caseId) {
    Case c = cases.get(caseId);
    if (c.processInstanceKey() == null && !c.isOpen()) {
      existingJourney(caseId).ifPresent(key -> cases.linkProcessInstance(caseId, key));
      pending.done(caseId);
      return false;
    }
    return true;
  }

  /**
   * Starts the journey of a case opened without one, or finds the one started before: the case
   * id is the journey's idempotency key, so an attempt cut short between the engine's answer and
   * the commit does not start a second journey when it is repeated. Throws when the engine
   * refuses or cannot be reached; a case that already has a process keeps it.
   */
  public StartedCase startJourney(long caseId) {
    Case c = cases.get(caseId);
    if (c.processInstanceKey() != null) {
      pending.done(caseId);
      return new StartedCase(c.id(), c.reference(), c.processInstanceKey());
    }
    if (!c.isOpen()) {
      throw new IllegalStateException("Case " + c.reference() + " is closed");
    }
    long processInstanceKey = existingJourney(caseId).orElseGet(() -> create(c));
    cases.linkProcessInstance(caseId, processInstanceKey);
    pending.done(caseId);
    return new StartedCase(c.id(), c.reference(), processInstanceKey);
  }

  private Optional<Long> existingJourney(long caseId) {
    return camunda.newProcessInstanceSearchRequest()
        .filter(f -> f.processDefinitionId(PROCESS_ID)
            .parentProcessInstanceKey(p -> p.exists(false))
            .variables(Map.of("caseId", caseId)))
        .send()
        .join()
        .items()
        .stream()
        .map(i -> i.getProcessInstanceKey())
        .findFirst();
  }

  private long create(Case c) {
    long caseId = c.id();
    // every party is contacted, and every party who agrees takes part (consent, preparation)
    List<Long> partyIds = cases.parties(caseId).stream().map(Party::id).toList();
    Map<String, Object> variables =
        new HashMap<>(Map.of("caseId", caseId, "partyIds", partyIds, "participantIds", partyIds));
    // targets count from the referral; a victim with enhanced rights (Victims' Code: the most
    // serious crimes, persistently targeted, vulnerable or intimidated) has shorter ones
    referrals.findByCaseId(caseId).ifPresent(referral -> variables.put(Targets.VARIABLE,
        targets.dueDates(referral.referralDate(), c.sensitivity().sensitiveOrComplex())));
    return camunda.newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }
}
