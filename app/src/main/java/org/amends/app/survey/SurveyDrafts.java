package org.amends.app.survey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The answers given so far on a survey's question pages, kept against its link (Amends' table,
 * not the session and not process variables) until the check-your-answers page sends them. Only
 * a link still open takes an answer; sending clears the draft.
 */
@Repository
class SurveyDrafts {

  private static final Map<SurveyQuestion, String> COLUMNS = Map.of(
      SurveyQuestion.SATISFACTION, "draft_satisfaction",
      SurveyQuestion.RECOMMEND, "draft_recommend",
      SurveyQuestion.PREPARED, "draft_prepared",
      SurveyQuestion.WELL_RUN, "draft_well_run",
      SurveyQuestion.ANYTHING_ELSE, "draft_comments");

  private final JdbcClient jdbc;

  SurveyDrafts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The answers so far of the link with this token hash (all null before the first). */
  SurveyAnswers of(String tokenHash) {
    return jdbc.sql("select draft_satisfaction, draft_recommend, draft_prepared, draft_well_run, draft_comments"
            + " from amends.survey_invitation where token_hash = ?")
        .param(tokenHash)
        .query((rs, n) -> new SurveyAnswers((Integer) rs.getObject(1), (Boolean) rs.getObject(2),
            (Boolean) rs.getObject(3), (Boolean) rs.getObject(4), rs.getString(5)))
        .optional().orElse(new SurveyAnswers(null, null, null, null, null));
  }

  /** Keeps one question's answer; false when the link was used or has expired meanwhile. */
  boolean save(String tokenHash, SurveyQuestion question, Object answer, Instant now) {
    return jdbc.sql("update amends.survey_invitation set " + COLUMNS.get(question) + " = ?"
            + " where token_hash = ? and used_at is null and expires_at > ?")
        .params(answer, tokenHash, now.atOffset(ZoneOffset.UTC))
        .update() == 1;
  }

  /** Forgets the draft of an answered link (its answers are in survey_response now). */
  void clear(long invitationId) {
    jdbc.sql("update amends.survey_invitation set draft_satisfaction = null, draft_recommend = null,"
            + " draft_prepared = null, draft_well_run = null, draft_comments = null where id = ?")
        .param(invitationId).update();
  }
}
