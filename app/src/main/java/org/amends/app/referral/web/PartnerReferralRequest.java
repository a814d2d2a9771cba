package org.amends.app.referral.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amends.app.casework.Area;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.PartyRole;
import org.amends.app.casework.Sensitivity;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.Referrer;
import org.amends.app.security.SecuritySettings.PartnerAgency;

/**
 * A referral as a partner agency sends it (JSON, dates ISO-8601). The agency itself, known from
 * its API key, is the referring organisation and gives the referral's source. {@code
 * referralDate} defaults to today; {@code sensitivity} flags default to false. {@code area} is the
 * code of one of the service's areas that is not retired (PartnerReferralCheck).
 */
record PartnerReferralRequest(
    @NotNull @Valid PartnerReferrer referrer,
    @PastOrPresent LocalDate referralDate,
    @NotNull @PastOrPresent LocalDate incidentDate,
    @PastOrPresent LocalDate reportDate,
    @NotBlank @Size(max = ContactChecks.MAX_NAME) String offenceType,
    boolean wentToCourt,
    @PastOrPresent LocalDate sentenceDate,
    @NotBlank String area,
    Sensitivity sensitivity,
    @NotNull @Valid PartnerParty harmed,
    @NotNull @Valid PartnerParty harmer,
    @Size(max = 10) List<@NotNull @Valid PartnerOtherParty> others) {

  // a bounded repetition of one character class: linear, whatever the input
  static final String PHONE = "^\\+?[0-9 ()\\-]{10,20}$";
  static final String PHONE_MESSAGE = "must be a phone number, like 01632 960 001 or +44 808 157 0192";

  /** Who at the agency made the referral. */
  record PartnerReferrer(
      @NotBlank @Size(max = 200) String name,
      @Size(max = ContactChecks.MAX_EMAIL) @WellFormedEmail String email,
      @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone) {}

  /** The person harmed or the person who caused harm, and how to contact them. */
  record PartnerParty(
      @NotBlank @Size(max = 200) String name,
      @Past LocalDate dateOfBirth,
      @Size(max = ContactChecks.MAX_EMAIL) @WellFormedEmail String email,
      @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone,
      @Size(max = 2000) String address,
      ContactMethod preferredContact,
      boolean emailContactAgreed,
      @Size(max = 200) String interpreterLanguage,
      @Size(max = 2000) String accessNeeds) {

    NewParty toParty(PartyRole role) {
      return new NewParty(role, name.trim(), dateOfBirth, email, phone, address, preferredContact,
          emailContactAgreed, interpreterLanguage, accessNeeds);
    }
  }

  /** Someone else affected (OTHER_AFFECTED) or a supporter (SUPPORTER). */
  record PartnerOtherParty(
      @NotNull PartyRole role,
      @NotBlank @Size(max = 200) String name,
      @Size(max = ContactChecks.MAX_EMAIL) @WellFormedEmail String email,
      @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone) {}

  NewCase toNewCase(PartnerAgency agency, LocalDate today) {
    ReferralDetails details = new ReferralDetails(agency.source(),
        new Referrer(referrer.name().trim(), agency.name(), referrer.email(), referrer.phone()),
        referralDate == null ? today : referralDate, incidentDate, reportDate, wentToCourt,
        sentenceDate);
    List<NewParty> parties = new ArrayList<>();
    parties.add(harmed.toParty(PartyRole.HARMED));
    parties.add(harmer.toParty(PartyRole.HARMER));
    if (others != null) {
      others.forEach(o -> parties.add(new NewParty(o.role(), o.name().trim(), null, o.email(),
          o.phone(), null, null, false, null, null)));
    }
    return new NewCase(details, new Area(area.trim()), offenceType.trim(),
        sensitivity == null ? Sensitivity.NONE : sensitivity, List.copyOf(parties), null);
  }
}
