package org.amends.app.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The annual report's figures and their counting rules, written as the report shows them. Each
 * figure's cases (the drill-down) are the rows it was counted from.
 */
enum Figure {
  REFERRALS("referrals", "Referrals received",
      "Cases whose referral date falls in the period, from every source (partner agencies, staff "
          + "taking a referral by phone, and self-referrals). One referral is one case."),
  REFERRAL_CHANGE("referral-change", "Change on the previous period",
      "Referrals received in the period minus those in the previous period (the reporting year "
          + "before, or the same number of days just before a date range), as a percentage of the "
          + "previous period's, rounded to a whole number. Its cases are the previous period's referrals."),
  VICTIMS_CONTACTED("victims-contacted", "Victims contacted",
      "Distinct harmed people with at least one successful two-way contact in the period: a "
          + "contact recorded as reached, accepted or declined (they answered, whatever they said). "
          + "No answer and a message left are attempts, not contact."),
  CONTACT_ATTEMPTS("contact-attempts", "Attempts to contact victims",
      "Every contact with or attempt to reach a harmed person recorded in the period, whatever "
          + "its outcome, and how many people they were to."),
  SATISFACTION("satisfaction", "Participant satisfaction",
      "Participants' survey answers received in the period that answered 'How satisfied were "
          + "you?': the share who chose one of the top two of five answers (satisfied or very "
          + "satisfied), with n, the number of answers. The response rate is the share of the "
          + "survey links sent to participants in the period that were answered."),
  REFERRER_RECOMMEND("referrers-recommend", "Referrers who would recommend the service",
      "Referrers' feedback received in the period that answered 'Would you recommend the "
          + "service?': the share who said yes, with n, the number of answers."),
  VOLUNTEER_HOURS("volunteer-hours", "Volunteer hours",
      "Hours logged by facilitators for work done in the period, on cases (preparation, "
          + "meetings, follow-up, administration, supervision, travel) and outside cases (training, "
          + "supervision, community panels, forums, awareness events, administration, travel). "
          + "Travel counts."),
  REFERRALS_BY_SOURCE("referrals-by-source", "Referrals by source",
      "The referrals received in the period, by who referred them. Police referrals by district "
          + "are in the table of referrals by area with the police column."),
  REFERRALS_BY_AREA("referrals-by-area", "Referrals by area",
      "The referrals received in the period, by the area of the case (the police district), "
          + "all sources and police only."),
  CLOSURES_BY_OUTCOME("closures-by-outcome", "Closures by outcome",
      "Cases closed in the period (by their closing date), by the outcome code they were closed with."),
  FUNNEL("funnel", "From referral to completion",
      "Of the cases referred in the period, how many have reached each step by the day the report "
          + "is made: contacted (a two-way contact with anyone in the case), consented (at least one "
          + "party gave consent), prepared (a preparation meeting), direct or indirect (a conference, "
          + "panel or mediation, or an indirect exchange), completed (closed as completed, direct or "
          + "indirect). Each step is counted on its own."),
  DAYS_TO_CONTACT("days-to-contact", "Median working days from referral to first contact",
      "For the cases referred in the period with a two-way contact (with anyone in the case): the "
          + "working days (Monday to Friday, not counting England and Wales bank holidays) after the referral "
          + "date up to and including the day of the first one. A contact on the day of the "
          + "referral is 0 days. The median is the middle case (the mean of the middle two for an "
          + "even number)."),
  SAFE_MEETINGS("safe-meetings", "Meetings with both risk assessments and consent first",
      "Conferences, panels, mediations and indirect exchanges held in the period (preparation "
          + "meetings are not counted): the share whose case had its initial and second risk "
          + "assessments, and consent from every harmed and harming party, on or before the day of "
          + "the meeting."),
  ACTIONS_COMPLETED("actions-completed", "Agreed actions completed",
      "Actions in outcome agreements that were due in the period: the share recorded as "
          + "completed. Open actions count as not completed.");

  private final String key;
  private final String title;
  private final String definition;

  Figure(String key, String title, String definition) {
    this.key = key;
    this.title = title;
    this.definition = definition;
  }

  public String key() {
    return key;
  }

  public String title() {
    return title;
  }

  public String definition() {
    return definition;
  }

  static Optional<Figure> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
