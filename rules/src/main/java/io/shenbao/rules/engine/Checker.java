package io.shenbao.rules.engine;

import io.shenbao.rules.check.BatchEmitter;
import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.Locator;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.WorkspaceFacts;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.ModelValidator;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.PolicyLoader;
import io.shenbao.rules.read.Problem;
import io.shenbao.rules.read.ProgressReader;
import io.shenbao.rules.read.roster.RosterReader;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The core entry point: reads each workspace, runs the rules and returns the {@link Report}. Bad
 * input never throws: it becomes findings, and the run goes on with the other workspaces.
 */
public final class Checker {
  /** At most this many findings of one rule per workspace; the rest are counted in one more. */
  public static final int MAX_PER_RULE = 1000;

  private final CheckConfig config;
  private final Map<String, Rule> byId = new HashMap<>();
  private CheckConfig.Progress progress = (done, total, rows) -> {};
  private final java.util.concurrent.atomic.AtomicInteger done =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong rowsRead =
      new java.util.concurrent.atomic.AtomicLong();

  private Consumer<WorkspaceFacts> factsSink = f -> {};

  /**
   * Hands each workspace's facts (its plan and rule set, as the rules saw them) to {@code sink}
   * once all are checked, in order; a workspace whose plan could not be read has none.
   */
  public Checker withFacts(Consumer<WorkspaceFacts> sink) {
    this.factsSink = sink;
    return this;
  }

  /** Reports progress to {@code p} while running (workspaces done, roster rows read). */
  public Checker withProgress(CheckConfig.Progress p) {
    this.progress = p;
    return this;
  }

  private void tick(boolean workspaceDone) {
    int d = workspaceDone ? done.incrementAndGet() : done.get();
    progress.update(d, config.workspaces().size(), rowsRead.get());
  }

  public Checker(CheckConfig config) {
    this.config = config;
    for (Rule r : config.rules()) {
      byId.put(r.id(), r);
    }
  }

