package io.shenbao.rules.policy;

/** A policy that cannot be found or read: a usage error, not a finding. */
public final class PolicyException extends Exception {
  private static final long serialVersionUID = 1L;

  public PolicyException(String message) {
    super(message);
  }

  public PolicyException(String message, Throwable cause) {
    super(message, cause);
  }
}
