package org.amends.app.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.amends.app.followup.Respondent;

/**
 * The survey's questions, one a page, in the order they are asked: a participant answers all
 * five, a referrer the two that are theirs. {@code slug} is the page's address after the token;
 * {@code field} the form field; {@code optional} questions may be left blank.
 */
enum SurveyQuestion {
  SATISFACTION("satisfaction", "satisfaction", "How satisfied were you with the service?", null, false, false,
      "Select how satisfied you were with the service"),
  RECOMMEND("recommend", "recommend", "Would you recommend restorative justice to someone else?",
      "Would you recommend the restorative justice service to colleagues and the people you work with?", true, false,
      null),
  PREPARED("prepared", "prepared", "Did you feel prepared for your meeting or exchange?", null, false, false,
      "Select yes if you felt prepared for your meeting or exchange"),
  WELL_RUN("well-run", "wellRun", "Was the meeting or exchange well run?", null, false, false,
      "Select yes if the meeting or exchange was well run"),
  ANYTHING_ELSE("anything-else", "comments", "Is there anything else you want to tell us?", null, true, true, null);

  private final String slug;
  private final String field;
  private final String participantText;
  private final String referrerText;
  private final boolean forReferrer;
  private final boolean optional;
  private final String missing;

  SurveyQuestion(String slug, String field, String participantText, String referrerText, boolean forReferrer,
      boolean optional, String missing) {
    this.slug = slug;
    this.field = field;
    this.participantText = participantText;
    this.referrerText = referrerText;
    this.forReferrer = forReferrer;
    this.optional = optional;
    this.missing = missing;
  }

  String slug() {
    return slug;
  }

  String field() {
    return field;
  }

  boolean optional() {
    return optional;
  }

  /** The question as this respondent is asked it. */
  String text(Respondent respondent) {
    return respondent == Respondent.REFERRER && referrerText != null ? referrerText : participantText;
  }

  /** The error when the question is left unanswered (GOV.UK wording). */
  String missing(Respondent respondent) {
    if (this == RECOMMEND) {
      return respondent == Respondent.REFERRER ? "Select yes if you would recommend the service"
          : "Select yes if you would recommend restorative justice to someone else";
    }
    return missing;
  }

  /** The questions this respondent is asked, in order. */
  static List<SurveyQuestion> askedOf(Respondent respondent) {
    return Arrays.stream(values()).filter(q -> respondent == Respondent.PARTY || q.forReferrer).toList();
  }

  static Optional<SurveyQuestion> ofSlug(String slug) {
    return Arrays.stream(values()).filter(q -> q.slug.equals(slug)).findFirst();
  }
}
