package org.amends.app.casework;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database itself refuses case data the app could not make sense of. */
@CaseDataTest
class CaseDataConstraintsTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldAcceptAWellFormedClosedCase() {
    assertThatCode(() -> insertCase("RJ-2026-90001", "CLOSED", "CLOSED", "'WITHDRAWN'", "current_date"))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectAnUnknownClosureOutcome() {
    assertThatThrownBy(() -> insertCase("RJ-2026-90002", "CLOSED", "CLOSED", "'GAVE_UP'", "current_date"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("closure_outcome");
  }

  @Test
  void shouldRejectAClosedCaseWithoutOutcome() {
    assertThatThrownBy(() -> insertCase("RJ-2026-90003", "CLOSED", "CLOSED", "null", "current_date"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("case_closure_complete");
  }

  @Test
  void shouldRejectAnOpenCaseWithAnOutcome() {
    assertThatThrownBy(() -> insertCase("RJ-2026-90004", "OPEN", "CONTACT", "'NO_CONTACT'", "null"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("case_closure_complete");
  }

  @Test
  void shouldRejectAnUnknownStage() {
    assertThatThrownBy(() -> insertCase("RJ-2026-90005", "OPEN", "WAITING", "null", "null"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("stage");
  }

  @Test
  void shouldRejectASecondCaseWithTheSameReference() {
    insertCase("RJ-2026-90006", "OPEN", "REFERRAL", "null", "null");

    assertThatThrownBy(() -> insertCase("RJ-2026-90006", "OPEN", "REFERRAL", "null", "null"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("reference");
  }

  @Test
  void shouldRejectAMalformedReference() {
    assertThatThrownBy(() -> insertCase("CASE-42", "OPEN", "REFERRAL", "null", "null"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void shouldRejectAPartyWithAnUnknownRoleOrNoCase() {
    long caseId = insertCase("RJ-2026-90007", "OPEN", "REFERRAL", "null", "null");

    assertThatThrownBy(() -> jdbc.update(
            "insert into amends.party (case_id, role, name, status, version) values (?, 'WITNESS', 'A', 'ACTIVE', 0)",
            caseId))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("role");
  }

  @Test
  void shouldRejectAPartyOfACaseThatDoesNotExist() {
    assertThatThrownBy(() -> jdbc.update(
            "insert into amends.party (case_id, role, name, status, version) values (-1, 'HARMED', 'A', 'ACTIVE', 0)"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("case_id");
  }

  @Test
  void shouldRejectConditionalProceedWithoutConditions() {
    long caseId = insertCase("RJ-2026-90008", "OPEN", "ASSESSMENT", "null", "null");

    assertThatThrownBy(() -> jdbc.update("""
            insert into amends.risk_assessment (case_id, kind, risk_of_further_harm, outcome,
              assessed_by, assessed_on) values (?, 'INITIAL', 'LOW', 'PROCEED_WITH_CONDITIONS', 'c', current_date)""",
            caseId))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("risk_conditions_stated");
  }

  private long insertCase(String reference, String status, String stage, String outcome, String closedOn) {
    return jdbc.queryForObject("""
        insert into amends.case_file (reference, status, stage, area, offence_type, closure_outcome,
          closed_on, created_at, updated_at, version)
        values (?, ?, ?, 'COLCHESTER', 'Burglary', %s, %s, now(), now(), 0)
        returning id""".formatted(outcome, closedOn), Long.class, reference, status, stage);
  }
}
