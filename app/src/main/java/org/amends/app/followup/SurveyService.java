package org.amends.app.followup;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SurveyService {

  private final SurveyResponseRepository responses;

  SurveyService(SurveyResponseRepository responses) {
    this.responses = responses;
  }

  /** Records a response; the same request key again returns the first one. */
  @Transactional
  public SurveyResponse record(SurveyResponse response) {
    if (response.requestKey() == null) {
      return responses.save(response);
    }
    return responses.findByRequestKey(response.requestKey())
        .orElseGet(() -> responses.save(response));
  }

  public List<SurveyResponse> forCase(long caseId) {
    return responses.findByCaseIdOrderByReceivedAt(caseId);
  }
}
