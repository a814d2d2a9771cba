package org.amends.app.casework;

import java.time.LocalDate;

/** A party as the referral names them. */
public record NewParty(
    PartyRole role,
    String name,
    LocalDate dateOfBirth,
    String email,
    String phone,
    String address,
    ContactMethod preferredContact,
    boolean emailContactAgreed,
    String interpreterLanguage,
    String accessNeeds) {

  Party toParty(long caseId) {
    return new Party(null, caseId, role, name, dateOfBirth, blankToNull(email), blankToNull(phone),
        blankToNull(address), preferredContact, emailContactAgreed,
        blankToNull(interpreterLanguage), blankToNull(accessNeeds), PartyStatus.ACTIVE, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
