package org.amends.app.referral.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.amends.app.web.DateParts;
import org.springframework.validation.Errors;

/**
 * A question answered with a GOV.UK date input: a real date in the past, and when {@code earliest}
 * gives one, not before that earlier answer (a report cannot come before the incident).
 */
record DateAnswer(
    Function<SelfReferralForm, DateParts> posted,
    String name,
    Function<SelfReferralAnswers, LocalDate> earliest,
    String tooEarlyMessage,
    BiConsumer<SelfReferralAnswers, LocalDate> keeper,
    Function<SelfReferralAnswers, LocalDate> kept) implements Answer {

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A past date with no earlier answer to follow. */
  static DateAnswer past(Function<SelfReferralForm, DateParts> posted, String name,
      BiConsumer<SelfReferralAnswers, LocalDate> keeper, Function<SelfReferralAnswers, LocalDate> kept) {
    return new DateAnswer(posted, name, answers -> null, null, keeper, kept);
  }

  @Override
  public void check(SelfReferralForm form, Errors errors, String field, SelfReferralAnswers answers, Asking asking) {
    LocalDate date = posted.apply(form).checkNotAfter(asking.today(), name, field, errors, "in the past");
    LocalDate notBefore = earliest.apply(answers);
    if (date != null && notBefore != null && date.isBefore(notBefore)) {
      errors.rejectValue(field, "tooEarly", tooEarlyMessage);
    }
  }

  @Override
  public void keep(SelfReferralForm form, SelfReferralAnswers answers) {
    keeper.accept(answers, posted.apply(form).toDate());
  }

  @Override
  public String shown(SelfReferralAnswers answers, OfferedChoices offered) {
    return kept.apply(answers).format(LONG_DATE);
  }
}
