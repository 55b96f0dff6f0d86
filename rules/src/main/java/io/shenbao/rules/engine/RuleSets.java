package io.shenbao.rules.engine;

import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.PolicyLoader;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The rule sets, for the commands: the shipped ones by ID, a user's overlay by file, the one for a
 * new workspace's province, and the default rule set's time zone. Loading is the readers' ({@link
 * PolicyLoader}); the commands go through here and never reach into the readers.
 */
public final class RuleSets {
  /** The rule sets shipped with the tool. */
  public static final List<String> BUILT_IN = PolicyLoader.BUILT_IN;

  /** The rule set used when neither the plan nor the command line names one. */
  public static final String DEFAULT = PolicyLoader.DEFAULT;

  private RuleSets() {}

  /** Loads a shipped rule set by ID, or an overlay file (relative to the current directory). */
  public static Policy load(String idOrFile) throws PolicyException {
    return PolicyLoader.load(idOrFile);
  }

  /** True when {@code idOrFile} names a shipped rule set. */
  public static boolean isBuiltIn(String idOrFile) {
    return PolicyLoader.isBuiltIn(idOrFile);
  }

  /** The shipped rule set for a new workspace in {@code province}, else the default. */
  public static Policy forProvince(String province) throws PolicyException {
    return PolicyLoader.forProvince(province);
  }

  /**
   * The default rule set's time zone (Beijing time): of a time given without an offset before any
   * workspace's rule set is known, and of what an office receives from cities of several rule sets.
   */
  public static ZoneOffset defaultZone() {
    return PolicyLoader.defaultZone();
  }
}
