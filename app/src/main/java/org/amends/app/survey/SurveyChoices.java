package org.amends.app.survey;

import java.util.List;
import org.amends.app.web.Option;

/** The answers the survey's radios offer. */
final class SurveyChoices {

  private SurveyChoices() {}

  static final List<Option> SATISFACTION = List.of(
      Option.of("5", "Very satisfied"),
      Option.of("4", "Satisfied"),
      Option.of("3", "Neither satisfied nor dissatisfied"),
      Option.of("2", "Dissatisfied"),
      Option.of("1", "Very dissatisfied"));

  static final List<Option> YES_NO = List.of(Option.of("yes", "Yes"), Option.of("no", "No"));
}
