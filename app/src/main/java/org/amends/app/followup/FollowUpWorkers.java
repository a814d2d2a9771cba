package org.amends.app.followup;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.Party;
import org.amends.app.casework.ProcessIds;
import org.amends.app.casework.Stage;
import org.amends.app.survey.SurveyEmails;
import org.springframework.stereotype.Component;

/**
 * Some weeks after the meeting: a survey to each participant and a feedback request to the
 * referrer, each with a personal link to answer online.
 */
@Component
public class FollowUpWorkers {

  private final CaseService cases;
  private final SurveyEmails surveys;

  FollowUpWorkers(CaseService cases, SurveyEmails surveys) {
    this.cases = cases;
    this.surveys = surveys;
  }

  @JobWorker(type = "send-satisfaction-surveys")
  public void sendSatisfactionSurveys(
      @JobKey long jobKey, @Variable long caseId, @Variable List<Object> participantIds) {
    cases.setStage(caseId, Stage.FOLLOW_UP);
    for (long partyId : ProcessIds.ids("participantIds", participantIds)) {
      Party party = cases.party(partyId);
      if (party.isActive()) {
        surveys.sendSatisfactionSurvey(caseId, partyId, jobKey + ":party:" + partyId);
      }
    }
  }

  @JobWorker(type = "request-referrer-feedback")
  public void requestReferrerFeedback(@JobKey long jobKey, @Variable long caseId) {
    surveys.sendReferrerFeedbackRequest(caseId, jobKey + ":referrer");
  }
}
