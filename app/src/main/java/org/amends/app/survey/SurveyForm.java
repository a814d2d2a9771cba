package org.amends.app.survey;

/** The survey page's answers as typed, so that a mistake comes back as it was. */
class SurveyForm {

  static final int COMMENTS_MAX = 2000;

  private String satisfaction;
  private String recommend;
  private String prepared;
  private String wellRun;
  private String comments;

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
