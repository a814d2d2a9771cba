package org.amends.app.casework;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The running record of a case: notes, contact attempts, risk assessments, volunteer hours. Each
 * write takes the request key of the job or form behind it (may be null); the same key again
 * returns the first record instead of adding a second.
 */
@Service
public class CaseRecordService {

  private final CaseNoteRepository notes;
  private final ContactLogRepository contacts;
  private final RiskAssessmentRepository assessments;
  private final VolunteerHoursRepository hours;

  CaseRecordService(
      CaseNoteRepository notes,
      ContactLogRepository contacts,
      RiskAssessmentRepository assessments,
      VolunteerHoursRepository hours) {
    this.notes = notes;
    this.contacts = contacts;
    this.assessments = assessments;
    this.hours = hours;
  }

  @Transactional
  public CaseNote addNote(CaseNote note) {
    return once(note.requestKey(), notes::findByRequestKey, () -> notes.save(note));
  }

  @Transactional
  public ContactLog logContact(ContactLog attempt) {
    return once(attempt.requestKey(), contacts::findByRequestKey, () -> contacts.save(attempt));
  }

  @Transactional
  public RiskAssessment recordRiskAssessment(RiskAssessment assessment) {
    return once(
        assessment.requestKey(), assessments::findByRequestKey, () -> assessments.save(assessment));
  }

  @Transactional
  public VolunteerHours logVolunteerHours(VolunteerHours logged) {
    return once(logged.requestKey(), hours::findByRequestKey, () -> hours.save(logged));
  }

  /** The note written under this request key, if any. */
  public Optional<CaseNote> noteByRequestKey(String requestKey) {
    return notes.findByRequestKey(requestKey);
  }

  public List<CaseNote> notes(long caseId) {
    return notes.findByCaseIdOrderByWrittenAt(caseId);
  }

  public List<ContactLog> contactLog(long caseId) {
    return contacts.findByCaseIdOrderByContactedAt(caseId);
  }

  /** How many times the service has tried to reach this party: the attempt limit counts these. */
  public int contactAttempts(long partyId) {
    return contacts.countByPartyId(partyId);
  }

  public Optional<RiskAssessment> latestRiskAssessment(long caseId, AssessmentKind kind) {
    return assessments.findFirstByCaseIdAndKindOrderByIdDesc(caseId, kind);
  }

  public List<VolunteerHours> volunteerHours(long caseId) {
    return hours.findByCaseIdOrderByWorkedOn(caseId);
  }

  /** A facilitator's hours outside cases, latest first. */
  public List<VolunteerHours> serviceHours(long facilitatorId) {
    return hours.findByFacilitatorIdAndCaseIdIsNullOrderByWorkedOnDesc(facilitatorId);
  }

  /** The latest 50 entries of hours outside cases, everyone's. */
  public List<VolunteerHours> latestServiceHours() {
    return hours.findTop50ByCaseIdIsNullOrderByWorkedOnDescIdDesc();
  }

  private static <T> T once(
      String requestKey, Function<String, Optional<T>> find, Supplier<T> create) {
    if (requestKey == null) {
      return create.get();
    }
    return find.apply(requestKey).orElseGet(create);
  }
}
