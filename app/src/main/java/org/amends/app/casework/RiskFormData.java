package org.amends.app.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.amends.app.taskform.AnsweredTask;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * A risk assessment form: the assessment is recorded on the case, dated the day it is completed,
 * with its level and outcome (its free text still becomes a case note), so that the case page and
 * the report (meetings with both assessments first) see it. The decisions still reach the process.
 */
abstract class RiskFormData implements TaskFormData {

  private final CaseRecordService records;
  private final Clock clock;
  private final AssessmentKind kind;

  RiskFormData(CaseRecordService records, Clock clock, AssessmentKind kind) {
    this.records = records;
    this.clock = clock;
    this.kind = kind;
  }

  @Override
  public Map<String, Object> keep(AnsweredTask task, Map<String, Object> answers) {
    records.recordRiskAssessment(new RiskAssessment(null, task.caseId(), kind,
        RiskLevel.valueOf(String.valueOf(answers.get("riskOfFurtherHarm"))), null, null, null, null, null, null,
        AssessmentOutcome.valueOf(String.valueOf(answers.get("riskOutcome"))), null, task.completedBy(),
        LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))), task.requestKey()));
    return Map.of();
  }

  @Component
  static class Initial extends RiskFormData {
    Initial(CaseRecordService records, Clock clock) {
      super(records, clock, AssessmentKind.INITIAL);
    }

    @Override
    public String formId() {
      return "assess-risk";
    }
  }

  @Component
  static class Second extends RiskFormData {
    Second(CaseRecordService records, Clock clock) {
      super(records, clock, AssessmentKind.SECOND);
    }

    @Override
    public String formId() {
      return "second-risk-assessment";
    }
  }
}
