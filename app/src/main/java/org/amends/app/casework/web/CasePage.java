package org.amends.app.casework.web;

import org.amends.app.areas.ServiceChoices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amends.app.casework.AssessmentKind;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.PartyStatus;
import org.amends.app.casework.RiskAssessment;
import org.amends.app.casework.Sensitivity;
import org.amends.app.casework.VolunteerHours;
import org.amends.app.consent.Consent;
import org.amends.app.consent.ConsentService;
import org.amends.app.facilitation.Allocation;
import org.amends.app.facilitation.Facilitator;
import org.amends.app.facilitation.FacilitatorService;
import org.amends.app.meeting.Meeting;
import org.amends.app.meeting.MeetingService;
import org.amends.app.outcome.ActionStatus;
import org.amends.app.outcome.OutcomeAction;
import org.amends.app.outcome.OutcomeAgreement;
import org.amends.app.outcome.OutcomeService;
import org.amends.app.referral.Referral;
import org.amends.app.referral.PendingJourneys;
import org.amends.app.referral.ReferralService;
import org.amends.app.referral.Referrer;
import org.amends.app.security.CurrentStaff;
import org.amends.app.web.HoursRow;
import org.springframework.stereotype.Component;

/** Gathers a case and everything recorded about it into the case page's view. */
@Component
class CasePage {

  private final CaseService cases;
  private final ReferralService referrals;
  private final ConsentService consents;
  private final CaseRecordService records;
  private final FacilitatorService facilitators;
  private final MeetingService meetings;
  private final OutcomeService outcomes;
  private final CaseTimeline timeline;
  private final CurrentStaff staff;
  private final PendingJourneys pendingJourneys;
  private final ServiceChoices choices;

  CasePage(
      CaseService cases,
      ReferralService referrals,
      ConsentService consents,
      CaseRecordService records,
      FacilitatorService facilitators,
      MeetingService meetings,
      OutcomeService outcomes,
      CaseTimeline timeline,
      CurrentStaff staff,
      PendingJourneys pendingJourneys,
      ServiceChoices choices) {
    this.cases = cases;
    this.choices = choices;
    this.referrals = referrals;
    this.consents = consents;
    this.records = records;
    this.facilitators = facilitators;
    this.meetings = meetings;
    this.outcomes = outcomes;
    this.timeline = timeline;
    this.staff = staff;
    this.pendingJourneys = pendingJourneys;
  }

