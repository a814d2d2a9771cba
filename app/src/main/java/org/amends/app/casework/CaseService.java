package org.amends.app.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.amends.app.consent.ConsentService;
import org.amends.app.referral.ReferralService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a case, as the job workers drive it. Every change is safe to repeat, because a
 * retried job calls it again.
 */
@Service
public class CaseService {

  private static final int LINK_ATTEMPTS = 5;

  private final CaseRepository cases;
  private final PartyRepository parties;
  private final CaseReferences references;
  private final ReferralService referrals;
  private final ConsentService consents;
  private final WithdrawalRequestRepository withdrawalRequests;
  private final Clock clock;

  CaseService(
      CaseRepository cases,
      PartyRepository parties,
      CaseReferences references,
      ReferralService referrals,
      ConsentService consents,
      WithdrawalRequestRepository withdrawalRequests,
      Clock clock) {
    this.cases = cases;
    this.parties = parties;
    this.references = references;
    this.referrals = referrals;
    this.consents = consents;
    this.withdrawalRequests = withdrawalRequests;
    this.clock = clock;
  }

  /**
   * Opens a case with its parties and referral. When the process instance key is given and a
   * case already has it, that case is returned: the job that created it was retried.
   */
  @Transactional
  public CaseCreated createFromReferral(NewCase newCase) {
    if (newCase.parties() == null || newCase.parties().isEmpty()) {
      throw new IllegalArgumentException("A referral names at least one party");
    }
    if (newCase.processInstanceKey() != null) {
      Optional<Case> existing = cases.findByProcessInstanceKey(newCase.processInstanceKey());
      if (existing.isPresent()) {
        return created(existing.get());
      }
    }
    Sensitivity sensitivity =
        newCase.sensitivity() == null ? Sensitivity.NONE : newCase.sensitivity();
    Case opened =
        Case.open(references.next(), newCase.area(), newCase.offenceType(), sensitivity, now());
    if (newCase.processInstanceKey() != null) {
      opened = opened.withProcessInstanceKey(newCase.processInstanceKey(), now());
    }
    Case saved = cases.save(opened);
    newCase.parties().forEach(party -> parties.save(party.toParty(saved.id())));
    referrals.record(saved.id(), newCase.referral());
    return created(saved);
  }

  public Case get(long caseId) {
    return cases.findById(caseId)
        .orElseThrow(() -> new NoSuchElementException("No case with id " + caseId));
  }

  public Optional<Case> find(long caseId) {
    return cases.findById(caseId);
  }

  public Optional<Case> findByReference(String reference) {
    return cases.findByReference(reference);
  }

  public Optional<Case> findByProcessInstanceKey(long processInstanceKey) {
    return cases.findByProcessInstanceKey(processInstanceKey);
  }

  public List<Party> parties(long caseId) {
    return parties.findByCaseIdOrderById(caseId);
  }

  public Party party(long partyId) {
    return parties.findById(partyId)
        .orElseThrow(() -> new NoSuchElementException("No party with id " + partyId));
  }

  /** The party a case's task is about (its {@code partyId} variable), which must be in that case. */
  public Party partyOfTask(long caseId, Object partyIdVariable) {
    Party party = party(ProcessIds.id("partyId", partyIdVariable));
    if (party.caseId() != caseId) {
      throw new IllegalArgumentException("Party " + party.id() + " is not in case " + caseId);
    }
    return party;
  }

  /** Open cases, other than this one, that share a party's name and date of birth or email. */
  public List<DuplicateCase> findOpenDuplicates(long caseId) {
    return cases.findOpenDuplicatesOf(caseId).stream()
        .map(c -> new DuplicateCase(c.id(), c.reference()))
        .toList();
  }

