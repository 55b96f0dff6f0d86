package io.shenbao.cli;

import io.shenbao.cli.excel.Annotator;
import io.shenbao.cli.output.Writes;
import io.shenbao.cli.receive.Inputs;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.Waivers;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.report.Renderer;
import io.shenbao.rules.report.Renderers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shenbao validate PATH...}: checks workspaces and reports every finding. */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "param.path")
  List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "option.format")
  String format;

  @Option(names = "--report", paramLabel = "FORMAT=FILE", descriptionKey = "option.report")
  List<String> reports = new ArrayList<>();

  @Option(names = "--waivers", paramLabel = "FILE", descriptionKey = "option.waivers")
  Path waivers;

  @Option(names = "--no-waivers", descriptionKey = "option.no-waivers")
  boolean noWaivers;

  @Option(names = "--baseline", paramLabel = "FILE", descriptionKey = "option.baseline")
  Path baseline;

  @Mixin JobsOption jobsOption;

  @Option(names = "--output", paramLabel = "FILE", descriptionKey = "option.output")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      descriptionKey = "option.fail-on")
  String failOn;

  @Option(names = "--annotate", paramLabel = "DIR", descriptionKey = "option.annotate")
  Path annotate;

  @Option(names = "--errors-only", descriptionKey = "option.errors-only")
  boolean errorsOnly;

  /** The packages named among the paths, opened for checking; closed when the command ends. */
  private Inputs inputs;

  @Override
  public Integer call() throws IOException, PolicyException {
    try {
      return check();
    } finally {
      if (inputs != null) {
        inputs.close();
      }
    }
  }

  private Integer check() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    Messages messages = global.messages();
    if (format == null) {
      format = "true".equals(global.env.get("GITHUB_ACTIONS")) ? "github" : "text";
    }
    Renderer renderer = Renderers.of(format);
    if (renderer == null) {
      throw global.usage(cl, "error.format", global.ui().join(Renderers.names()), format);
    }
    Severity threshold = Severity.parse(failOn);
    if (threshold == null || threshold == Severity.OFF) {
      throw global.usage(cl, "error.fail-on", failOn);
    }
    int jobs = jobsOption.checked(global, cl);
    Map<Path, Renderer> extra = new LinkedHashMap<>();
    for (String r : reports) {
      int eq = r.indexOf('=');
      Renderer x = eq > 0 ? Renderers.of(r.substring(0, eq)) : null;
      if (x == null || eq == r.length() - 1) {
        throw global.usage(cl, "error.report", global.ui().join(Renderers.names()), r);
      }
      extra.put(Path.of(r.substring(eq + 1)), x);
    }
    if (errorsOnly && annotate == null) {
      throw global.usage(cl, "error.errors-only");
    }
    for (Path given : new Path[] {waivers, baseline}) {
      if (given != null && Files.exists(given) && !Files.isRegularFile(given)) {
        // a pipe would be read forever, a folder not at all
        throw global.usage(cl, "error.not-a-file", given);
      }
    }
    List<WorkspaceRef> workspaces;
    try {
      inputs = Inputs.open(paths, messages);
      workspaces = inputs.workspaces();
    } catch (UsageException e) {
      throw global.usage(cl, e);
    }
    if (annotate != null) {
      for (WorkspaceRef ws : workspaces) {
        Path copies = annotate.resolve(Annotator.safe(ws.display())).toAbsolutePath().normalize();
        if (copies.equals(ws.dir().toAbsolutePath().normalize())) {
          throw global.usage(cl, "error.annotate-onto-originals", annotate, ws.display());
        }
      }
    }
    Report report =
        new Checker(
                CheckConfig.of(workspaces, global.forcedPolicy(cl), global.asOf()).withJobs(jobs))
            .withProgress(progressBar(cl, messages))
            .run();
    clearProgress(cl);
    try {
      report = accepted(report, cl);
      for (var e : extra.entrySet()) {
        write(e.getKey(), e.getValue(), report, messages);
      }
      if (output != null) {
        write(output, renderer, report, messages);
      }
    } catch (IOException e) {
      Outputs.failed(e, output != null ? output : Path.of("."), cl.getErr(), messages);
      return ExitCode.USAGE;
    }
    if (output == null && !(global.quiet && "text".equals(format))) {
      Writer out = cl.getOut();
      renderer.render(report, messages, global.color() && "text".equals(format), out);
      out.flush();
    }
    if (annotate != null) {
      Annotator.Result r = Annotator.write(report, workspaces, annotate, errorsOnly, messages);
      if (!global.quiet) {
        PrintWriter err = cl.getErr();
        for (Path p : r.written()) {
          err.println(messages.format("annotate.written", Hints.path(p)));
        }
        for (Path p : r.removed()) {
          err.println(messages.format("annotate.removed", Hints.path(p)));
        }
        for (Annotator.Skipped k : r.skipped()) {
          err.println(
              messages.format(
                  "annotate.skipped." + k.reason(),
                  k.file(),
                  k.target() == null ? "" : Hints.path(k.target())));
        }
        err.println(
            messages.format(
                r.written().isEmpty() ? "annotate.none" : "annotate.summary",
                String.valueOf(r.written().size()),
                String.valueOf(r.removed().size()),
                Hints.path(annotate)));
        err.flush();
      }
    }
    return report.fails(threshold) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private volatile boolean progressShown;

  /**
   * A one-line progress report on standard error, only on a terminal and only once a run has taken
   * more than a second; nothing on a pipe or with --quiet.
   */
  private CheckConfig.Progress progressBar(CommandLine cl, Messages m) {
    if (!global.terminal || global.quiet) {
      return (d, t, r) -> {};
    }
    long start = System.nanoTime();
    long[] last = {0};
    return (d, t, r) -> {
      long now = System.nanoTime();
      if (now - start < 1_000_000_000L || now - last[0] < 200_000_000L) {
        return;
      }
      last[0] = now;
      synchronized (this) {
        cl.getErr()
            .print(
                "\r"
                    + m.format(
                        "ui.progress", String.valueOf(d), String.valueOf(t), String.valueOf(r))
                    + "   ");
        cl.getErr().flush();
        progressShown = true;
      }
    };
  }

  private void clearProgress(CommandLine cl) {
    if (progressShown) {
      cl.getErr().print("\r\u001B[K");
      cl.getErr().flush();
    }
  }

  /** Applies the waivers and the baseline (a new baseline records this run and waives it). */
  private Report accepted(Report report, CommandLine cl) throws IOException {
    Report r = report;
    Path file = noWaivers ? null : waiversFile();
    if (file != null) {
      try {
        r = Waivers.apply(r, Waivers.load(file), file.toString().replace('\\', '/'));
      } catch (UsageException e) {
        throw global.usage(cl, e);
      }
    }
    if (baseline != null) {
      if (!Files.exists(baseline)) {
        Report recorded = r;
        Writes.atomically(
            baseline, global.faults, os -> writeText(os, w -> Waivers.writeBaseline(w, recorded)));
      }
      r = Waivers.applyBaseline(r, baseline);
    }
    return r;
  }

  private Path waiversFile() {
    if (waivers != null) {
      return waivers;
    }
    for (String p : paths) {
      Path candidate = Path.of(p).resolve(Waivers.FILE);
      if (Files.isDirectory(Path.of(p)) && Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    Path here = Path.of(Waivers.FILE);
    return Files.isRegularFile(here) ? here : null;
  }

  /** Streams a report to its file, whole or not at all. */
  private void write(Path target, Renderer r, Report report, Messages m) throws IOException {
    Writes.atomically(
        target, global.faults, os -> writeText(os, w -> r.render(report, m, false, w)));
  }

  /** What writes text. */
  private interface Text {
    void write(Writer w) throws IOException;
  }

  private static void writeText(OutputStream os, Text text) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    text.write(w);
    w.flush();
  }
}
