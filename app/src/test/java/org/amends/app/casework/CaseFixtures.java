package org.amends.app.casework;

import java.time.LocalDate;
import java.util.List;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.amends.app.referral.Referrer;

/** Referrals as the tests need them. */
public final class CaseFixtures {

  public static final Referrer REFERRER =
      new Referrer("PC Jo Lane", "Essex Police", "jo.lane@police.example", "01245 000000");

  private CaseFixtures() {}

  public static ReferralDetails policeReferral() {
    return new ReferralDetails(ReferralSource.POLICE, REFERRER, LocalDate.of(2026, 1, 12),
        LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4), false, null);
  }

  public static NewParty harmed(String name, LocalDate dateOfBirth, String email) {
    return party(PartyRole.HARMED, name, dateOfBirth, email, email != null);
  }

  public static NewParty harmer(String name, LocalDate dateOfBirth, String email) {
    return party(PartyRole.HARMER, name, dateOfBirth, email, email != null);
  }

  public static NewParty party(
      PartyRole role, String name, LocalDate dateOfBirth, String email, boolean agreedToEmail) {
    return new NewParty(role, name, dateOfBirth, email, "07700 900000", null,
        agreedToEmail ? ContactMethod.EMAIL : ContactMethod.PHONE, agreedToEmail, null, null);
  }

  public static NewCase newCase(Area area, Sensitivity sensitivity, NewParty... parties) {
    return new NewCase(
        policeReferral(), area, "Criminal damage", sensitivity, List.of(parties), null);
  }

  /** An ordinary case in Colchester between two people. */
  public static NewCase ordinaryCase(String harmedName, String harmerName) {
    return newCase(new Area("COLCHESTER"), Sensitivity.NONE,
        harmed(harmedName, LocalDate.of(1980, 5, 1), null),
        harmer(harmerName, LocalDate.of(2001, 2, 14), null));
  }
}
