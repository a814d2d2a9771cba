package org.amends.app.referral.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An email address as every way in checks it ({@link ContactChecks#validEmail}, one pass, no
 * pattern); null is left to @NotNull. Replaces @Email, whose pattern is not linear.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WellFormedEmail.Check.class)
@interface WellFormedEmail {

  String message() default "must be a well-formed email address";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check behind the annotation. */
  class Check implements ConstraintValidator<WellFormedEmail, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ContactChecks.validEmail(value);
    }
  }
}
