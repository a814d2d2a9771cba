package org.amends.app.privacy;

import java.util.Map;
import java.util.Set;

/**
 * Every column of Amends' tables, sorted into what anonymisation replaces and what it keeps. The
 * figures (referrals, contacts, satisfaction, recommendation, volunteer hours, durations) are
 * counted from what is kept: dates, source, area, stage, route, outcome codes, answers' yes/no,
 * counts and hours. PersonalDataCoverageTest reads the schema and fails for a column in neither
 * list, so a new column cannot be forgotten.
 */
final class PersonalData {

  static final String ANONYMISED = "'Anonymised'";

  /** Column → SQL expression it becomes. A nullable column becomes null; a required one a marker. */
  static final Map<String, Map<String, String>> REPLACED = Map.ofEntries(
      Map.entry("party", Map.of(
          "name", ANONYMISED,
          "date_of_birth", "null",
          "email", "null",
          "phone", "null",
          "address", "null",
          "interpreter_language", "null",
          "access_needs", "null")),
      Map.entry("case_note", Map.of("text", ANONYMISED)),
      // why a party withdrew, as staff typed it on the case page
      Map.entry("withdrawal_request", Map.of("reason", ANONYMISED)),
      Map.entry("contact_log", Map.of("notes", "null")),
      Map.entry("referral", Map.of(
          // a partner referral must name its referrer (referral_referrer_named)
          "referrer_name", keepNull("referrer_name"),
          "referrer_email", "null",
          "referrer_phone", "null")),
      Map.entry("consent", Map.of(
          // a given consent has a scope; a withdrawal has a reason (consent_* checks)
          "scope", keepNull("scope"),
          "withdrawal_reason", keepNull("withdrawal_reason"))),
      Map.entry("risk_assessment", Map.of(
          "vulnerability", "null",
          "safeguarding_concerns", "null",
          "substance_misuse", "null",
          "mental_health", "null",
          "disability_and_access_needs", "null",
          "language_and_interpreter", "null",
          "conditions", keepNull("conditions"))),
      Map.entry("meeting", Map.of("venue", "null", "attendees", "null", "notes", "null")),
      Map.entry("outcome_action", Map.of("description", ANONYMISED, "owner", ANONYMISED)),
      Map.entry("survey_response", Map.of("comments", "null")),
      // not personal, but the key to answering about someone: a hash no token has, so the link
      // of an anonymised case or person stops working
      Map.entry("survey_invitation", Map.of("token_hash",
          "encode(sha256(convert_to('anonymised-' || id, 'UTF8')), 'hex')",
          // free text typed on the survey's last page and not sent yet
          "draft_comments", "null")),
      Map.entry("email_record", Map.of("recipient_address", ANONYMISED)),
      Map.entry("facilitator", Map.of(
          "name", ANONYMISED,
          // required and unique: an address that names nobody and can never be delivered to
          "email", "'anonymised-' || id || '@anonymised.invalid'",
          "date_of_birth", "null",
          // the link to a staff sign-in account: an erased facilitator is nobody's any more
          "username", "null",
          "available", "false",
          "phone", "null",
          // the certificate is about them; the pair must stay complete (facilitator_dbs_complete)
          "dbs_certificate_number", "null",
          "dbs_issued_on", "null")));

