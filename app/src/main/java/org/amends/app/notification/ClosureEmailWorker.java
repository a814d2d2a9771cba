package org.amends.app.notification;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/** Tells the referrer that the case closed, and how (self-referrals have no one to tell). */
@Component
public class ClosureEmailWorker {

  private final NotificationService notifications;

  ClosureEmailWorker(NotificationService notifications) {
    this.notifications = notifications;
  }

  @JobWorker(type = "notify-referrer-closure")
  public void notifyReferrerClosure(@JobKey long jobKey, @Variable long caseId) {
    notifications.send(EmailRequest.of(
        caseId, Recipient.referrer(), EmailTemplate.CASE_CLOSED, jobKey + ":referrer"));
  }
}
