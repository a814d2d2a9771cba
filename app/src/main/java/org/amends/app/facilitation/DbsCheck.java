package org.amends.app.facilitation;

import java.time.LocalDate;

/**
 * A facilitator's DBS (Disclosure and Barring Service) certificate. The service renews it before
 * it is three years old, and reminds coordinators in the {@link #REMINDER_DAYS} before then.
 */
public record DbsCheck(String certificateNumber, LocalDate issuedOn) {

  public static final int VALID_YEARS = 3;
  public static final int REMINDER_DAYS = 60;

  /** Where a check stands on a day. */
  public enum Status {
    NONE, VALID, RENEWAL_DUE, EXPIRED
  }

  public boolean recorded() {
    return issuedOn != null;
  }

  /** The first day the check is no longer valid; null when none is recorded. */
  public LocalDate expiresOn() {
    return issuedOn == null ? null : issuedOn.plusYears(VALID_YEARS);
  }

  public boolean validOn(LocalDate day) {
    return recorded() && day.isBefore(expiresOn());
  }

  public Status statusOn(LocalDate day) {
    if (!recorded()) {
      return Status.NONE;
    }
    if (!validOn(day)) {
      return Status.EXPIRED;
    }
    return day.plusDays(REMINDER_DAYS).isBefore(expiresOn()) ? Status.VALID : Status.RENEWAL_DUE;
  }
}
