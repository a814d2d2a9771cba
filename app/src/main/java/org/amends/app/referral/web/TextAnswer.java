package org.amends.app.referral.web;

import static org.amends.app.referral.web.ContactChecks.blank;
import static org.amends.app.referral.web.ContactChecks.trimmed;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.validation.Errors;

/**
 * A question answered in a text box or area: required or optional, with a longest length and,
 * for an email address or phone number, a format.
 */
record TextAnswer(
    Function<SelfReferralForm, String> posted,
    String requiredMessage,
    int maxLength,
    String tooLongMessage,
    Predicate<String> wellFormed,
    String formatMessage,
    BiConsumer<SelfReferralAnswers, String> keeper,
    Function<SelfReferralAnswers, String> kept,
    String whenEmpty) implements Answer {

  /** An answer that must be given; {@code wellFormed} may be null when any text will do. */
  static TextAnswer required(Function<SelfReferralForm, String> posted, String requiredMessage, int maxLength,
      String tooLongMessage, Predicate<String> wellFormed, String formatMessage,
      BiConsumer<SelfReferralAnswers, String> keeper, Function<SelfReferralAnswers, String> kept) {
    return new TextAnswer(posted, requiredMessage, maxLength, tooLongMessage, wellFormed, formatMessage,
        keeper, kept, null);
  }

  /** An answer that may be left empty; check answers then shows {@code whenEmpty}. */
  static TextAnswer optional(Function<SelfReferralForm, String> posted, int maxLength, String tooLongMessage,
      BiConsumer<SelfReferralAnswers, String> keeper, Function<SelfReferralAnswers, String> kept,
      String whenEmpty) {
    return new TextAnswer(posted, null, maxLength, tooLongMessage, null, null, keeper, kept, whenEmpty);
  }

  @Override
  public void check(SelfReferralForm form, Errors errors, String field, SelfReferralAnswers answers, Asking asking) {
    String value = posted.apply(form);
    if (blank(value)) {
      if (requiredMessage != null) {
        errors.rejectValue(field, "required", requiredMessage);
      }
    } else if (value.trim().length() > maxLength) {
      errors.rejectValue(field, "tooLong", tooLongMessage);
    } else if (wellFormed != null && !wellFormed.test(value)) {
      errors.rejectValue(field, "format", formatMessage);
    }
  }

  @Override
  public void keep(SelfReferralForm form, SelfReferralAnswers answers) {
    keeper.accept(answers, trimmed(posted.apply(form)));
  }

  @Override
  public String shown(SelfReferralAnswers answers, OfferedChoices offered) {
    String value = kept.apply(answers);
    return value == null ? whenEmpty : value;
  }
}