  /**
   * Links a case opened before its process to the process instance (same key again: no-op). The
   * journey's first jobs may already be moving the case on (its stage) while it is linked; losing
   * that race reads the case again rather than losing the link, which would leave a running
   * journey that no case knows. Not one transaction: a failed save inside it would mark the
   * whole of it for rollback, and each save is atomic on its own.
   */
  public Case linkProcessInstance(long caseId, long processInstanceKey) {
    for (int attempt = 1; ; attempt++) {
      Case c = get(caseId);
      if (c.processInstanceKey() != null && c.processInstanceKey() == processInstanceKey) {
        return c;
      }
      try {
        return cases.save(c.withProcessInstanceKey(processInstanceKey, now()));
      } catch (OptimisticLockingFailureException e) {
        if (attempt == LINK_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @Transactional
  public Case setStage(long caseId, Stage stage) {
    Case c = get(caseId);
    if (c.stage() == stage) {
      return c;
    }
    if (!c.isOpen()) {
      throw new IllegalStateException("Case " + c.reference() + " is closed; its stage stays CLOSED");
    }
    if (stage == Stage.CLOSED) {
      throw new IllegalArgumentException("Close a case with recordClosure, which needs an outcome");
    }
    return cases.save(c.withStage(stage, now()));
  }

  @Transactional
  public Case setRoute(long caseId, Route route) {
    Case c = get(caseId);
    return c.route() == route ? c : cases.save(c.withRoute(route, now()));
  }

  /** Closes the case today. */
  @Transactional
  public boolean recordClosure(long caseId, ClosureOutcome outcome) {
    return recordClosure(caseId, outcome, LocalDate.now(clock));
  }

  /**
   * Closes the case with its outcome code. Returns false, changing nothing, when it is already
   * closed with the same outcome; a different outcome for a closed case is a mistake and throws.
   */
  @Transactional
  public boolean recordClosure(long caseId, ClosureOutcome outcome, LocalDate closedOn) {
    Case c = get(caseId);
    if (!c.isOpen()) {
      if (c.closureOutcome() == outcome) {
        return false;
      }
      throw new IllegalStateException(
          "Case " + c.reference() + " is already closed as " + c.closureOutcome()
              + ", not " + outcome);
    }
    cases.save(c.closed(outcome, closedOn, now()));
    return true;
  }

  /**
   * Records that a party withdrew: their involvement ends and the withdrawal is kept with their
   * consent. The case cannot continue when the harmed person or the harmer withdrew, or when no
   * harmed person or no harmer is still active. Repeating it changes nothing.
   */
  @Transactional
  public Withdrawal recordWithdrawal(long caseId, long partyId, String reason) {
    Party party = partyOf(caseId, partyId);
    if (party.status() != PartyStatus.WITHDRAWN) {
      parties.save(party.withStatus(PartyStatus.WITHDRAWN));
    }
    consents.recordWithdrawal(partyId, LocalDate.now(clock), reason);
    boolean principal = party.role() == PartyRole.HARMED || party.role() == PartyRole.HARMER;
    List<Party> all = parties(caseId);
    boolean canContinue =
        !principal && hasActive(all, PartyRole.HARMED) && hasActive(all, PartyRole.HARMER);
    return new Withdrawal(caseId, partyId, party.role(), canContinue);
  }

  /**
   * Keeps what staff said about a withdrawal before the process is told of it: the process gets
   * the request's id, and {@link #withdrawalReason} gives the reason back to its worker.
   */
  public WithdrawalRequest requestWithdrawal(long caseId, long partyId, String reason, String requestedBy) {
    partyOf(caseId, partyId);
    return withdrawalRequests.save(
        new WithdrawalRequest(null, caseId, partyId, reason, requestedBy, now()));
  }

  /** Forgets a request the process never received (the engine refused or did not answer). */
  public void forgetWithdrawalRequest(long requestId) {
    withdrawalRequests.deleteById(requestId);
  }

  /** The reason kept with a withdrawal request, which must be about this party of this case. */
  public String withdrawalReason(long requestId, long caseId, long partyId) {
    WithdrawalRequest request = withdrawalRequests.findById(requestId)
        .orElseThrow(() -> new NoSuchElementException("No withdrawal request with id " + requestId));
    if (request.caseId() != caseId || request.partyId() != partyId) {
      throw new IllegalArgumentException("Withdrawal request " + requestId + " is not about party "
          + partyId + " of case " + caseId);
    }
    return request.reason();
  }

  /** The parties still taking part other than this one: who is told when it withdraws. */
  public List<Party> othersStillTakingPart(long caseId, long partyId) {
    partyOf(caseId, partyId);
    return parties(caseId).stream().filter(p -> p.isActive() && p.id() != partyId).toList();
  }

  /** Records that a party turned the service down when contacted. */
  @Transactional
  public Party recordDeclined(long caseId, long partyId) {
    Party party = partyOf(caseId, partyId);
    return party.status() == PartyStatus.DECLINED
        ? party
        : parties.save(party.withStatus(PartyStatus.DECLINED));
  }

  private Party partyOf(long caseId, long partyId) {
    Party party = party(partyId);
    if (party.caseId() != caseId) {
      throw new IllegalArgumentException("Party " + partyId + " is not in case " + caseId);
    }
    return party;
  }

  private static boolean hasActive(List<Party> all, PartyRole role) {
    return all.stream().anyMatch(p -> p.role() == role && p.isActive());
  }

  private CaseCreated created(Case c) {
    return new CaseCreated(
        c.id(), c.reference(), parties(c.id()).stream().map(Party::id).toList());
  }

  /** PostgreSQL keeps microseconds: truncating keeps saved and reloaded cases equal. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
