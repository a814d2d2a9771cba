package org.amends.app.referral;

/** Who referred the case; asked for feedback and told when it closes. Empty for self-referrals. */
public record Referrer(String name, String organisation, String email, String phone) {

  public boolean hasEmail() {
    return email != null && !email.isBlank();
  }
}
