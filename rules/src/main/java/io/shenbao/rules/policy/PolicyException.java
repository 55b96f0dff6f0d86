package io.shenbao.rules.policy;

import io.shenbao.rules.finding.KeyedException;

/**
 * A policy that cannot be found or read: a usage error, not a finding. The key is one of the
 * bundle's {@code policy.*}.
 */
public final class PolicyException extends KeyedException {
  private static final long serialVersionUID = 1L;

  public PolicyException(String key, String... args) {
    super(null, key, args);
  }

  public PolicyException(Throwable cause, String key, String... args) {
    super(cause, key, args);
  }
}
