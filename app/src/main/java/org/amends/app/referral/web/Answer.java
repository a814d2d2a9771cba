package org.amends.app.referral.web;

import java.time.LocalDate;
import java.util.List;
import org.amends.app.web.Option;
import org.springframework.validation.Errors;

/**
 * How one self-referral question's answer is checked, kept and shown on check answers. One class
 * per kind of check: {@link ChoiceAnswer}, {@link TextAnswer}, {@link DateAnswer}.
 */
interface Answer {

  /** What the page is asked with: today's date, and the areas the service offers now. */
  record Asking(LocalDate today, OfferedChoices offered) {}

  /** Checks what the page posted, rejecting the field with a GOV.UK message. */
  void check(SelfReferralForm form, Errors errors, String field, SelfReferralAnswers answers, Asking asking);

  /** Keeps a checked answer. */
  void keep(SelfReferralForm form, SelfReferralAnswers answers);

  /** The answer as the check-answers page shows it. */
  String shown(SelfReferralAnswers answers, OfferedChoices offered);

  /** The radios of a choice; none for other answers. */
  default List<Option> options(OfferedChoices offered) {
    return List.of();
  }
}
