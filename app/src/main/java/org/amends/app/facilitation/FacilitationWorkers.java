package org.amends.app.facilitation;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.ProcessIds;
import org.amends.app.casework.Stage;
import org.amends.app.notification.EmailRequest;
import org.amends.app.notification.EmailTemplate;
import org.amends.app.notification.NotificationService;
import org.amends.app.notification.Recipient;
import org.springframework.stereotype.Component;

/** The system suggests facilitators, a coordinator picks two, and both are told by email. */
@Component
public class FacilitationWorkers {

  /** How many candidates the coordinator chooses from, best first. */
  static final int OPTIONS = 6;

  private final FacilitatorMatcher matcher;
  private final FacilitatorService facilitators;
  private final CaseService cases;
  private final NotificationService notifications;

  FacilitationWorkers(
      FacilitatorMatcher matcher,
      FacilitatorService facilitators,
      CaseService cases,
      NotificationService notifications) {
    this.matcher = matcher;
    this.facilitators = facilitators;
    this.cases = cases;
    this.notifications = notifications;
  }

  /**
   * {@code suggestedFacilitatorIds} for the allocation form, best match first (the form shows
   * their names from Amends, never from the process). Fewer than two
   * matches is a technical failure: the form could not be answered, so it becomes an incident
   * until facilitators are added or made available, and the job is retried.
   */
  @JobWorker(type = "suggest-facilitators")
  public Map<String, Object> suggestFacilitators(@Variable long caseId) {
    cases.setStage(caseId, Stage.ALLOCATION);
    List<Facilitator> candidates = matcher.suggest(caseId, OPTIONS);
    if (candidates.size() < FacilitatorMatcher.PAIR) {
      throw new IllegalStateException("Only " + candidates.size() + " facilitator(s) match case "
          + caseId + " (area, training, availability, age); two are needed");
    }
    return Map.of("suggestedFacilitatorIds", candidates.stream().map(Facilitator::id).toList());
  }

  /** Allocates the two the coordinator chose and emails each of them once. */
  @JobWorker(type = "notify-facilitators")
  public void notifyFacilitators(
      @JobKey long jobKey, @Variable long caseId, @Variable List<Object> facilitatorIds) {
    List<Long> ids = ProcessIds.ids("facilitatorIds", facilitatorIds);
    if (ids.size() != FacilitatorMatcher.PAIR) {
      throw new IllegalArgumentException("Case " + caseId + " needs exactly two facilitators, but "
          + ids.size() + " were chosen: " + ids);
    }
    facilitators.allocate(caseId, ids.get(0), ids.get(1), "coordinator");
    for (long facilitatorId : ids) {
      notifications.send(EmailRequest.of(caseId, Recipient.facilitator(facilitatorId),
          EmailTemplate.FACILITATOR_ALLOCATION, jobKey + ":facilitator:" + facilitatorId));
    }
    cases.setStage(caseId, Stage.PREPARATION);
  }
}