  /** Checks every workspace. */
  public Report run() throws PolicyException {
    Warmup.start();
    List<WorkspaceRun> runs = new ArrayList<>();
    for (WorkspaceRef ws : config.workspaces()) {
      runs.add(new WorkspaceRun(ws));
    }
    checkAll(runs);
    List<WorkspaceFacts> facts = new ArrayList<>();
    for (WorkspaceRun run : runs) {
      if (run.facts() != null) {
        facts.add(run.facts());
      }
    }
    facts.forEach(factsSink);
    Map<String, WorkspaceRun> byWorkspace = new HashMap<>();
    runs.forEach(r -> byWorkspace.putIfAbsent(r.ws.display(), r));
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
              byWorkspace
                  .get(workspace)
                  .add(rule, null, file, location, key(rule, variant), texts(args), codes);
            }
          });
    }
    List<Finding> findings = new ArrayList<>();
    List<Report.WorkspaceSummary> summaries = new ArrayList<>();
    for (WorkspaceRun run : runs) {
      findings.addAll(run.findings);
      summaries.add(run.summary());
    }
    String policy = config.policy() != null ? config.policy().id() : commonPolicy(summaries);
    List<Report.Coverage> coverage = new ArrayList<>();
    for (WorkspaceFacts f : facts) {
      for (io.shenbao.rules.model.Industry i : f.plan().industryList()) {
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
    return new Report(policy, config.asOf(), summaries, findings, coverage);
  }

  /** One workspace's run: its inputs, its emitter and what it found. */
  private final class WorkspaceRun {
    private final WorkspaceRef ws;
    private final String planFile;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> perRule = new HashMap<>();
    private Policy policy;
    private Plan plan;
    private LocatedYaml yaml;
    private long rosterRows;
    private final WorkspaceFacts.Codes codes = new WorkspaceFacts.Codes();

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
          ModelValidator.locate(yaml, "city.name"),
          ModelValidator.locate(yaml, "city.province"),
          codes);
    }

    WorkspaceRun(WorkspaceRef ws) {
      this.ws = ws;
      this.planFile = ws.displayOf(ws.planFile().getFileName().toString());
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
      // a plan.xlsx (or progress.xlsx) worded by its rule set is read in that rule set's words
      ProgressContext progress = readProgress(progressFiles, policy);
      read = PlanWords.again(read, ws.planFile(), planFile, policy);
      problems.addAll(read.problems());
      problems.addAll(choosing);
      plan = read.plan();
      yaml = read.yaml();
      if (plan != null) {
        if (candidate) {
          plan = plan.withLevel(forwarding.level());
        } else if (progress != null && policy.level(Policy.PROGRESS_LEVEL) != null) {
          // an approved plan is behind the report: the report's deadline and copies apply
          plan = plan.withLevel(Policy.PROGRESS_LEVEL);
        }
        String narrative = probeFiles(read);
        PlanContext ctx =
            new PlanContext(
                plan,
                YamlLocator.of(read.yaml()),
                planFile,
                policy,
                config.asOf(),
                narrative,
                progress,
                forwarding == null ? null : forwarding.province());
        for (Rule rule : config.rules()) {
          if (!off(rule)) {
            rule.check(ctx, emitterFor(rule));
          }
        }
        readRoster(ctx, read);
      }
      problems.forEach(this::addNow);
      for (Map.Entry<String, Integer> e : perRule.entrySet()) {
        if (e.getValue() > MAX_PER_RULE) {
          Rule rule = byId.get(e.getKey());
          findings.add(
              new Finding(
                  rule.id(),
                  severityOf(rule, null),
                  ws.display(),
                  null,
                  null,
                  "common.truncated",
                  List.of(String.valueOf(e.getValue() - MAX_PER_RULE), rule.id()),
                  rule.info().clause()));
        }
      }
    }

    /**
     * The progress report beside the plan, or null when the folder holds none (a city's own
     * workspace); its reading problems are this workspace's.
     */
    private ProgressContext readProgress(List<Path> files, Policy policy) {
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

    /** Whether the rule set switches a rule off: then it does not run at all. */
    private boolean off(Rule rule) {
      return policy != null && policy.severityFor(rule.id()) == Severity.OFF;
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

    /**
     * Checks the PDFs the plan names; returns the narrative PDF's text, if any. The pages of those
     * merged into 实施方案.pdf (attachments, narrative) are checked for PDF/A-2b too; the 推荐函 is packed
     * as it is.
     */
    private String probeFiles(PlanBinder.Result read) {
      List<String> attachments = plan.attachmentList();
      for (int i = 0; i < attachments.size(); i++) {
        probe(read, "attachments[" + i + "]", attachments.get(i), false, true);
      }
      probe(read, "recommendation_letter", plan.recommendationLetter(), false, false);
      return probe(read, "narrative_pdf", plan.narrativePdf(), true, true);
    }

    private String probe(
        PlanBinder.Result read, String key, String rel, boolean withText, boolean merged) {
      if (rel == null || rel.isBlank()) {
        return null;
      }
      Location at = ModelValidator.locate(read.yaml(), key);
      Path file = WorkspacePaths.resolve(ws.dir(), rel, key, planFile, at, problems);
      if (file == null) {
        return null;
      }
      PdfProbe.Result r = PdfProbe.probe(file, withText, merged);
      if (r.status() != null) {
        problems.add(new Problem(r.status(), planFile, at, List.of(rel)));
        return null;
      }
      problems.addAll(PdfProbe.archival(ws.displayOf(rel), rel, r.archival()));
      return r.text();
    }

    private void readRoster(PlanContext ctx, PlanBinder.Result read) {
      String rel = plan.roster();
      if (rel == null || rel.isBlank()) {
        return;
      }
      Location at = ModelValidator.locate(read.yaml(), "roster");
      Path file = WorkspacePaths.resolve(ws.dir(), rel, "roster", planFile, at, problems);
      if (file == null) {
        return;
      }
      String notAFile = WorkspacePaths.whyNotAFile(file);
      if (notAFile != null) {
        problems.add(
            notAFile.isEmpty()
                ? new Problem(Keys.InputUnreadable.MISSING, planFile, at, List.of(rel))
                : new Problem(
                    Keys.InputUnreadable.NOT_A_FILE, planFile, at, List.of(rel, notAFile)));
        return;
      }
      List<Rule> rowRules = new ArrayList<>();
      List<Rule.RowCheck> checks = new ArrayList<>();
      for (Rule rule : config.rules()) {
        Rule.RowCheck c = off(rule) ? null : rule.rows(ctx);
        if (c != null) {
          rowRules.add(rule);
          checks.add(c);
        }
      }
      boolean several = config.workspaces().size() > 1;
      List<Emitter> emitters = new ArrayList<>();
      for (Rule rule : rowRules) {
        emitters.add(emitterFor(rule));
      }
      long[] lastRow = {0};
      RosterReader.Result result;
      try {
        result =
            RosterReader.read(
                file,
                ws.displayOf(rel),
                ctx.industries().size() > 1,
                (RosterRow row) -> {
                  lastRow[0] = row.row();
                  for (int i = 0; i < checks.size(); i++) {
                    checks.get(i).row(row, emitters.get(i));
                  }
                  if (rowsRead.incrementAndGet() % 50_000 == 0) {
                    tick(false);
                  }
                  String code = row.code();
                  if (several && row.codeValid()) {
                    codes.add(code, row.row(), row.sheet());
                  }
                },
                this::addNow);
      } catch (OutOfMemoryError e) {
        // What the rules keep of a roster (its codes and names, for duplicates) outgrew the heap:
        // it is dropped, and the roster is said to be too large for this much memory.
        checks.clear();
        codes.clear();
        addNow(
            new Problem(
                Keys.InputUnreadable.MEMORY_ROWS,
                ws.displayOf(rel),
                null,
                List.of(
                    String.valueOf(lastRow[0]),
                    String.valueOf(Runtime.getRuntime().maxMemory() >> 20))));
        return;
      }
      rosterRows = result.rows();
      if (result.sheet() != null) {
        for (int i = 0; i < checks.size(); i++) {
          checks.get(i).end(emitters.get(i));
        }
      }
    }

    /**
     * A reader's problem, added at once under its rule's cap rather than kept until the end: a
     * roster can hold a problem on each of its million rows.
     */
    private void addNow(Problem p) {
      Rule rule = ruleOf(byId, p);
      if (rule != null) {
        add(rule, p.severity(), p.file(), p.location(), p.key(), p.args());
      }
    }

    private Emitter emitterFor(Rule rule) {
      return new Emitter() {
        @Override
        public void at(String file, Location location, String variant, Object... args) {
          add(rule, null, file, location, key(rule, variant), texts(args));
        }

        @Override
        public void atAs(
            Severity severity, String file, Location location, String variant, Object... args) {
          add(rule, severity, file, location, key(rule, variant), texts(args));
        }

        @Override
        public void plan(String path, String variant, Object... args) {
          if (yaml.isComputed(path)) {
            return; // the workbook computes it: the inputs carry the findings, not this cell
          }
          Location loc = ModelValidator.locate(yaml, path);
          add(rule, null, planFile, loc, key(rule, variant), texts(args));
        }

        @Override
        public void planAs(Severity severity, String path, String variant, Object... args) {
          Location loc = ModelValidator.locate(yaml, path);
          add(rule, severity, planFile, loc, key(rule, variant), texts(args));
        }

        @Override
        public void warn(RosterRow row, RosterField field, String variant, Object... args) {
          add(
              rule,
              Severity.WARNING,
              row.sheet().file(),
              row.at(field),
              key(rule, variant),
              texts(args));
        }
      };
    }

    private void add(
        Rule rule, Severity forced, String file, Location loc, String key, List<String> args) {
      add(rule, forced, file, loc, key, args, List.of());
    }

    private void add(
        Rule rule,
        Severity forced,
        String file,
        Location loc,
        String key,
        List<String> args,
        List<String> codes) {
      Severity s = severityOf(rule, forced);
      if (s == Severity.OFF) {
        return;
      }
      int n = perRule.merge(rule.id(), 1, Integer::sum);
      if (n > MAX_PER_RULE) {
        return;
      }
      findings.add(
          new Finding(
              rule.id(), s, ws.display(), file, loc, key, args, rule.info().clause(), null, codes));
    }

    private Severity severityOf(Rule rule, Severity forced) {
      Severity override = policy == null ? null : policy.severityFor(rule.id());
      if (override == Severity.OFF) {
        return Severity.OFF;
      }
      if (forced != null) {
        return forced;
      }
      return override != null ? override : rule.info().severity();
    }

    Report.WorkspaceSummary summary() {
      long e =
          findings.stream()
              .filter(f -> f.waived() == null && f.severity() == Severity.ERROR)
              .count();
      long w =
          findings.stream()
              .filter(f -> f.waived() == null && f.severity() == Severity.WARNING)
              .count();
      long i =
          findings.stream()
              .filter(f -> f.waived() == null && f.severity() == Severity.INFO)
              .count();
      Plan.City city = plan == null ? null : plan.city();
      return new Report.WorkspaceSummary(
          ws.display(),
          city == null ? null : city.name(),
          city == null ? null : city.province(),
          plan == null || plan.submission() == null ? null : plan.submission().level(),
          policy == null ? null : policy.id(),
          e,
          w,
          i,
          rosterRows);
    }
  }

  /** Checks the workspaces, {@code jobs} at a time; results stay in workspace order. */
  private void checkAll(List<WorkspaceRun> runs) throws PolicyException {
    if (config.jobs() == 1 || runs.size() < 2) {
      for (WorkspaceRun run : runs) {
        run.check();
        tick(true);
      }
      return;
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(Math.min(config.jobs(), runs.size()));
    try {
      List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
      for (WorkspaceRun run : runs) {
        futures.add(
            pool.submit(
                () -> {
                  run.check();
                  tick(true);
                  return null;
                }));
      }
      for (java.util.concurrent.Future<?> f : futures) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof PolicyException p) {
            throw p;
          }
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
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

  /**
   * The rule of the run that reports {@code p}; null for a rule the run leaves out. A key that
   * names no rule at all is a bug of the tool: it fails the run (exit 3) rather than lose a
   * finding.
   */
  static Rule ruleOf(Map<String, Rule> run, Problem p) {
    Rule rule = run.get(p.rule());
    if (rule == null && Rules.byId(p.rule()).isEmpty()) {
      throw new IllegalStateException("finding key of no known rule: " + p.key());
    }
    return rule;
  }

  private static String key(Rule rule, String variant) {
    return variant == null || variant.isEmpty() ? rule.id() : rule.id() + "." + variant;
  }

  private static List<String> texts(Object... args) {
    List<String> out = new ArrayList<>(args.length);
    for (Object a : args) {
      out.add(a instanceof BigDecimal n ? CellText.plain(n) : String.valueOf(a));
    }
    return out;
  }
}
