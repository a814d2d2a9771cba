package org.amends.app.casework;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A risk assessment that says refer on or close stops the case, as a note says. Why is free text:
 * the tasklist keeps it in the case notes with the rest of the assessment, never in the process.
 */
@Component
public class RiskClosureWorker {

  private final CaseRecordService records;
  private final Clock clock;

  RiskClosureWorker(CaseRecordService records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @JobWorker(type = "record-risk-closure")
  public Map<String, Object> recordRiskClosure(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable String riskOutcome) {
    ClosureOutcome outcome = switch (riskOutcome) {
      case "REFER_ON" -> ClosureOutcome.REFERRED_ON;
      case "CLOSE" -> ClosureOutcome.NOT_SUITABLE;
      default -> throw new IllegalArgumentException(
          "The risk assessment said " + riskOutcome + ", which does not stop a case");
    };
    String verb = outcome == ClosureOutcome.REFERRED_ON ? "refer on" : "close";
    records.addNote(new CaseNote(null, caseId,
        "The risk assessment decided to " + verb + "; the assessment’s note says why.",
        "system", clock.instant().truncatedTo(ChronoUnit.MICROS), String.valueOf(jobKey)));
    return Map.of("closureOutcome", outcome.name());
  }
}
