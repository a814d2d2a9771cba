package org.amends.app.survey;

import java.util.Optional;
import org.amends.app.followup.Respondent;

/** The answers as the check-your-answers page words them, and which required one is missing. */
final class SurveyAnswerText {

  private SurveyAnswerText() {}

  static String of(SurveyQuestion question, SurveyAnswers answers) {
    return switch (question) {
      case SATISFACTION -> answers.satisfaction() == null ? null
          : SurveyChoices.SATISFACTION.stream().filter(o -> o.value().equals(String.valueOf(answers.satisfaction())))
              .findFirst().orElseThrow().label();
      case RECOMMEND -> yesNo(answers.wouldRecommend());
      case PREPARED -> yesNo(answers.feltPrepared());
      case WELL_RUN -> yesNo(answers.wellRun());
      case ANYTHING_ELSE -> answers.comments() == null ? "Nothing else" : answers.comments();
    };
  }

  /** What the Change link changes, for screen readers ("Change how satisfied you were"). */
  static String changeText(SurveyQuestion question) {
    return switch (question) {
      case SATISFACTION -> "how satisfied you were";
      case RECOMMEND -> "whether you would recommend it";
      case PREPARED -> "whether you felt prepared";
      case WELL_RUN -> "whether it was well run";
      case ANYTHING_ELSE -> "anything else you told us";
    };
  }

  static Optional<SurveyQuestion> firstUnanswered(Respondent respondent, SurveyAnswers answers) {
    return SurveyQuestion.askedOf(respondent).stream()
        .filter(q -> !q.optional() && of(q, answers) == null)
        .findFirst();
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? "Yes" : "No";
  }
}
