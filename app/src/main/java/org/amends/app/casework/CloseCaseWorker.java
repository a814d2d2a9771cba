package org.amends.app.casework;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/** Closes the case with the journey's outcome code, today. */
@Component
public class CloseCaseWorker {

  private final CaseService cases;

  CloseCaseWorker(CaseService cases) {
    this.cases = cases;
  }

  @JobWorker(type = "close-case")
  public void closeCase(@Variable long caseId, @Variable String closureOutcome) {
    ClosureOutcome outcome = Arrays.stream(ClosureOutcome.values())
        .filter(o -> o.name().equals(closureOutcome))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "closureOutcome " + closureOutcome + " is not one of "
                + Arrays.toString(ClosureOutcome.values())));
    cases.recordClosure(caseId, outcome);
  }
}