  /** Columns kept, with why. Keys, links and codes are not about anyone in particular. */
  static final Map<String, Set<String>> KEPT = Map.ofEntries(
      // offence_type is a category ("Criminal damage") that the figures break down by
      Map.entry("case_file", Set.of("id", "reference", "status", "stage", "area", "offence_type",
          "sexual_offence", "domestic_abuse", "hate_crime", "stalking", "homicide",
          "very_vulnerable_party", "route", "process_instance_key", "closure_outcome", "closed_on",
          "created_at", "updated_at", "version", "anonymised_on")),
      Map.entry("party", Set.of("id", "case_id", "role", "preferred_contact", "email_contact_agreed",
          "status", "version", "anonymised_on")),
      // written_by and the other *_by columns are staff usernames: the staff's accountability
      Map.entry("case_note", Set.of("id", "case_id", "written_by", "written_at", "request_key")),
      Map.entry("withdrawal_request", Set.of("id", "case_id", "party_id", "requested_by", "requested_at")),
      Map.entry("contact_log", Set.of("id", "case_id", "party_id", "contacted_at", "method", "outcome",
          "contacted_by", "request_key")),
      // the referring organisation is an agency, not a person
      Map.entry("referral", Set.of("id", "case_id", "source", "referrer_organisation", "referral_date",
          "incident_date", "report_date", "went_to_court", "sentence_date", "referrer_anonymised_on")),
      Map.entry("consent", Set.of("id", "party_id", "given", "given_on", "recorded_by", "withdrawn_on",
          "version")),
      Map.entry("risk_assessment", Set.of("id", "case_id", "kind", "risk_of_further_harm", "outcome",
          "assessed_by", "assessed_on", "request_key")),
      Map.entry("facilitator", Set.of("id", "training_level", "volunteer", "version", "anonymised_on")),
      Map.entry("facilitator_area", Set.of("facilitator_id", "area")),
      // courses, supervision and dates away: dates and course titles, which name nobody once the
      // facilitator's own record is anonymised, and count towards the training figures
      Map.entry("facilitator_course", Set.of("facilitator_id", "course", "completed_on")),
      Map.entry("facilitator_supervision", Set.of("facilitator_id", "supervised_on")),
      Map.entry("facilitator_away", Set.of("facilitator_id", "first_day", "last_day")),
      // a conflict of interest: which facilitator may not work which case, recorded by whom (staff)
      Map.entry("facilitator_conflict", Set.of("case_id", "facilitator_id", "recorded_by", "recorded_on")),
      Map.entry("allocation", Set.of("id", "case_id", "first_facilitator_id", "second_facilitator_id",
          "allocated_by", "allocated_on", "ended_on")),
      Map.entry("volunteer_hours", Set.of("id", "facilitator_id", "case_id", "activity", "worked_on",
          "hours", "request_key")),
      Map.entry("meeting", Set.of("id", "case_id", "kind", "party_id", "starts_at", "updated_risk",
          "request_key", "version")),
      Map.entry("outcome_agreement", Set.of("id", "case_id", "agreed_on", "request_key", "version")),
      Map.entry("outcome_action", Set.of("outcome_agreement_id", "number", "due_on", "status",
          "harmed_informed_at")),
      Map.entry("survey_response", Set.of("id", "case_id", "respondent", "party_id", "satisfied",
          "would_recommend", "felt_prepared", "received_at", "request_key", "satisfaction", "well_run")),
      // when a survey link was sent, until when it worked and when it was used: the response rate
      // and the answers given on the question pages before they were sent (scale and yes/no)
      Map.entry("survey_invitation", Set.of("id", "case_id", "respondent", "party_id", "created_at",
          "expires_at", "used_at", "request_key", "draft_satisfaction", "draft_recommend", "draft_prepared",
          "draft_well_run")),
      // the subject is the template's fixed wording, which names nobody
      Map.entry("email_record", Set.of("id", "case_id", "recipient_kind", "party_id", "facilitator_id",
          "template", "subject", "sent_at", "idempotency_key", "delivery")),
      // a journey waiting for the engine: counts, times and the kind of failure, never a message
      Map.entry("journey_start", Set.of("case_id", "requested_at", "attempts", "next_attempt_at",
          "last_failure")),
      // a partner's retry key, the agency and a digest of its request; deleted after a day
      Map.entry("partner_request", Set.of("agency", "idempotency_key", "body_sha256", "case_id",
          "received_at")));

  /**
   * Tables that hold no personal data at all: the audit log (references and ids only, and it
   * cannot be changed), the retention runs' reports (references and counts) and monitoring's
   * reporting tables (engine keys, codes and times).
   */
  static final Set<String> NOT_PERSONAL = Set.of("audit_event", "retention_run", "retention_run_case",
      "retention_run_table", "flyway_schema_history",
      // monitoring's reporting tables (org.amends.app.monitoring.history): the engine's keys, element
      // ids, states and times, imported through the Camunda client, and incidents' technical error
      // messages (workers name no one: process variables and logs carry ids only). They reach a case
      // only through its process instance key, so no subject access section is needed: there is
      // nothing about the person in them, and an anonymised case leaves only numbers behind.
      "report_process_instance", "report_element_instance", "report_user_task", "report_incident",
      "report_import_cursor",
      // how many instances completed each element of a process (the heatmap's counts)
      "report_element_completed",
      // who retried an incident (a staff username, as in the audit log) and when, by engine keys
      "incident_retry",
      // which process, decision and form versions each modeler deployment made: keys and ids
      "modeler_deployed_resource",
      // the service's areas and referral sources (org.amends.app.areas): codes, place and
      // organisation-kind names, an order and a retirement time, about no one
      "area", "referral_source");

  /**
   * Staff's own sign-in accounts (org.amends.app.security): personal data of the service's staff,
   * not of the people in its cases. They are kept while the person works for the service and are
   * managed, deactivated and exported on the users page, not by case retention or a case
   * subject's export.
   */
  static final Set<String> STAFF_ACCOUNTS = Set.of("staff_account", "staff_account_role", "setup_token",
      // the modeler's drafts and deployment records (org.amends.app.modeler): process and form
      // definitions with the username of the manager who saved or deployed them, and why
      "modeler_draft", "modeler_deployment");

  private PersonalData() {}

  private static String keepNull(String column) {
    return "case when " + column + " is null then null else " + ANONYMISED + " end";
  }
}
