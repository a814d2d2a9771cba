package org.amends.app.consent;

import java.time.LocalDate;
import java.util.Optional;
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
