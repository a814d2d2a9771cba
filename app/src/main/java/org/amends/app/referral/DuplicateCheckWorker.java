package org.amends.app.referral;

import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.amends.app.casework.Case;
import org.amends.app.casework.CaseNote;
import org.amends.app.casework.CaseRecordService;
import org.amends.app.casework.CaseService;
import org.amends.app.casework.DuplicateCase;
import org.springframework.stereotype.Component;

/** A referral about people who already have an open case is linked to it instead of starting anew. */
@Component
public class DuplicateCheckWorker {

  static final String DUPLICATE_CASE = "DUPLICATE_CASE";

  private final CaseService cases;
  private final CaseRecordService records;
  private final Clock clock;

  DuplicateCheckWorker(CaseService cases, CaseRecordService records, Clock clock) {
    this.cases = cases;
    this.records = records;
    this.clock = clock;
  }

  /** Throws the BPMN error DUPLICATE_CASE (with duplicateOfCaseId) when an open case matches. */
  @JobWorker(type = "check-duplicate")
  public void checkDuplicate(@Variable long caseId) {
    List<DuplicateCase> duplicates = cases.findOpenDuplicates(caseId);
    if (!duplicates.isEmpty()) {
      DuplicateCase open = duplicates.get(0);
      throw CamundaError.bpmnError(
          DUPLICATE_CASE,
          "Case " + caseId + " names the same people as open case " + open.reference(),
          Map.of("duplicateOfCaseId", open.caseId()));
    }
  }

  /** Notes the link on both cases (the same job again adds no second note). */
  @JobWorker(type = "link-duplicate")
  public void linkDuplicate(
      @JobKey long jobKey,
      @Variable long caseId,
      @Variable(optional = true) Long duplicateOfCaseId) {
    Case duplicate = cases.get(caseId);
    Case open = cases.get(duplicateOfCaseId != null ? duplicateOfCaseId : openDuplicateOf(caseId));
    note(open.id(), "Referral " + duplicate.reference() + " names the same people as this case; "
        + "it was linked here instead of opening a new journey.", jobKey + ":open-case");
    note(duplicate.id(), "Duplicate of open case " + open.reference() + "; linked to it, "
        + "no separate journey.", jobKey + ":duplicate");
  }

  private long openDuplicateOf(long caseId) {
    return cases.findOpenDuplicates(caseId).stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "Case " + caseId + " was flagged as a duplicate, but no open case matches it now"))
        .caseId();
  }

  private void note(long caseId, String text, String requestKey) {
    records.addNote(new CaseNote(
        null, caseId, text, "system", clock.instant().truncatedTo(ChronoUnit.MICROS), requestKey));
  }
}
