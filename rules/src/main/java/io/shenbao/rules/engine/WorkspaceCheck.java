package io.shenbao.rules.engine;

import io.shenbao.rules.check.Locator;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.ProgressReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check of one workspace: reads its plan (and a progress report beside it), picks its rule set,
 * probes the PDFs it names, runs every rule on the plan and streams the roster through them. What
 * it finds goes to its {@link FindingSink}; what the cross-city rules need of it are its {@link
 * #facts}, and what a package is built from its {@link #contents}.
 */
final class WorkspaceCheck {
  private final WorkspaceRef ws;
  private final String planFile;
  private final CheckConfig config;
  private final ParallelRunner runner;
  private final boolean keepContents;
  private final FindingSink sink;
  private final List<Problem> problems = new ArrayList<>();
  private final WorkspaceFacts.Codes codes = new WorkspaceFacts.Codes();
  private Policy policy;
  private Plan plan;
  private Locator locator = Locator.NONE;
  private ProgressContext progress;
  private RosterPass.Result roster;

  /**
   * @param sink where its findings go
   * @param keepContents whether to keep what was read (the roster's rows too) for {@link #contents}
   */
  WorkspaceCheck(
      WorkspaceRef ws,
      CheckConfig config,
      FindingSink sink,
      ParallelRunner runner,
      boolean keepContents) {
    this.ws = ws;
    this.planFile = ws.displayOf(ws.planFile().getFileName().toString());
    this.config = config;
    this.sink = sink;
    this.runner = runner;
    this.keepContents = keepContents;
  }

  WorkspaceRef workspace() {
    return ws;
  }

  FindingSink sink() {
    return sink;
  }

  void check() throws PolicyException {
    Arrival arrival = ws.arrival();
    if (arrival != null) {
      problems.addAll(arrival.problems());
    }
    PlanBinder.Result read =
        arrival != null && !arrival.readable()
            ? new PlanBinder.Result(null, null, List.of())
            : ws.otherPlans().isEmpty() ? PlanFile.read(ws.planFile(), planFile) : twoPlans();
    List<Path> progressFiles = ProgressReader.find(ws.dir());
    CheckConfig.Forwarding forwarding = config.forwarding();
    boolean candidate = forwarding != null && progressFiles.isEmpty();
    List<Problem> choosing = new ArrayList<>();
    policy =
        candidate
            ? forwarding.policy()
            : PolicyChoice.choose(read, ws, planFile, config.policy(), choosing);
    sink.policy(policy);
    // a plan.xlsx (or progress.xlsx) worded by its rule set is read in that rule set's words
    progress = readProgress(progressFiles);
    read = PlanWords.again(read, ws.planFile(), planFile, policy);
    problems.addAll(read.problems());
    problems.addAll(choosing);
    plan = read.plan();
    if (plan != null) {
      locator = YamlLocator.of(read.yaml());
      if (candidate) {
        plan = plan.withLevel(forwarding.level());
      } else if (progress != null && policy.level(Policy.PROGRESS_LEVEL) != null) {
        // an approved plan is behind the report: the report's deadline and copies apply
        plan = plan.withLevel(Policy.PROGRESS_LEVEL);
      }
      String narrative = PlanPdfs.probe(ws, plan, locator, planFile, problems);
      PlanContext ctx =
          new PlanContext(
              plan,
              locator,
              planFile,
              policy,
              config.asOf(),
              narrative,
              progress,
              forwarding == null ? null : forwarding.province());
      for (Rule rule : config.rules()) {
        if (!sink.off(rule)) {
          rule.check(ctx, sink.emitter(rule, locator, planFile));
        }
      }
      roster =
          RosterPass.read(
              ws,
              planFile,
              ctx,
              locator.at("roster"),
              config.rules(),
              sink,
              runner,
              codes,
              config.workspaces().size() > 1,
              keepContents,
              problems);
    }
    problems.forEach(sink::problem);
    sink.truncate();
  }

  /**
   * The progress report beside the plan, or null when the folder holds none (a city's own
   * workspace); its reading problems are this workspace's.
   */
  private ProgressContext readProgress(List<Path> files) {
    if (files.isEmpty()) {
      return null;
    }
    String shown = ws.displayOf(files.get(0).getFileName().toString());
    if (files.size() > 1) {
      List<String> names = new ArrayList<>();
      files.forEach(f -> names.add(ws.displayOf(f.getFileName().toString())));
      problems.add(
          new Problem(
              Keys.InputUnreadable.TWO_PROGRESS,
              null,
              null,
              List.of(String.join(", ", names), ws.display())));
      return new ProgressContext(null, Locator.NONE, shown);
    }
    ProgressReader.Result r = PlanFile.readProgress(files.get(0), shown, PlanWords.of(policy));
    problems.addAll(r.problems());
    return new ProgressContext(r.progress(), YamlLocator.of(r.yaml()), shown);
  }

  /** The folder holds plan.yaml and plan.xlsx (or plan.yml): which is the plan is unknown. */
  private PlanBinder.Result twoPlans() {
    List<String> names = new ArrayList<>();
    names.add(planFile);
    for (Path p : ws.otherPlans()) {
      names.add(ws.displayOf(p.getFileName().toString()));
    }
    return new PlanBinder.Result(
        null,
        null,
        List.of(
            new Problem(
                Keys.InputUnreadable.TWO_PLANS,
                null,
                null,
                List.of(String.join(", ", names), ws.display()))));
  }

  /** What the cross-city rules see of this workspace, or null when its plan is unreadable. */
  WorkspaceFacts facts() {
    if (plan == null) {
      return null;
    }
    return new WorkspaceFacts(
        ws.display(),
        planFile,
        plan,
        policy,
        locator.at("city.name"),
        locator.at("city.province"),
        codes);
  }

  /**
   * What the check read, as a package is built from it: null when it was not asked to keep it, or
   * the plan, the roster or the progress report could not be read.
   */
  WorkspaceContents contents() {
    if (!keepContents
        || plan == null
        || roster == null
        || roster.sheet() == null
        || (progress != null && progress.progress() == null)) {
      return null;
    }
    return new WorkspaceContents(
        ws,
        plan,
        policy,
        roster.sheet(),
        roster.kept(),
        progress == null ? null : progress.progress());
  }

  Report.WorkspaceSummary summary() {
    Plan.City city = plan == null ? null : plan.city();
    return new Report.WorkspaceSummary(
        ws.display(),
        city == null ? null : city.name(),
        city == null ? null : city.province(),
        plan == null || plan.submission() == null ? null : plan.submission().level(),
        policy == null ? null : policy.id(),
        sink.count(Severity.ERROR),
        sink.count(Severity.WARNING),
        sink.count(Severity.INFO),
        roster == null ? 0 : roster.rows());
  }
}
