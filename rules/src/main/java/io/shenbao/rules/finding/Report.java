package io.shenbao.rules.finding;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one run: the workspaces checked, every finding, sorted, and the rules that ran.
 *
 * @param policy the rule set named on the command line, or the default
 * @param asOf the instant the deadline rules compared against
 * @param workspaces one summary per workspace, in the order checked
 * @param findings every finding, sorted by {@link Finding#ORDER}
 * @param coverage the planned level-2 coverage of each sub-industry
 * @param rules the rules the run ran, in their registry's order
 */
public record Report(
    String policy,
    OffsetDateTime asOf,
    List<WorkspaceSummary> workspaces,
    List<Finding> findings,
    List<Coverage> coverage,
    List<RuleMeta> rules) {

  public Report {
    workspaces = List.copyOf(workspaces);
    findings = findings.stream().sorted(Finding.ORDER).toList();
    coverage = List.copyOf(coverage);
    rules = List.copyOf(rules);
  }

  /**
   * The planned level-2 coverage of one sub-industry: 规上 SMEs at level 2+ against all of them.
   *
   * @param label city and sub-industry
   * @param level2 the target
   * @param base the baseline
   * @param required the share the rule set requires (0.9 in 2024)
   */
  public record Coverage(String label, long level2, long base, double required) {}

  /** How many findings that count (not waived) have this severity. */
  public long count(Severity s) {
    return findings.stream().filter(f -> f.waived() == null && f.severity() == s).count();
  }

  /** How many findings are waived (by a waiver or the baseline). */
  public long waived() {
    return findings.stream().filter(f -> f.waived() != null).count();
  }

  /** True when any finding that counts is at or above the threshold. */
  public boolean fails(Severity threshold) {
    return findings.stream().anyMatch(f -> f.waived() == null && f.severity().atLeast(threshold));
  }

  /** The same report with other findings and per-workspace counts recomputed. */
  public Report withFindings(List<Finding> replaced) {
    List<WorkspaceSummary> ws = new ArrayList<>();
    for (WorkspaceSummary w : workspaces) {
      long e = 0;
      long wn = 0;
      long i = 0;
      for (Finding f : replaced) {
        if (f.waived() == null && w.path().equals(f.workspace())) {
          switch (f.severity()) {
            case ERROR -> e++;
            case WARNING -> wn++;
            case INFO -> i++;
            default -> {}
          }
        }
      }
      ws.add(
          new WorkspaceSummary(
              w.path(), w.city(), w.province(), w.level(), w.policy(), e, wn, i, w.rosterRows()));
    }
    return new Report(policy, asOf, ws, replaced, coverage, rules);
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
