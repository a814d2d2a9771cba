package org.amends.app.demo;

import static org.amends.app.demo.DemoCase.Progress.ALLOCATED;
import static org.amends.app.demo.DemoCase.Progress.CONSENTED;
import static org.amends.app.demo.DemoCase.Progress.CONTACTED;
import static org.amends.app.demo.DemoCase.Progress.HARMED_PERSON_CONTACTED;
import static org.amends.app.demo.DemoCase.Progress.REFERRED;
import static org.amends.app.demo.DemoCase.Progress.RISK_ASSESSED;
import static org.amends.app.facilitation.TrainingLevel.SPECIALIST;
import static org.amends.app.facilitation.TrainingLevel.STANDARD;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.amends.app.casework.Area;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Sensitivity;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.TrainingLevel;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.amends.app.referral.Referrer;

/**
 * The demo data: facilitators across the areas and cases from the service's usual referrers, all
 * made up. Addresses are on example.org (reserved, never delivered), and every area that a case
 * reaches allocation in has two facilitators who can take it.
 */
final class DemoCases {

  // codes from the service's lists as migration V12 brings them
  private static final Area COLCHESTER = new Area("COLCHESTER");
  private static final Area SOUTHEND = new Area("SOUTHEND");
  private static final Area THURROCK = new Area("THURROCK");
  private static final Area HARLOW = new Area("HARLOW");
  private static final Area BASILDON = new Area("BASILDON");
  private static final Area CHELMSFORD = new Area("CHELMSFORD");
  private static final Area TENDRING = new Area("TENDRING");
  private static final Area BRENTWOOD = new Area("BRENTWOOD");
  private static final ReferralSource YOUTH_OFFENDING_TEAM = new ReferralSource("YOUTH_OFFENDING_TEAM");
  private static final ReferralSource COUNCIL = new ReferralSource("COUNCIL");
  private static final ReferralSource FIRE_AND_RESCUE = new ReferralSource("FIRE_AND_RESCUE");
  private static final ReferralSource PRISON = new ReferralSource("PRISON");
  private static final ReferralSource PROBATION = new ReferralSource("PROBATION");

  private DemoCases() {}

  /**
   * The demo facilitators, each with a DBS check issued some months before {@code today} (Ellie
   * Morgan's is due for renewal within the reminder's 60 days, to show the reminder).
   */
  static List<Facilitator> facilitators(LocalDate today) {
    return List.of(
        facilitator("Asha Patel", 1979, STANDARD, true, COLCHESTER, TENDRING)
            .withDbsCheck("001234567801", today.minusMonths(7)),
        facilitator("Ben Okafor", 1968, SPECIALIST, false, TENDRING, COLCHESTER)
            .withDbsCheck("001234567802", today.minusMonths(14)),
        facilitator("Carys Hughes", 1985, SPECIALIST, true, TENDRING, CHELMSFORD)
            .withDbsCheck("001234567803", today.minusMonths(3)),
        facilitator("Dev Sharma", 1992, STANDARD, true, SOUTHEND, THURROCK)
            .withDbsCheck("001234567804", today.minusMonths(20)),
        facilitator("Ellie Morgan", 1974, STANDARD, true, BASILDON, THURROCK,
            BRENTWOOD).withDbsCheck("001234567805", today.minusYears(3).plusDays(40)),
        facilitator("Femi Adeyemi", 1988, STANDARD, true, BASILDON, HARLOW)
            .withDbsCheck("001234567806", today.minusMonths(9)),
        facilitator("Grace O'Neill", 1963, SPECIALIST, false, CHELMSFORD,
            BRENTWOOD, HARLOW).withDbsCheck("001234567807", today.minusMonths(26)),
        // signs in as the development user "facilitator", and facilitates the allocated case
        facilitator("Harry Whitfield", 1996, STANDARD, true, CHELMSFORD,
            SOUTHEND).withDbsCheck("001234567808", today.minusMonths(5))
            .withUsername(DemoDataLoader.FACILITATOR));
  }

