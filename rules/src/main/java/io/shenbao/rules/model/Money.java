package io.shenbao.rules.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.shenbao.rules.finding.Keys;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An amount or an output value: not negative, at most four decimals. Reports under INPUT-TYPE. */
@Documented
@Constraint(validatedBy = {})
@PositiveOrZero(message = Keys.InputType.NEGATIVE)
@Digits(integer = 12, fraction = 4, message = Keys.InputType.PRECISION)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Money {
  String message() default Keys.InputType.ID;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
