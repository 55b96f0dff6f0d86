package io.shenbao.rules.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.text.CellText;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A plausible Chinese telephone number: a mobile number (11 digits starting 1), a landline with
 * area code (0 + 2–3 digits + 7–8 digits), or a local 7–8 digit number as the notice itself gives
 * ("63895477"), optionally with +86, separators and an extension.
 */
@Documented
@Constraint(validatedBy = Phone.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Phone {
  String message() default Keys.Contact.PHONE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the shape after removing separators. */
  final class Validator implements ConstraintValidator<Phone, String> {
    private static final Pattern SHAPE =
        Pattern.compile(
            "(1[3-9]\\d{9}|0\\d{2,3}[2-9]\\d{6,7}|[2-9]\\d{6,7})((转|ext|x|#)\\d{1,6})?");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      return SHAPE.matcher(normalise(value)).matches();
    }

    /** Removes spaces, dashes, brackets and a leading +86 or 0086. */
    static String normalise(String value) {
      String s = CellText.normalise(value).replaceAll("[\\s\\-()（）]", "");
      if (s.startsWith("+86")) {
        s = s.substring(3);
      } else if (s.startsWith("0086")) {
        s = s.substring(4);
      }
      return s;
    }
  }
}
