package io.shenbao.rules.engine;

/** The user asked for something that cannot be done (exit code 2), such as a missing path. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
