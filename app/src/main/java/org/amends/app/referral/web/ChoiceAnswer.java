package org.amends.app.referral.web;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.amends.app.web.Option;
import org.springframework.validation.Errors;

/** A question answered by one of its radios; anything else is refused with the message. */
record ChoiceAnswer(
    Function<OfferedChoices, List<Option>> choices,
    Function<SelfReferralForm, String> posted,
    String message,
    BiConsumer<SelfReferralAnswers, String> keeper,
    Function<SelfReferralAnswers, String> kept) implements Answer {

  /** A question whose radios do not depend on the service's lists. */
  static ChoiceAnswer fixed(List<Option> options, Function<SelfReferralForm, String> posted, String message,
      BiConsumer<SelfReferralAnswers, String> keeper, Function<SelfReferralAnswers, String> kept) {
    return new ChoiceAnswer(offered -> options, posted, message, keeper, kept);
  }

  @Override
  public List<Option> options(OfferedChoices offered) {
    return choices.apply(offered);
  }

  @Override
  public void check(SelfReferralForm form, Errors errors, String field, SelfReferralAnswers answers, Asking asking) {
    String value = posted.apply(form);
    if (options(asking.offered()).stream().noneMatch(o -> o.value().equals(value))) {
      errors.rejectValue(field, "required", message);
    }
  }

  @Override
  public void keep(SelfReferralForm form, SelfReferralAnswers answers) {
    keeper.accept(answers, posted.apply(form));
  }

  /** The label of the chosen radio; its code if the choice has since been withdrawn. */
  @Override
  public String shown(SelfReferralAnswers answers, OfferedChoices offered) {
    String value = kept.apply(answers);
    return options(offered).stream().filter(o -> o.value().equals(value)).findFirst()
        .map(Option::label).orElse(value);
  }
}
