package org.amends.app.referral;

import java.time.LocalDate;

/** A referral as received, before it belongs to a case. */
public record ReferralDetails(
    ReferralSource source,
    Referrer referrer,
    LocalDate referralDate,
    LocalDate incidentDate,
    LocalDate reportDate,
    boolean wentToCourt,
    LocalDate sentenceDate) {}
