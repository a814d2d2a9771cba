package org.amends.app.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.amends.app.taskform.AnsweredTask;
import org.amends.app.taskform.TaskFormData;
import org.springframework.stereotype.Component;

/**
 * The record-contact form: the contact (or the last attempt) goes into the case's contact log,
 * which the report counts victims contacted and attempts from. The answers still reach the process
 * as before (its review needs the decision), and the notes still become a case note.
 */
@Component
class ContactFormData implements TaskFormData {

  /** The contact's date is a day in England. */
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final CaseRecordService records;
  private final CaseService cases;

  ContactFormData(CaseRecordService records, CaseService cases) {
    this.records = records;
    this.cases = cases;
  }

  @Override
  public String formId() {
    return "record-contact";
  }

  @Override
  public Map<String, Object> keep(AnsweredTask task, Map<String, Object> answers) {
    Party party = cases.partyOfTask(task.caseId(), task.variables().get("partyId"));
    Object method = answers.get("contactMethod");
    records.logContact(new ContactLog(null, task.caseId(), party.id(),
        LocalDate.parse(String.valueOf(answers.get("contactedOn"))).atStartOfDay(UK).toInstant(),
        method == null ? null : ContactMethod.valueOf(method.toString()),
        outcome(String.valueOf(answers.get("contactOutcome"))), null, task.completedBy(), task.requestKey()));
    return Map.of();
  }

  /** They answered, yes or no, or they could not be reached (the date is the last try). */
  private static ContactOutcome outcome(String answer) {
    return switch (answer) {
      case "AGREED" -> ContactOutcome.ACCEPTED;
      case "DECLINED" -> ContactOutcome.DECLINED;
      case "NO_CONTACT" -> ContactOutcome.NO_ANSWER;
      default -> throw new IllegalArgumentException("Contact outcome should be AGREED, DECLINED or NO_CONTACT, but was " + answer);
    };
  }
}
