package io.shenbao.rules.finding;

import java.util.List;

/**
 * A failure the user is told about in their language: a message key of the bundle and its
 * arguments, formatted by the front end with {@link Messages}. The exception's own message (key and
 * arguments) is for logs and tests.
 */
public abstract class KeyedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<String> args;

  protected KeyedException(Throwable cause, String key, String... args) {
    super(key + " " + String.join(" | ", args), cause);
    this.key = key;
    this.args = List.of(args);
  }

  /** The message key. */
  public String key() {
    return key;
  }

  /** The message's arguments. */
  public List<String> args() {
    return args;
  }

  /** The message in the language of {@code m}. */
  public String message(Messages m) {
    return m.format(key, args);
  }
}
