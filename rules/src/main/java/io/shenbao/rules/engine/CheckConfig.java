package io.shenbao.rules.engine;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.Rules;
import io.shenbao.rules.policy.Policy;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What to check and how.
 *
 * @param workspaces the workspaces, in order
 * @param policy the rule set forced on every workspace, or null to use each plan's own
 * @param asOf the instant the deadline rules compare against
 * @param rules the rules to run (normally {@link Rules#ALL})
 * @param jobs how many workspaces to check at a time
 */
public record CheckConfig(
    List<WorkspaceRef> workspaces, Policy policy, OffsetDateTime asOf, List<Rule> rules, int jobs) {

  public CheckConfig {
    workspaces = List.copyOf(workspaces);
    rules = List.copyOf(rules);
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs " + jobs);
    }
  }

  /** With the given rules, one workspace at a time. */
  public CheckConfig(
      List<WorkspaceRef> workspaces, Policy policy, OffsetDateTime asOf, List<Rule> rules) {
    this(workspaces, policy, asOf, rules, 1);
  }

  /** The usual configuration: all built-in rules. */
  public static CheckConfig of(List<WorkspaceRef> workspaces, Policy policy, OffsetDateTime asOf) {
    return new CheckConfig(workspaces, policy, asOf, Rules.ALL, 1);
  }

  /** Told how far a run has come; called from the checking threads. */
  public interface Progress {
    /** {@code done} of {@code total} workspaces finished; {@code rows} roster rows read so far. */
    void update(int done, int total, long rows);
  }

  /** The same, checking {@code n} workspaces at a time. */
  public CheckConfig withJobs(int n) {
    return new CheckConfig(workspaces, policy, asOf, rules, n);
  }
}
