package io.shenbao.rules.engine;

import io.shenbao.rules.finding.KeyedException;
import io.shenbao.rules.read.Reason;
import java.io.IOException;

/**
 * The user asked for something that cannot be done (exit code 2), such as a missing path; the key
 * is one of the bundle's {@code usage.*}.
 */
public final class UsageException extends KeyedException {
  private static final long serialVersionUID = 1L;

  public UsageException(String key, String... args) {
    super(null, key, args);
  }

  /**
   * A file or folder named by {@code arg} could not be read or searched: the message {@code key}
   * with {@code arg} and why, in the reader's language.
   */
  public static UsageException io(String key, String arg, IOException e) {
    return new UsageException(key, arg, Reason.of(e));
  }
}
