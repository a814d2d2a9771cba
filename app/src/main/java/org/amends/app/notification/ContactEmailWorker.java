package org.amends.app.notification;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.Stage;
import org.springframework.stereotype.Component;

/**
 * Initial contact by email, for each party who agreed to email contact (the others are phoned or
 * written to; NotificationService records why nothing was sent).
 */
@Component
public class ContactEmailWorker {

  private final CaseService cases;
  private final NotificationService notifications;

  ContactEmailWorker(CaseService cases, NotificationService notifications) {
    this.cases = cases;
    this.notifications = notifications;
  }

  /** Invites the party and returns their {@code partyRole}. */
  @JobWorker(type = "send-contact-invitation")
  public Map<String, Object> sendContactInvitation(
      @JobKey long jobKey, @Variable long caseId, @Variable long partyId) {
    cases.setStage(caseId, Stage.CONTACT);
    Party party = cases.party(partyId);
    notifications.send(EmailRequest.of(caseId, Recipient.party(partyId),
        EmailTemplate.CONTACT_INVITATION, jobKey + ":party:" + partyId));
    return Map.of("partyRole", party.role().name());
  }

  @JobWorker(type = "send-contact-reminder")
  public void sendContactReminder(
      @JobKey long jobKey, @Variable long caseId, @Variable long partyId) {
    notifications.send(EmailRequest.of(caseId, Recipient.party(partyId),
        EmailTemplate.CONTACT_REMINDER, jobKey + ":party:" + partyId));
  }
}
