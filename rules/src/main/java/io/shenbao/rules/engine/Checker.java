package io.shenbao.rules.engine;

import io.shenbao.rules.check.BatchEmitter;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.RuleMeta;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.PolicyLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The core entry point: checks each workspace ({@link WorkspaceCheck}, several at a time through
 * {@link ParallelRunner}, each into its own {@link FindingSink}), then runs the cross-city rules
 * over what they found and returns the {@link Report}. Bad input never throws: it becomes findings,
 * and the run goes on with the other workspaces.
 */
public final class Checker {
  /** At most this many findings of one rule per workspace; the rest are counted in one more. */
  public static final int MAX_PER_RULE = 1000;

  private final CheckConfig config;
  private final Map<String, Rule> byId = new HashMap<>();
  private CheckConfig.Progress progress = (done, total, rows) -> {};
  private Consumer<WorkspaceFacts> factsSink = f -> {};
  private Consumer<WorkspaceContents> contentsSink;

  public Checker(CheckConfig config) {
    this.config = config;
    for (Rule r : config.rules()) {
      byId.put(r.id(), r);
    }
  }

  /**
   * Hands each workspace's facts (its plan and rule set, as the rules saw them) to {@code sink}
   * once all are checked, in order; a workspace whose plan could not be read has none.
   */
  public Checker withFacts(Consumer<WorkspaceFacts> sink) {
    this.factsSink = sink;
    return this;
  }

  /**
   * Keeps what each workspace's check read (plan, rule set, every roster row, progress report) and
   * hands it to {@code sink} once all are checked, in order, so that a package is built from what
   * was checked and nothing is read twice; a workspace whose plan, roster or progress report could
   * not be read has none.
   */
  public Checker withContents(Consumer<WorkspaceContents> sink) {
    this.contentsSink = sink;
    return this;
  }

  /** Reports progress to {@code p} while running (workspaces done, roster rows read). */
  public Checker withProgress(CheckConfig.Progress p) {
    this.progress = p;
    return this;
  }

  /** Checks every workspace. */
  public Report run() throws PolicyException {
    Warmup.start();
    ParallelRunner runner = new ParallelRunner(config.jobs(), config.workspaces().size(), progress);
    List<WorkspaceCheck> checks = new ArrayList<>();
    List<ParallelRunner.Task> tasks = new ArrayList<>();
    for (WorkspaceRef ws : config.workspaces()) {
      WorkspaceCheck check =
          new WorkspaceCheck(
              ws, config, new FindingSink(ws.display(), byId), runner, contentsSink != null);
      checks.add(check);
      tasks.add(check::check);
    }
    runner.run(tasks);
    List<WorkspaceFacts> facts = new ArrayList<>();
    for (WorkspaceCheck check : checks) {
      WorkspaceFacts f = check.facts();
      if (f != null) {
        facts.add(f);
      }
    }
    facts.forEach(factsSink);
    if (contentsSink != null) {
      for (WorkspaceCheck check : checks) {
        WorkspaceContents c = check.contents();
        if (c != null) {
          contentsSink.accept(c);
        }
      }
    }
    crossCity(checks, facts);
    List<Finding> findings = new ArrayList<>();
    List<Report.WorkspaceSummary> summaries = new ArrayList<>();
    for (WorkspaceCheck check : checks) {
      findings.addAll(check.sink().findings());
      summaries.add(check.summary());
    }
    String policy = config.policy() != null ? config.policy().id() : commonPolicy(summaries);
    List<RuleMeta> ran = new ArrayList<>();
    for (Rule r : config.rules()) {
      ran.add(RuleCatalogue.meta(r));
    }
    return new Report(policy, config.asOf(), summaries, findings, coverage(facts), ran);
  }

  /** The cross-city rules, over every workspace's facts; each finding goes to its workspace. */
  private void crossCity(List<WorkspaceCheck> checks, List<WorkspaceFacts> facts) {
    Map<String, FindingSink> byWorkspace = new HashMap<>();
    checks.forEach(c -> byWorkspace.putIfAbsent(c.workspace().display(), c.sink()));
    for (Rule rule : config.rules()) {
      rule.checkBatch(
          facts,
          new BatchEmitter() {
            @Override
            public void at(
                String workspace, String file, Location location, String variant, Object... args) {
              codes(workspace, file, location, variant, List.of(), args);
            }

            @Override
            public void codes(
                String workspace,
                String file,
                Location location,
                String variant,
                List<String> codes,
                Object... args) {
              byWorkspace.get(workspace).batch(rule, file, location, variant, codes, args);
            }
          });
    }
  }

  /** The planned level-2 coverage of every sub-industry that gives both figures. */
  private static List<Report.Coverage> coverage(List<WorkspaceFacts> facts) {
    List<Report.Coverage> coverage = new ArrayList<>();
    for (WorkspaceFacts f : facts) {
      for (Industry i : f.plan().industryList()) {
        if (i.targets() != null
            && i.baseline() != null
            && i.targets().aboveScaleLevel2() != null
            && i.baseline().aboveScaleSmes() != null) {
          String city =
              f.plan().city() == null ? f.workspace() : String.valueOf(f.plan().city().name());
          coverage.add(
              new Report.Coverage(
                  city + " " + i.subIndustry(),
                  i.targets().aboveScaleLevel2().longValue(),
                  i.baseline().aboveScaleSmes().longValue(),
                  f.policy().level2Ratios().value().aboveScale().doubleValue()));
        }
      }
    }
    return coverage;
  }

  /** The rule set every workspace used, or the default when they differ or there are none. */
  private static String commonPolicy(List<Report.WorkspaceSummary> summaries) {
    String common = null;
    for (Report.WorkspaceSummary s : summaries) {
      if (common == null) {
        common = s.policy();
      } else if (!common.equals(s.policy())) {
        return PolicyLoader.DEFAULT;
      }
    }
    return common == null ? PolicyLoader.DEFAULT : common;
  }
}
