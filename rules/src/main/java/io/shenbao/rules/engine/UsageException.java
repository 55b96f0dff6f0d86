package io.shenbao.rules.engine;

import io.shenbao.rules.finding.KeyedException;

/**
 * The user asked for something that cannot be done (exit code 2), such as a missing path; the key
 * is one of the bundle's {@code usage.*}.
 */
public final class UsageException extends KeyedException {
  private static final long serialVersionUID = 1L;

  public UsageException(String key, String... args) {
    super(null, key, args);
  }
}