  static List<DemoCase> cases(LocalDate today) {
    return List.of(
        new DemoCase("criminal-damage-colchester",
            referral(today, ReferralSource.POLICE, police("PC Jo Lane"), 9, false, false,
                COLCHESTER, "Criminal damage to a car", Sensitivity.NONE,
                harmed("Margaret Ellis", 1956, true), harmer("Tyler Brooks", 2006, true)),
            REFERRED,
            List.of("Referrer says the harmed person asked about restorative justice when giving"
                + " her statement.")),
        new DemoCase("shop-theft-southend",
            referral(today, YOUTH_OFFENDING_TEAM,
                new Referrer("Sam Ward", "Southend Youth Justice Service",
                    "sam.ward@yjs.example.org", "01702 000111"),
                21, false, false, SOUTHEND, "Theft from a shop", Sensitivity.NONE,
                harmed("Raj Mistry", 1971, true), harmer("Kai Turner", 2009, false)),
            HARMED_PERSON_CONTACTED,
            List.of("Kai is 16: speak to his parent before the first call.")),
        new DemoCase("neighbour-dispute-thurrock",
            referral(today, COUNCIL,
                new Referrer("Priya Shah", "Thurrock Council Community Safety",
                    "priya.shah@council.example.org", "01375 000222"),
                30, false, false, THURROCK, "Neighbour dispute: noise and threats",
                Sensitivity.NONE,
                harmed("Linda Carter", 1962, true), harmer("Dean Walsh", 1984, true)),
            CONTACTED,
            List.of()),
        new DemoCase("bin-fire-harlow",
            referral(today, FIRE_AND_RESCUE,
                new Referrer("Watch Manager Tom Reid", "Essex County Fire and Rescue Service",
                    "tom.reid@fire.example.org", "01376 000333"),
                40, false, false, HARLOW, "Arson: wheelie bin fire against a house",
                Sensitivity.NONE,
                harmed("Joan Price", 1949, false), harmer("Liam Foster", 2007, true)),
            RISK_ASSESSED,
            List.of("Joan prefers letters and a phone call in the morning; no email.")),
        new DemoCase("burglary-basildon",
            referral(today, PRISON,
                new Referrer("Helen Cho", "HMP Chelmsford Offender Management Unit",
                    "helen.cho@prison.example.org", "01245 000444"),
                55, true, true, BASILDON, "Burglary of a home", Sensitivity.NONE,
                harmed("Peter Lowe", 1958, true), harmer("Jason Reeves", 1990, false)),
            CONSENTED,
            List.of()),
        new DemoCase("assault-chelmsford",
            referral(today, ReferralSource.SELF, null, 70, false, false, CHELMSFORD,
                "Assault outside a pub", Sensitivity.NONE,
                harmed("Chloe Bennett", 1995, true), harmer("Ryan Hale", 1993, true)),
            ALLOCATED,
            List.of("Self-referral through the website.",
                "Both want a face-to-face meeting; Chloe would like her sister with her.")),
        new DemoCase("racist-abuse-tendring",
            referral(today, ReferralSource.POLICE, police("PC Amir Khan"), 12, false, false,
                TENDRING, "Racially aggravated public order offence",
                new Sensitivity(false, false, true, false, false, false),
                harmed("Nadia Hussain", 1988, true), harmer("Craig Dobson", 1979, false)),
            REFERRED,
            List.of()),
        new DemoCase("robbery-brentwood",
            referral(today, PROBATION,
                new Referrer("Gareth Price", "Probation Service, Essex",
                    "gareth.price@probation.example.org", "01277 000555"),
                16, true, false, BRENTWOOD, "Robbery of a mobile phone", Sensitivity.NONE,
                harmed("Oliver Grant", 2001, true), harmer("Marcus Bell", 1999, false)),
            REFERRED,
            List.of("Sentencing is listed for next month at Chelmsford Crown Court.")));
  }

  private static Facilitator facilitator(
      String name, int born, TrainingLevel training, boolean volunteer, Area... areas) {
    String email =
        name.toLowerCase().replace("'", "").replace(' ', '.') + "@facilitators.example.org";
    return Facilitator.of(
        name, email, LocalDate.of(born, 3, 1), training, volunteer, Set.of(areas))
        .withPhone("01245 000" + String.format("%03d", Math.abs(name.hashCode()) % 1000));
  }

  private static Referrer police(String name) {
    String email = name.toLowerCase().replace("pc ", "").replace(' ', '.') + "@police.example.org";
    return new Referrer(name, "Essex Police", email, "101");
  }

  /**
   * A referral received {@code daysAgo}, about an incident a month before. One that went to
   * court and is not sentenced yet waits for the sentence before anything else.
   */
  private static NewCase referral(
      LocalDate today, ReferralSource source, Referrer referrer, int daysAgo, boolean wentToCourt,
      boolean sentenced, Area area, String offence, Sensitivity sensitivity, NewParty... parties) {
    LocalDate referred = today.minusDays(daysAgo);
    LocalDate incident = referred.minusDays(30 + daysAgo);
    ReferralDetails details = new ReferralDetails(source, referrer, referred, incident,
        incident.plusDays(1), wentToCourt, sentenced ? referred.minusDays(14) : null);
    return new NewCase(details, area, offence, sensitivity, List.of(parties), null);
  }

  private static NewParty harmed(String name, int born, boolean email) {
    return party(PartyRole.HARMED, name, born, email);
  }

  private static NewParty harmer(String name, int born, boolean email) {
    return party(PartyRole.HARMER, name, born, email);
  }

  private static NewParty party(PartyRole role, String name, int born, boolean email) {
    String address = name.toLowerCase().replace(' ', '.') + "@example.org";
    return new NewParty(role, name, LocalDate.of(born, 7, 15), email ? address : null,
        "07700 900" + String.format("%03d", Math.abs(name.hashCode()) % 1000), null,
        email ? ContactMethod.EMAIL : ContactMethod.PHONE, email, null, null);
  }
}
