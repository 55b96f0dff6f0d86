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

/**
 * A number of enterprises, solutions or the like: a whole number, not negative (METRIC-VALUE also
 * reports one above the rule set's {@code metric_value_max}). Each part reports under METRIC-VALUE.
 */
@Documented
@Constraint(validatedBy = {})
@PositiveOrZero(message = Keys.MetricValue.NEGATIVE)
@Digits(integer = 12, fraction = 0, message = Keys.MetricValue.FRACTION)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Count {
  String message() default Keys.MetricValue.ID;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
