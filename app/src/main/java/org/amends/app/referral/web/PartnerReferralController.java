package org.amends.app.referral.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.amends.app.audit.AuditAction;
import org.amends.app.audit.Audited;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.CaseStatus;
import org.amends.app.casework.ClosureOutcome;
import org.amends.app.casework.Stage;
import org.amends.app.referral.Referral;
import org.amends.app.referral.ReferralService;
import org.amends.app.referral.StartedCase;
import org.amends.app.security.SecuritySettings.PartnerAgency;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Partner agencies send referrals as JSON (authenticated by their API key) and read back the
 * status of their own referrals. Problems are RFC 9457 problem details (see PartnerApiProblems).
 */
@RestController
@RequestMapping("/api/partner/referrals")
class PartnerReferralController {

  private final ReferralIntake intake;
  private final PartnerReferralCheck check;
  private final CaseService cases;
  private final ReferralService referrals;
  private final PartnerRequests requests;
  private final IdempotencyKeys keys;

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  static final String REPLAYED = "Idempotent-Replayed";

  PartnerReferralController(ReferralIntake intake, PartnerReferralCheck check, CaseService cases,
      ReferralService referrals, PartnerRequests requests, IdempotencyKeys keys) {
    this.intake = intake;
    this.check = check;
    this.cases = cases;
    this.referrals = referrals;
    this.requests = requests;
    this.keys = keys;
  }

  /** The answer to a referral that opened a case. */
  record CreatedReferral(String caseReference, long caseId) {}

  /** Where a referral is now; nothing about the people in it. */
  record ReferralStatus(String caseReference, CaseStatus status, Stage stage,
      LocalDate referralDate, LocalDate closedOn, ClosureOutcome closureOutcome) {}

  /**
   * Opens a case from the referral. With an {@code Idempotency-Key} header a retry is safe: the
   * same key with the same referral answers as the first time (marked {@code
   * Idempotent-Replayed}) without opening a second case; the same key with another referral is
   * a 409. The case is received once it is committed, whether or not the engine could start its
   * journey at once (it starts by itself when the engine answers).
   */
  @Audited(AuditAction.REFERRAL_OPENED)
  @PostMapping
  ResponseEntity<?> create(
      @RequestBody PartnerReferralRequest request,
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      @AuthenticationPrincipal PartnerAgency agency) {
    if (idempotencyKey != null && !IdempotencyKeys.wellFormed(idempotencyKey)) {
      return ResponseEntity.badRequest().body(PartnerApiProblems.problem(IdempotencyKeys.RULE,
          List.of(new FieldProblem(IDEMPOTENCY_KEY, IdempotencyKeys.RULE))));
    }
    String digest = idempotencyKey == null ? null : keys.digest(request);
    if (idempotencyKey != null) {
      Optional<ResponseEntity<?>> earlier = replay(agency, idempotencyKey, digest);
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    List<FieldProblem> problems = check.problems(request, agency.source());
    if (!problems.isEmpty()) {
      return ResponseEntity.badRequest().body(PartnerApiProblems.invalid(problems));
    }
    long caseId;
    try {
      caseId = intake.record(request.toNewCase(agency, intake.today()), null, null, id -> {
        if (idempotencyKey != null) {
          requests.remember(agency.name(), idempotencyKey, digest, id);
        }
      });
    } catch (DuplicateKeyException e) {
      // a request with the same key committed first: answer as it was answered
      return replay(agency, idempotencyKey, digest).orElseThrow(() -> e);
    }
    StartedCase started = intake.startJourney(caseId);
    return created(started.reference(), started.caseId()).build();
  }

  private Optional<ResponseEntity<?>> replay(PartnerAgency agency, String key, String digest) {
    return requests.find(agency.name(), key).map(earlier -> {
      if (!earlier.bodySha256().equals(digest)) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(PartnerApiProblems.problem(
            HttpStatus.CONFLICT, "The Idempotency-Key " + key + " was used in the last "
                + PartnerRequests.REMEMBERED.toHours() + " hours with a different referral."
                + " Send a new key for a new referral.",
            List.of(new FieldProblem(IDEMPOTENCY_KEY, "was used with a different referral"))));
      }
      Case c = cases.get(earlier.caseId());
      return created(c.reference(), c.id()).header(REPLAYED, "true").build();
    });
  }

  private static CreatedAnswer created(String reference, long caseId) {
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/partner/referrals/{reference}")
        .buildAndExpand(reference)
        .toUri();
    return new CreatedAnswer(location, new CreatedReferral(reference, caseId));
  }

  /** A 201 with its Location and body, and room for more headers. */
  private record CreatedAnswer(URI location, CreatedReferral body, HttpHeaders headers) {
    CreatedAnswer(URI location, CreatedReferral body) {
      this(location, body, new HttpHeaders());
    }

    CreatedAnswer header(String name, String value) {
      headers.add(name, value);
      return this;
    }

    ResponseEntity<?> build() {
      return ResponseEntity.created(location).headers(headers).body(body);
    }
  }

  @Audited(AuditAction.REFERRAL_STATUS_READ)
  @GetMapping("/{reference}")
  ResponseEntity<?> status(
      @PathVariable String reference, @AuthenticationPrincipal PartnerAgency agency) {
    return cases.findByReference(reference)
        .filter(c -> referredBy(c, agency))
        .<ResponseEntity<?>>map(c -> ResponseEntity.ok(new ReferralStatus(c.reference(), c.status(),
            c.stage(), referrals.get(c.id()).referralDate(), c.closedOn(), c.closureOutcome())))
        // another agency's case is answered as if it did not exist: references are guessable
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND, "Your agency has no referral " + reference + ".")));
  }

  private boolean referredBy(Case c, PartnerAgency agency) {
    return referrals.forCase(c.id())
        .filter(r -> r.source().equals(agency.source()))
        .map(Referral::referrer)
        .filter(referrer -> Objects.equals(referrer.organisation(), agency.name()))
        .isPresent();
  }
}
