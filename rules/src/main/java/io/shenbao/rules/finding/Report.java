package io.shenbao.rules.finding;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The outcome of one run: the workspaces checked and every finding, sorted.
 *
 * @param policy the rule set named on the command line, or the default
 * @param asOf the instant the deadline rules compared against
 * @param workspaces one summary per workspace, in the order checked
 * @param findings every finding, sorted by {@link Finding#ORDER}
 */
public record Report(
    String policy, OffsetDateTime asOf, List<WorkspaceSummary> workspaces, List<Finding> findings) {

  public Report {
    workspaces = List.copyOf(workspaces);
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  /** How many findings have this severity. */
  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s).count();
  }

  /** True when any finding is at or above the threshold. */
  public boolean fails(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /**
   * One workspace's summary.
   *
   * @param path the workspace as the user named it
   * @param city 申报城市, or null when the plan could not be read
   * @param province the province, or null
   * @param level the submission level, or null
   * @param policy the rule set applied
   * @param errors how many errors
   * @param warnings how many warnings
   * @param infos how many infos
   * @param rosterRows how many roster rows were read
   */
  public record WorkspaceSummary(
      String path,
      String city,
      String province,
      String level,
      String policy,
      long errors,
      long warnings,
      long infos,
      long rosterRows) {}
}
