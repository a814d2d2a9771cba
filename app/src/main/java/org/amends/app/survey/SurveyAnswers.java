package org.amends.app.survey;

/**
 * What someone answered: satisfaction 1 (very dissatisfied) to 5 (very satisfied), yes/no answers,
 * and free text. A referrer answers only wouldRecommend and comments.
 */
record SurveyAnswers(Integer satisfaction, Boolean wouldRecommend, Boolean feltPrepared, Boolean wellRun,
    String comments) {}
