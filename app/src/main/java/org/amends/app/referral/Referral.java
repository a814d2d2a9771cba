package org.amends.app.referral;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** How a case came to the service: one per case. */
@Table(schema = "amends", name = "referral")
public record Referral(
    @Id Long id,
    long caseId,
    ReferralSource source,
    @Embedded.Nullable(prefix = "referrer_") Referrer referrer,
    LocalDate referralDate,
    LocalDate incidentDate,
    LocalDate reportDate,
    boolean wentToCourt,
    LocalDate sentenceDate) {

  static Referral of(long caseId, ReferralDetails details) {
    return new Referral(null, caseId, details.source(), details.referrer(), details.referralDate(),
        details.incidentDate(), details.reportDate(), details.wentToCourt(), details.sentenceDate());
  }
}
