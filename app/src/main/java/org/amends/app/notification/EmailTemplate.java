package org.amends.app.notification;

import java.util.Set;

/**
 * The emails the service sends. Each has a plain-text and an HTML template under
 * templates/mail/, named by {@link #fileName()}, and the model entries it cannot do without.
 */
public enum EmailTemplate {
  CONTACT_INVITATION("contact-invitation", "Restorative justice: we would like to talk to you"),
  CONTACT_REMINDER("contact-reminder", "Restorative justice: we are still hoping to hear from you"),
  FACILITATOR_ALLOCATION("facilitator-allocation", "You have been allocated a case"),
  MEETING_INVITATION("meeting-invitation", "Your restorative justice meeting", "meetingAt"),
  MEETING_REMINDER("meeting-reminder", "Reminder: your restorative justice meeting", "meetingAt"),
  ACTION_OUTCOME(
      "action-outcome", "An update on what was agreed", "actionDescription", "actionCompleted"),
  SATISFACTION_SURVEY("satisfaction-survey", "Tell us what you thought of restorative justice"),
  REFERRER_FEEDBACK_REQUEST("referrer-feedback-request", "Feedback on a case you referred to us"),
  CASE_CLOSED("case-closed", "A case you referred to us has closed"),
  PARTY_WITHDRAWN(
      "party-withdrawn", "An update on your restorative justice case", "caseContinues");

  private final String fileName;
  private final String subject;
  private final Set<String> requiredModel;

  EmailTemplate(String fileName, String subject, String... requiredModel) {
    this.fileName = fileName;
    this.subject = subject;
    this.requiredModel = Set.of(requiredModel);
  }

  public String fileName() {
    return fileName;
  }

  public String subject() {
    return subject;
  }

  /** Entries the caller must put in the model; the service adds the recipient and the case. */
  public Set<String> requiredModel() {
    return requiredModel;
  }
}