  CaseView of(Case c) {
    List<Party> parties = cases.parties(c.id());
    Map<Long, String> partyNames = new HashMap<>();
    parties.forEach(p -> partyNames.put(p.id(), p.name()));
    Map<Long, String> facilitatorNames = new HashMap<>();
    facilitators.all().forEach(f -> facilitatorNames.put(f.id(), f.name()));

    List<VolunteerHours> hours = records.volunteerHours(c.id());
    BigDecimal total = hours.stream().map(VolunteerHours::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new CaseView(
        c.id(), c.reference(), c.isOpen(), Labels.status(c.status()), Labels.stage(c.stage()),
        c.closureOutcome() == null ? null : Labels.outcome(c.closureOutcome()),
        Labels.date(c.closedOn()),
        referral(c),
        parties.stream().map(this::party).toList(),
        List.of(
            assessment("First risk assessment",
                records.latestRiskAssessment(c.id(), AssessmentKind.INITIAL)),
            assessment("Second risk assessment",
                records.latestRiskAssessment(c.id(), AssessmentKind.SECOND))),
        facilitators.currentAllocation(c.id()).map(a -> allocation(a, facilitatorNames))
            .orElse(null),
        meetings.forCase(c.id()).stream().map(m -> meeting(m, partyNames)).toList(),
        outcomes.forCase(c.id()).stream().map(CasePage::agreement).toList(),
        hours.stream().map(h -> new HoursRow(Labels.date(h.workedOn()),
            facilitatorNames.getOrDefault(h.facilitatorId(), "Unknown facilitator"),
            Labels.sentence(h.activity()), hoursText(h.hours()))).toList(),
        hoursText(total),
        timeline.of(c, partyNames, facilitatorNames),
        journeyWaiting(c));
  }

  /**
   * Why an open case has no tasks yet: its journey waits for the engine, which Amends keeps
   * trying by itself; null once the journey runs.
   */
  private String journeyWaiting(Case c) {
    if (!c.isOpen() || c.processInstanceKey() != null) {
      return null;
    }
    return pendingJourneys.find(c.id())
        .map(p -> "The journey of this case has not started yet, so it has no tasks. The process"
            + " engine could not start it when the case was opened"
            + (p.attempts() == 0 ? "" : " (" + p.attempts()
                + (p.attempts() == 1 ? " attempt" : " attempts") + " so far")
            + (p.attempts() == 0 ? "" : ", next at " + Labels.dateTime(p.nextAttemptAt()))
            + (p.attempts() == 0 ? ". " : "). ")
            + "Amends keeps trying by itself: nothing needs doing.")
        .orElse("This case has no journey, so it has no tasks.");
  }

  private List<CaseView.Row> referral(Case c) {
    List<CaseView.Row> rows = new ArrayList<>();
    Optional<Referral> found = referrals.forCase(c.id());
    if (found.isPresent()) {
      Referral r = found.get();
      rows.add(CaseView.Row.of("Source", choices.sourceName(r.source())));
      Referrer referrer = r.referrer();
      rows.add(referrer == null || referrer.name() == null
          ? CaseView.Row.of("Referrer", "None (self-referral)")
          : CaseView.Row.of("Referrer", referrer.name(), referrer.organisation(),
              referrer.email(), referrer.phone()));
      rows.add(CaseView.Row.of("Date of incident", dateOrNotKnown(r.incidentDate())));
      rows.add(CaseView.Row.of("Date reported", dateOrNotKnown(r.reportDate())));
      rows.add(CaseView.Row.of("Date referred", Labels.date(r.referralDate())));
      rows.add(CaseView.Row.of("Went to court", r.wentToCourt()
          ? (r.sentenceDate() == null ? "Yes, not sentenced yet"
              : "Yes, sentenced on " + Labels.date(r.sentenceDate()))
          : "No"));
    }
    rows.add(CaseView.Row.of("Offence type", c.offenceType()));
    rows.add(CaseView.Row.of("Area", choices.areaName(c.area())));
    rows.add(new CaseView.Row("Sensitivity", sensitivity(c.sensitivity())));
    return rows;
  }

  private static List<String> sensitivity(Sensitivity s) {
    List<String> lines = new ArrayList<>();
    if (s.sexualOffence()) {
      lines.add("Sexual offence");
    }
    if (s.domesticAbuse()) {
      lines.add("Domestic abuse");
    }
    if (s.hateCrime()) {
      lines.add("Hate crime");
    }
    if (s.stalking()) {
      lines.add("Stalking");
    }
    if (s.homicide()) {
      lines.add("Homicide");
    }
    if (s.veryVulnerableParty()) {
      lines.add("A very vulnerable party");
    }
    if (lines.isEmpty()) {
      lines.add("Not sensitive or complex");
    } else {
      lines.add("Needs a specialist-trained facilitator");
    }
    return lines;
  }

  private CaseView.PartyView party(Party p) {
    List<String> contact = new ArrayList<>();
    if (p.email() != null) {
      contact.add(p.email() + (p.emailContactAgreed() ? "" : " (not to be emailed)"));
    }
    if (p.phone() != null) {
      contact.add(p.phone());
    }
    if (p.address() != null) {
      contact.add(p.address());
    }
    if (p.preferredContact() != null) {
      contact.add("Prefers " + Labels.sentence(p.preferredContact()).toLowerCase());
    }
    if (p.interpreterLanguage() != null) {
      contact.add("Interpreter: " + p.interpreterLanguage());
    }
    if (p.accessNeeds() != null) {
      contact.add("Access needs: " + p.accessNeeds());
    }
    if (contact.isEmpty()) {
      contact.add("No contact details");
    }
    Optional<Consent> consent = consents.forParty(p.id());
    String consentText = consent.map(CasePage::consent).orElse("Not recorded yet");
    String scope = consent.filter(Consent::given).map(Consent::scope).orElse(null);
    String withdrawal = consent.filter(k -> k.withdrawnOn() != null)
        .map(k -> "Withdrew on " + Labels.date(k.withdrawnOn()) + ": " + k.withdrawalReason())
        .orElse(null);
    return new CaseView.PartyView(p.id(), p.name(), Labels.role(p.role()), partyStatus(p.status()),
        p.isActive(), contact, consentText, scope, withdrawal);
  }

  private static String partyStatus(PartyStatus status) {
    return switch (status.name()) {
      case "ACTIVE" -> "Taking part";
      default -> Labels.sentence(status);
    };
  }

  private static String consent(Consent c) {
    if (c.givenOn() == null) {
      return "Not recorded yet";
    }
    return (c.given() ? "Given on " : "Declined on ") + Labels.date(c.givenOn());
  }

  private CaseView.AssessmentView assessment(String title, Optional<RiskAssessment> found) {
    if (found.isEmpty()) {
      return new CaseView.AssessmentView(title, false, List.of());
    }
    RiskAssessment a = found.get();
    return new CaseView.AssessmentView(title, true, List.of(
        CaseView.Row.of("Risk of further harm", Labels.sentence(a.riskOfFurtherHarm())),
        CaseView.Row.of("Outcome", Labels.sentence(a.outcome())),
        CaseView.Row.of("Conditions", orNone(a.conditions())),
        CaseView.Row.of("Vulnerability", orNone(a.vulnerability())),
        CaseView.Row.of("Safeguarding concerns", orNone(a.safeguardingConcerns())),
        CaseView.Row.of("Substance misuse", orNone(a.substanceMisuse())),
        CaseView.Row.of("Mental health", orNone(a.mentalHealth())),
        CaseView.Row.of("Disability and access needs", orNone(a.disabilityAndAccessNeeds())),
        CaseView.Row.of("Language and interpreter", orNone(a.languageAndInterpreter())),
        CaseView.Row.of("Assessed", Labels.date(a.assessedOn()) + " by "
            + staff.displayName(a.assessedBy()))));
  }

  private CaseView.AllocationView allocation(Allocation a, Map<Long, String> names) {
    return new CaseView.AllocationView(
        List.of(names.getOrDefault(a.firstFacilitatorId(), "Unknown facilitator"),
            names.getOrDefault(a.secondFacilitatorId(), "Unknown facilitator")),
        Labels.date(a.allocatedOn()), staff.displayName(a.allocatedBy()));
  }

  private static CaseView.MeetingView meeting(Meeting m, Map<Long, String> partyNames) {
    String with = m.partyId() == null ? "" : " with " + partyNames.get(m.partyId());
    return new CaseView.MeetingView(Labels.meeting(m.kind()) + with, Labels.dateTime(m.startsAt()),
        m.venue(), m.attendees(), m.notes(),
        m.updatedRisk() == null ? null : Labels.sentence(m.updatedRisk()));
  }

  private static CaseView.AgreementView agreement(OutcomeAgreement a) {
    return new CaseView.AgreementView(Labels.date(a.agreedOn()),
        a.actions().stream().map(CasePage::action).toList());
  }

  private static CaseView.ActionView action(OutcomeAction a) {
    String statusClass = switch (a.status().name()) {
      case "COMPLETED" -> "govuk-tag govuk-tag--green";
      case "NOT_COMPLETED" -> "govuk-tag govuk-tag--red";
      default -> "govuk-tag govuk-tag--blue";
    };
    return new CaseView.ActionView(a.description(), a.owner(), Labels.date(a.dueOn()),
        a.status() == ActionStatus.OPEN ? "Open" : Labels.sentence(a.status()), statusClass,
        a.harmedInformedAt() == null ? "Not yet" : Labels.dateTime(a.harmedInformedAt()));
  }

  private static String dateOrNotKnown(java.time.LocalDate date) {
    return date == null ? "Not known" : Labels.date(date);
  }

  private static String orNone(String text) {
    return text == null || text.isBlank() ? "None recorded" : text;
  }

  private static String hoursText(BigDecimal hours) {
    BigDecimal plain = hours.stripTrailingZeros();
    String number = plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    return number + (plain.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
  }

  /** Facilitators for the volunteer hours form, the case's own two first. */
  List<Facilitator> facilitatorsFor(long caseId) {
    List<Facilitator> all = new ArrayList<>(facilitators.all());
    Optional<Allocation> allocation = facilitators.currentAllocation(caseId);
    all.sort((a, b) -> {
      boolean aOn = allocation.map(x -> onCase(x, a)).orElse(false);
      boolean bOn = allocation.map(x -> onCase(x, b)).orElse(false);
      return aOn != bOn ? (aOn ? -1 : 1) : a.name().compareToIgnoreCase(b.name());
    });
    return all;
  }

  private static boolean onCase(Allocation allocation, Facilitator f) {
    return f.id() == allocation.firstFacilitatorId() || f.id() == allocation.secondFacilitatorId();
  }
}
