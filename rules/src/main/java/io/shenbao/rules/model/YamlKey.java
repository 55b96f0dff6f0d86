package io.shenbao.rules.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The YAML key of a record component when it is not the component's snake_case name (for example
 * {@code extends}, which cannot be a Java name).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface YamlKey {
  /** The key. */
  String value();
}
