package org.amends.app.followup;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.ProcessIds;
import org.amends.app.casework.Stage;
import org.amends.app.notification.EmailRequest;
import org.amends.app.notification.EmailTemplate;
import org.amends.app.notification.NotificationService;
import org.amends.app.notification.Recipient;
import org.springframework.stereotype.Component;

/** Some weeks after the meeting: a survey to each participant and a feedback request to the referrer. */
@Component
public class FollowUpWorkers {

  private final CaseService cases;
  private final NotificationService notifications;

  FollowUpWorkers(CaseService cases, NotificationService notifications) {
    this.cases = cases;
    this.notifications = notifications;
  }

  @JobWorker(type = "send-satisfaction-surveys")
  public void sendSatisfactionSurveys(
      @JobKey long jobKey, @Variable long caseId, @Variable List<Object> participantIds) {
    cases.setStage(caseId, Stage.FOLLOW_UP);
    for (long partyId : ProcessIds.ids("participantIds", participantIds)) {
      Party party = cases.party(partyId);
      if (party.isActive()) {
        notifications.send(EmailRequest.of(caseId, Recipient.party(partyId),
            EmailTemplate.SATISFACTION_SURVEY, jobKey + ":party:" + partyId));
      }
    }
  }

  @JobWorker(type = "request-referrer-feedback")
  public void requestReferrerFeedback(@JobKey long jobKey, @Variable long caseId) {
    notifications.send(EmailRequest.of(caseId, Recipient.referrer(),
        EmailTemplate.REFERRER_FEEDBACK_REQUEST, jobKey + ":referrer"));
  }
}
