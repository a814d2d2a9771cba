package org.amends.app.referral.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.amends.app.casework.Area;
import org.amends.app.casework.ContactMethod;
import org.amends.app.casework.NewCase;
import org.amends.app.casework.NewParty;
import org.amends.app.casework.PartyRole;
import org.amends.app.referral.ReferralDetails;
import org.amends.app.referral.ReferralSource;
import org.amends.app.referral.Referrer;

/**
 * A self-referral's answers so far, kept in the HTTP session between question pages. Only checked
 * answers are stored here; what was typed on a page with errors stays in that page's form.
 */
class SelfReferralAnswers implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  PartyRole role;
  String name;
  LocalDate dateOfBirth;
  ContactMethod contactMethod;
  String email;
  String phone;
  IncidentType incidentType;
  LocalDate incidentDate;
  Area area;
  Boolean reported;
  LocalDate reportDate;
  String otherPersonName;
  String safety;
  private final EnumSet<Question> answered = EnumSet.noneOf(Question.class);

  boolean isAnswered(Question question) {
    return answered.contains(question);
  }

  void markAnswered(Question question) {
    answered.add(question);
  }

  void markUnanswered(Question question) {
    answered.remove(question);
  }

  /** The questions this person is asked, in order: some depend on earlier answers. */
  List<Question> questions() {
    List<Question> asked = new ArrayList<>();
    for (Question question : Question.values()) {
      if (question.applies(this)) {
        asked.add(question);
      }
    }
    return asked;
  }

  Optional<Question> firstUnanswered() {
    return questions().stream().filter(q -> !isAnswered(q)).findFirst();
  }

  /** Keeps the incident's date: a report before it cannot be right, so that is asked again. */
  void happenedOn(LocalDate date) {
    incidentDate = date;
    if (reportDate != null && reportDate.isBefore(date)) {
      reportDate = null;
      markUnanswered(Question.REPORT_DATE);
    }
  }

  /** The person who was harmed, or caused harm, or neither: whoever they named. */
  PartyRole otherPersonRole() {
    return role == PartyRole.HARMER ? PartyRole.HARMED : PartyRole.HARMER;
  }

  /** The referral, once every question is answered: the person is its referrer and a party. */
  NewCase toNewCase(LocalDate today) {
    if (firstUnanswered().isPresent()) {
      throw new IllegalStateException("The self-referral is not finished");
    }
    String emailIfAsked = contactMethod == ContactMethod.EMAIL ? email : null;
    String phoneIfAsked = contactMethod == ContactMethod.PHONE ? phone : null;
    LocalDate reportedOn = Boolean.TRUE.equals(reported) ? reportDate : null;
    ReferralDetails referral = new ReferralDetails(ReferralSource.SELF,
        new Referrer(name, null, emailIfAsked, phoneIfAsked), today, incidentDate, reportedOn,
        false, null);
    List<NewParty> parties = new ArrayList<>();
    parties.add(new NewParty(role, name, dateOfBirth, emailIfAsked, phoneIfAsked, null,
        contactMethod, contactMethod == ContactMethod.EMAIL, null, null));
    if (!ContactChecks.blank(otherPersonName)) {
      parties.add(new NewParty(otherPersonRole(), otherPersonName.trim(), null, null, null, null,
          null, false, null, null));
    }
    return new NewCase(referral, area, incidentType.label(), incidentType.sensitivity(),
        List.copyOf(parties), null);
  }

  /** What the person asked us to know to keep them safe, as the case's first note. */
  String safetyNote() {
    return ContactChecks.blank(safety)
        ? null
        : "From the self-referral, what we should know to keep them safe:\n" + safety.trim();
  }
}
