package org.amends.app.referral;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the referral of each case: where it came from, its dates and its referrer. */
@Service
public class ReferralService {

  private final ReferralRepository referrals;

  ReferralService(ReferralRepository referrals) {
    this.referrals = referrals;
  }

  /** Records the referral of a case; a second call for the same case returns the first. */
  @Transactional
  public Referral record(long caseId, ReferralDetails details) {
    return referrals.findByCaseId(caseId).orElseGet(() -> referrals.save(Referral.of(caseId, details)));
  }

  public Optional<Referral> forCase(long caseId) {
    return referrals.findByCaseId(caseId);
  }

  public Referral get(long caseId) {
    return forCase(caseId)
        .orElseThrow(() -> new NoSuchElementException("No referral for case " + caseId));
  }
}
