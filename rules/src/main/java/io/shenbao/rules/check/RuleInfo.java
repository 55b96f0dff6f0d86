package io.shenbao.rules.check;

import io.shenbao.rules.finding.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's permanent metadata. Title and description live in the message bundle under its ID. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
  /** The permanent ID, such as {@code METRIC-TOTAL}. */
  String id();

  /** The default severity; a policy may change it. */
  Severity severity();

  /** The clause of the notice the rule enforces. */
  String clause();

  /** The version that introduced the rule. */
  String since() default "0.1.0";
}
