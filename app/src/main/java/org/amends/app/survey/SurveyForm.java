package org.amends.app.survey;

import org.amends.app.followup.Respondent;
import org.springframework.validation.BindingResult;

/** A survey page's answer as typed, so that a mistake comes back as it was. */
class SurveyForm {

  static final int COMMENTS_MAX = 2000;

  private String satisfaction;
  private String recommend;
  private String prepared;
  private String wellRun;
  private String comments;

  /** The form filled with the answers kept so far, for a page asked again or changed. */
  static SurveyForm of(SurveyAnswers draft) {
    SurveyForm form = new SurveyForm();
    form.satisfaction = draft.satisfaction() == null ? null : draft.satisfaction().toString();
    form.recommend = yesNo(draft.wouldRecommend());
    form.prepared = yesNo(draft.feltPrepared());
    form.wellRun = yesNo(draft.wellRun());
    form.comments = draft.comments();
    return form;
  }

  /** The page's answer as it is kept, or errors the GOV.UK way (then null). */
  Object answer(SurveyQuestion question, Respondent respondent, BindingResult errors) {
    return switch (question) {
      case SATISFACTION -> {
        String value = satisfaction == null ? "" : satisfaction;
        if (!value.matches("[1-5]")) {
          errors.rejectValue(question.field(), "required", question.missing(respondent));
          yield null;
        }
        yield Integer.valueOf(value);
      }
      case RECOMMEND -> yesNo(recommend, question, respondent, errors);
      case PREPARED -> yesNo(prepared, question, respondent, errors);
      case WELL_RUN -> yesNo(wellRun, question, respondent, errors);
      case ANYTHING_ELSE -> {
        String text = comments == null || comments.isBlank() ? null : comments.strip();
        if (text != null && text.length() > COMMENTS_MAX) {
          errors.rejectValue(question.field(), "tooLong",
              "Anything else you want to tell us must be " + COMMENTS_MAX + " characters or fewer");
        }
        yield text;
      }
    };
  }

  private static Boolean yesNo(String value, SurveyQuestion question, Respondent respondent, BindingResult errors) {
    if ("yes".equals(value)) {
      return true;
    }
    if ("no".equals(value)) {
      return false;
    }
    errors.rejectValue(question.field(), "required", question.missing(respondent));
    return null;
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? "yes" : "no";
  }

  public String getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(String satisfaction) {
    this.satisfaction = satisfaction;
  }

  public String getRecommend() {
    return recommend;
  }

  public void setRecommend(String recommend) {
    this.recommend = recommend;
  }

  public String getPrepared() {
    return prepared;
  }

  public void setPrepared(String prepared) {
    this.prepared = prepared;
  }

  public String getWellRun() {
    return wellRun;
  }

  public void setWellRun(String wellRun) {
    this.wellRun = wellRun;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }
}
