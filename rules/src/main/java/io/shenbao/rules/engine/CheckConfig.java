package io.shenbao.rules.engine;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
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
 * @param forwarding how a province's forwarding re-checks its cities, or null
 */
public record CheckConfig(
    List<WorkspaceRef> workspaces,
    Policy policy,
    OffsetDateTime asOf,
    List<Rule> rules,
    int jobs,
    Forwarding forwarding) {

  public CheckConfig {
    workspaces = List.copyOf(workspaces);
    rules = List.copyOf(rules);
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs " + jobs);
    }
  }

  /**
   * How {@code shenbao forward} re-checks the cities a province sends the two ministries: every
   * candidate held to {@code policy} at {@code level} (a Chongqing district prepared for the
   * municipal deadline is held to the national rules), a first-batch city's progress workspace to
   * its own rule set, and each city in {@code province}.
   */
  public record Forwarding(String province, Policy policy, String level) {}

  /** Checking {@code n} workspaces at a time, outside forwarding. */
  public CheckConfig(
      List<WorkspaceRef> workspaces,
      Policy policy,
      OffsetDateTime asOf,
      List<Rule> rules,
      int jobs) {
    this(workspaces, policy, asOf, rules, jobs, null);
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

  /** The same, re-checking the cities as a province forwards them. */
  public CheckConfig forwarding(Forwarding f) {
    return new CheckConfig(workspaces, policy, asOf, rules, jobs, f);
  }

  /** Told how far a run has come; called from the checking threads. */
  public interface Progress {
    /** {@code done} of {@code total} workspaces finished; {@code rows} roster rows read so far. */
    void update(int done, int total, long rows);
  }

  /** The same, checking {@code n} workspaces at a time. */
  public CheckConfig withJobs(int n) {
    return new CheckConfig(workspaces, policy, asOf, rules, n, forwarding);
  }
}
