package org.amends.app.audit;

/**
 * What was done, as recorded in the audit log. A name here is all a row says about what
 * happened: the log holds references and ids, never names or free text.
 */
public enum AuditAction {
  CASES_LISTED("Listed or searched the cases"),
  CASE_VIEWED("Viewed a case"),
  TASKS_LISTED("Listed the tasks"),
  TASK_VIEWED("Viewed a task and its case summary"),
  NOTE_ADDED("Added a note"),
  WITHDRAWAL_RECORDED("Recorded a withdrawal"),
  CASE_CLOSED("Closed a case"),
  VOLUNTEER_HOURS_LOGGED("Logged volunteer hours"),
  TASK_CLAIMED("Claimed a task"),
  TASK_UNCLAIMED("Unclaimed a task"),
  TASK_ASSIGNED("Assigned a task"),
  TASK_COMPLETED("Completed a task"),
  REFERRAL_OPENED("Opened a case from a referral"),
  REFERRAL_STATUS_READ("Read a referral's status"),
  AUDIT_SEARCHED("Searched the audit log"),
  PEOPLE_SEARCHED("Searched for a person"),
  SUBJECT_ACCESS_EXPORTED("Exported what is held about a person"),
  ERASURE_CHECKED("Checked whether a person can be erased"),
  PERSON_ERASED("Erased a person"),
  RETENTION_REPORT_VIEWED("Viewed the retention runs"),
  RETENTION_RUN("Anonymised cases past the retention period"),
  STAFF_ACCOUNT_ADDED("Added a member of staff"),
  STAFF_ROLES_CHANGED("Changed a member of staff's roles"),
  STAFF_ACCOUNT_ACTIVE_CHANGED("Deactivated or reactivated a member of staff"),
  FIRST_MANAGER_CREATED("Created the first manager with the set-up token"),
  SURVEY_ANSWER_KEPT("Answered one question of a survey from its personal link (kept until sent)"),
  SURVEY_ANSWERED("Answered a survey from its personal link"),
  REPORT_CASES_LISTED("Listed the case references behind a report figure"),
  MONITORED_CASE_VIEWED("Viewed a case's steps and times (monitoring)"),
  INCIDENT_RETRIED("Retried an incident"),
  PROCESS_DRAFT_SAVED("Saved a draft of a process"),
  FORM_DRAFT_SAVED("Saved a draft of a form"),
  PROCESS_DEPLOYED("Deployed a new version of a process"),
  PROCESS_INSTANCES_MIGRATED("Migrated open cases to another version of a process"),
  FACILITATORS_LISTED("Listed the volunteer register"),
  FACILITATOR_VIEWED("Viewed a facilitator on the register"),
  FACILITATOR_ADDED("Added a facilitator to the register"),
  FACILITATOR_CHANGED("Changed a facilitator's register details"),
  FACILITATOR_ACTIVE_CHANGED("Deactivated or reactivated a facilitator"),
  FACILITATOR_TRAINING_RECORDED("Recorded a facilitator's training course"),
  FACILITATOR_SUPERVISION_RECORDED("Recorded a facilitator's supervision"),
  FACILITATOR_AWAY_RECORDED("Recorded dates a facilitator is away"),
  CONFLICT_OF_INTEREST_RECORDED("Recorded a facilitator's conflict of interest on a case"),
  OWN_CASES_LISTED("A facilitator listed their own cases"),
  OWN_MEETINGS_LISTED("A facilitator listed their own meetings"),
  MEETING_CALENDAR_DOWNLOADED("A facilitator downloaded a meeting as a calendar event"),
  OWN_DETAILS_VIEWED("A facilitator viewed their own register details"),
  SERVICE_CHOICE_ADDED("Added an area or referral source"),
  SERVICE_CHOICE_RENAMED("Renamed an area or referral source"),
  SERVICE_CHOICE_RETIRED("Retired an area or referral source, or offered one again");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
