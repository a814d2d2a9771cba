package org.amends.app.consent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One consent per party: recording it again replaces the answer, so a retried job is harmless. */
@Service
public class ConsentService {

  private final ConsentRepository consents;

  ConsentService(ConsentRepository consents) {
    this.consents = consents;
  }

  @Transactional
  public Consent recordConsent(
      long partyId, boolean given, LocalDate on, String scope, String recordedBy) {
    Consent consent =
        consents.findByPartyId(partyId)
            .orElseGet(() -> new Consent(null, partyId, false, null, null, null, null, null, null));
    return consents.save(consent.recorded(given, on, scope, recordedBy));
  }

  /**
   * Records a party's answer as the record-consent form gave it: consent given on {@code date}
   * (an ISO date) for {@code scope}, or declined. A given consent without its date or scope is a
   * mistake in the form or the process and throws, naming what is missing.
   */
  @Transactional
  public Consent recordAnswer(
      long partyId, Boolean given, String date, String scope, String recordedBy) {
    if (given == null) {
      throw new IllegalArgumentException(
          "The consent of party " + partyId + " should say whether it was given (consentGiven)");
    }
    LocalDate on = date == null || date.isBlank() ? null : parseDate(partyId, date.trim());
    String trimmedScope = scope == null || scope.isBlank() ? null : scope.trim();
    if (given && (on == null || trimmedScope == null)) {
      throw new IllegalArgumentException("The consent of party " + partyId + " was given, so it"
          + " needs the date it was given (consentDate) and what it covers (consentScope, which"
          + " Amends keeps when the record-consent task is completed in its tasklist)");
    }
    return recordConsent(partyId, given, on, trimmedScope, recordedBy);
  }

  /**
   * The process's yes or no for a party's consent, after its task: the answer the tasklist kept
   * when it matches, or else recorded from the process (a declined consent needs nothing more; a
   * given one needs its scope, which only the tasklist keeps, so without it this throws).
   */
  @Transactional
  public Consent confirmAnswer(long partyId, Boolean given, String date, Supplier<String> recordedBy) {
    Optional<Consent> kept = forParty(partyId)
        .filter(c -> given != null && c.given() == given && c.recordedBy() != null);
    return kept.orElseGet(() -> recordAnswer(partyId, given, date, null, recordedBy.get()));
  }

  private static LocalDate parseDate(long partyId, String date) {
    try {
      // a date field gives 2026-03-27; a date-time value keeps its date
      return LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("The consent date of party " + partyId
          + " should be a date like 2026-03-27, but was " + date, e);
    }
  }

  /** Records that the party withdrew; the first withdrawal's date and reason are kept. */
  @Transactional
  public Consent recordWithdrawal(long partyId, LocalDate on, String reason) {
    Consent consent =
        consents.findByPartyId(partyId)
            .orElseGet(() -> new Consent(null, partyId, false, null, null, null, null, null, null));
    if (consent.withdrawnOn() != null) {
      return consent;
    }
    return consents.save(consent.withdrawn(on, reason));
  }

  public Optional<Consent> forParty(long partyId) {
    return consents.findByPartyId(partyId);
  }
}
