package org.amends.app.referral.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

  PartnerReferralController(ReferralIntake intake, PartnerReferralCheck check, CaseService cases,
      ReferralService referrals) {
    this.intake = intake;
    this.check = check;
    this.cases = cases;
    this.referrals = referrals;
  }

  /** The answer to a referral that opened a case. */
  record CreatedReferral(String caseReference, long caseId) {}

  /** Where a referral is now; nothing about the people in it. */
  record ReferralStatus(String caseReference, CaseStatus status, Stage stage,
      LocalDate referralDate, LocalDate closedOn, ClosureOutcome closureOutcome) {}

  @Audited(AuditAction.REFERRAL_OPENED)
  @PostMapping
  ResponseEntity<?> create(
      @RequestBody PartnerReferralRequest request, @AuthenticationPrincipal PartnerAgency agency) {
    List<FieldProblem> problems = check.problems(request);
    if (!problems.isEmpty()) {
      return ResponseEntity.badRequest().body(PartnerApiProblems.invalid(problems));
    }
    StartedCase started = intake.open(request.toNewCase(agency, intake.today()), null, null);
    URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/api/partner/referrals/{reference}")
        .buildAndExpand(started.reference())
        .toUri();
    return ResponseEntity.created(location)
        .body(new CreatedReferral(started.reference(), started.caseId()));
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
        .filter(r -> r.source() == agency.source())
        .map(Referral::referrer)
        .filter(referrer -> Objects.equals(referrer.organisation(), agency.name()))
        .isPresent();
  }
}
