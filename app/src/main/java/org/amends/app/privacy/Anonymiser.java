package org.amends.app.privacy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Replaces personal data with {@link PersonalData}'s rules, for a whole case (retention) or for
 * one person (erasure), and says how many rows of each table it changed. Running it again
 * changes the same rows to the same values: it is idempotent.
 */
@Component
class Anonymiser {

  private static final String CASE_PARTIES = "party_id in (select id from amends.party where case_id = :id)";
  private static final String CASE_AGREEMENTS =
      "outcome_agreement_id in (select id from amends.outcome_agreement where case_id = :id)";
  private static final String REFERRAL_CASE = "case_id = (select case_id from amends.referral where id = :id)";

  /** Everything personal about a case and its people; the case's rows themselves stay. */
  private static final List<Link> CASE = List.of(
      new Link("party", "case_id = :id"),
      new Link("case_note", "case_id = :id"),
      new Link("contact_log", "case_id = :id"),
      new Link("referral", "case_id = :id"),
      new Link("consent", CASE_PARTIES),
      new Link("risk_assessment", "case_id = :id"),
      new Link("meeting", "case_id = :id"),
      new Link("outcome_action", CASE_AGREEMENTS),
      new Link("survey_response", "case_id = :id"),
      new Link("survey_invitation", "case_id = :id"),
      new Link("email_record", "case_id = :id"),
      new Link("withdrawal_request", "case_id = :id"));

  /**
   * One party: their own rows, and the free text written about the whole case (notes, risk
   * assessments, joint meetings, agreed actions), which cannot be separated person by person.
   */
  private static final List<Link> PARTY = List.of(
      new Link("party", "id = :id"),
      new Link("contact_log", "party_id = :id"),
      new Link("consent", "party_id = :id"),
      new Link("meeting", "party_id = :id"),
      new Link("survey_response", "party_id = :id"),
      new Link("survey_invitation", "party_id = :id"),
      new Link("email_record", "party_id = :id"),
      new Link("withdrawal_request", "party_id = :id"),
      new Link("case_note", "case_id = (select case_id from amends.party where id = :id)"),
      new Link("risk_assessment", "case_id = (select case_id from amends.party where id = :id)"),
      new Link("meeting", "party_id is null and case_id = (select case_id from amends.party where id = :id)"),
      new Link("outcome_action", "outcome_agreement_id in (select a.id from amends.outcome_agreement a"
          + " join amends.party p on p.case_id = a.case_id where p.id = :id)"));

  /** A referrer: their details on the referral, the emails sent to them and their feedback. */
  private static final List<Link> REFERRER = List.of(
      new Link("referral", "id = :id"),
      new Link("email_record", "recipient_kind = 'REFERRER' and " + REFERRAL_CASE),
      new Link("survey_response", "respondent = 'REFERRER' and " + REFERRAL_CASE),
      new Link("survey_invitation", "respondent = 'REFERRER' and " + REFERRAL_CASE));

  /** A facilitator: their own record and the emails sent to them. Their hours stay, for the figures. */
  private static final List<Link> FACILITATOR = List.of(
      new Link("facilitator", "id = :id"),
      new Link("email_record", "facilitator_id = :id"));

  private final JdbcClient jdbc;

  Anonymiser(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, Integer> anonymiseCase(long caseId, LocalDate today) {
    Map<String, Integer> rows = apply(CASE, caseId);
    mark("update amends.party set anonymised_on = :today where case_id = :id and anonymised_on is null", caseId, today);
    mark("update amends.referral set referrer_anonymised_on = :today where case_id = :id"
        + " and referrer_anonymised_on is null", caseId, today);
    mark("update amends.case_file set anonymised_on = :today where id = :id and anonymised_on is null", caseId, today);
    return rows;
  }

  Map<String, Integer> anonymise(PersonKind kind, long personId, LocalDate today) {
    Map<String, Integer> rows = apply(switch (kind) {
      case PARTY -> PARTY;
      case REFERRER -> REFERRER;
      case FACILITATOR -> FACILITATOR;
    }, personId);
    mark(switch (kind) {
      case PARTY -> "update amends.party set anonymised_on = :today where id = :id and anonymised_on is null";
      case REFERRER -> "update amends.referral set referrer_anonymised_on = :today where id = :id"
          + " and referrer_anonymised_on is null";
      case FACILITATOR -> "update amends.facilitator set anonymised_on = :today where id = :id"
          + " and anonymised_on is null";
    }, personId, today);
    return rows;
  }

  private Map<String, Integer> apply(List<Link> links, long id) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (Link link : links) {
      int changed = jdbc.sql("update amends." + link.table() + " set " + assignments(link.table())
              + " where " + link.where())
          .param("id", id)
          .update();
      rows.merge(link.table(), changed, Integer::sum);
    }
    return rows;
  }

  private void mark(String sql, long id, LocalDate today) {
    jdbc.sql(sql).param("id", id).param("today", today).update();
  }

  private static String assignments(String table) {
    return PersonalData.REPLACED.get(table).entrySet().stream()
        .map(e -> e.getKey() + " = " + e.getValue())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  /** The rows of a table that belong to what is anonymised, as a condition on :id. */
  private record Link(String table, String where) {}
}
