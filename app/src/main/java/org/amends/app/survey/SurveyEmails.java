package org.amends.app.survey;

import java.util.Map;
import org.amends.app.followup.Respondent;
import org.amends.app.notification.EmailRequest;
import org.amends.app.notification.EmailTemplate;
import org.amends.app.notification.NotificationService;
import org.amends.app.notification.Recipient;
import org.amends.app.notification.SendResult;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey and the referrer's feedback request, each with a personal link. The
 * link and the email's record are made in one transaction: a retried job finds both and sends
 * nothing; an email that is not sent (no consent to email, no address) leaves no link behind.
 */
@Service
public class SurveyEmails {

  private final SurveyInvitations invitations;
  private final NotificationService notifications;
  private final Environment environment;

  SurveyEmails(SurveyInvitations invitations, NotificationService notifications, Environment environment) {
    this.invitations = invitations;
    this.notifications = notifications;
    this.environment = environment;
  }

  @Transactional
  public void sendSatisfactionSurvey(long caseId, long partyId, String idempotencyKey) {
    send(caseId, Recipient.party(partyId), Respondent.PARTY, partyId, EmailTemplate.SATISFACTION_SURVEY,
        idempotencyKey);
  }

  @Transactional
  public void sendReferrerFeedbackRequest(long caseId, String idempotencyKey) {
    send(caseId, Recipient.referrer(), Respondent.REFERRER, null, EmailTemplate.REFERRER_FEEDBACK_REQUEST,
        idempotencyKey);
  }

  private void send(long caseId, Recipient recipient, Respondent respondent, Long partyId,
      EmailTemplate template, String idempotencyKey) {
    var token = invitations.invite(caseId, respondent, partyId, idempotencyKey);
    if (token.isEmpty()) {
      return;
    }
    SendResult result = notifications.send(new EmailRequest(caseId, recipient, template,
        Map.of("surveyUrl", url(token.get())), idempotencyKey));
    if (result.outcome() != SendResult.Outcome.SENT) {
      invitations.withdraw(idempotencyKey);
    }
  }

  /** The survey page's address on the service's public address ({@code amends.public-url}). */
  private String url(String token) {
    String base = environment.getRequiredProperty("amends.public-url");
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + SurveyController.PATH + token;
  }
}
