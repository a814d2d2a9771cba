package org.amends.app.referral;

import java.util.Objects;

/**
 * Who referred a case, by the stable code of one of the service's referral sources
 * ({@code amends.referral_source}, managed by a manager). {@link #SELF} is what the public
 * self-referral records and is always there; {@link #POLICE} is the column the annual report
 * sets beside all sources.
 */
public record ReferralSource(String code) {

  public static final ReferralSource SELF = new ReferralSource("SELF");
  public static final ReferralSource POLICE = new ReferralSource("POLICE");

  public ReferralSource {
    Objects.requireNonNull(code, "code");
  }

  public static ReferralSource of(String code) {
    return code == null || code.isBlank() ? null : new ReferralSource(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
