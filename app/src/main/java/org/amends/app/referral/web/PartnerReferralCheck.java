package org.amends.app.referral.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.PartyRole;
import org.amends.app.referral.ReferralSource;
import org.springframework.stereotype.Component;

/**
 * Checks a partner referral: its Bean Validation annotations, then what depends on more than one
 * field (the same rules the database and the staff form keep). Problems come sorted by field.
 */
@Component
class PartnerReferralCheck {

  private final Validator validator;
  private final ServiceChoices choices;

  PartnerReferralCheck(Validator validator, ServiceChoices choices) {
    this.validator = validator;
    this.choices = choices;
  }

  List<FieldProblem> problems(PartnerReferralRequest request, ReferralSource agencySource) {
    List<FieldProblem> problems = new ArrayList<>();
    OfferedChoices offered = OfferedChoices.from(choices);
    if (request.area() != null && !request.area().isBlank() && !offered.offersArea(request.area().trim())) {
      problems.add(new FieldProblem("area", "must be one of " + String.join(", ", offered.areaCodes())));
    }
    if (!offered.offersSource(agencySource.code())) {
      // the agency's source is set by the service, not sent: say so rather than blame the body
      problems.add(new FieldProblem("source", "is " + agencySource.code() + ", which the service no longer "
          + "takes referrals from; ask the service to set your agency's source to one of "
          + String.join(", ", offered.sourceCodes())));
    }
    for (ConstraintViolation<PartnerReferralRequest> v : validator.validate(request)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    if (request.incidentDate() != null && request.reportDate() != null
        && request.reportDate().isBefore(request.incidentDate())) {
      problems.add(new FieldProblem("reportDate", "must be on or after incidentDate"));
    }
    if (request.sentenceDate() != null && !request.wentToCourt()) {
      problems.add(new FieldProblem("sentenceDate", "must be empty unless wentToCourt is true"));
    }
    contact(request.harmed(), "harmed", problems);
    contact(request.harmer(), "harmer", problems);
    if (request.others() != null) {
      for (int i = 0; i < request.others().size(); i++) {
        PartnerReferralRequest.PartnerOtherParty other = request.others().get(i);
        if (other != null && other.role() != null
            && other.role() != PartyRole.OTHER_AFFECTED && other.role() != PartyRole.SUPPORTER) {
          problems.add(new FieldProblem("others[" + i + "].role", "must be OTHER_AFFECTED or SUPPORTER"));
        }
      }
    }
    problems.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
    return problems;
  }

  private static void contact(
      PartnerReferralRequest.PartnerParty party, String path, List<FieldProblem> problems) {
    if (party == null) {
      return;
    }
    ContactMethod method = party.preferredContact();
    if (ContactChecks.blank(party.email())
        && (method == ContactMethod.EMAIL || party.emailContactAgreed())) {
      problems.add(new FieldProblem(path + ".email",
          "must not be blank when preferredContact is EMAIL or emailContactAgreed is true"));
    }
    if (ContactChecks.blank(party.phone())
        && (method == ContactMethod.PHONE || method == ContactMethod.TEXT)) {
      problems.add(new FieldProblem(path + ".phone",
          "must not be blank when preferredContact is PHONE or TEXT"));
    }
  }
}
