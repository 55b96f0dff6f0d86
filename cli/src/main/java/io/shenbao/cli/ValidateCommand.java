package io.shenbao.cli;

import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.report.Renderer;
import io.shenbao.rules.report.Renderers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
  List<String> reports = new java.util.ArrayList<>();

  @Option(names = "--waivers", paramLabel = "FILE", descriptionKey = "option.waivers")
  Path waivers;

  @Option(names = "--no-waivers", descriptionKey = "option.no-waivers")
  boolean noWaivers;

  @Option(names = "--baseline", paramLabel = "FILE", descriptionKey = "option.baseline")
  Path baseline;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      defaultValue = "1",
      descriptionKey = "option.jobs")
  int jobs;

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

  @Override
  public Integer call() throws IOException, PolicyException {
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
    if (jobs < 1 || jobs > 64) {
      throw global.usage(cl, "error.jobs", jobs);
    }
    java.util.Map<Path, Renderer> extra = new java.util.LinkedHashMap<>();
    for (String r : reports) {
      int eq = r.indexOf('=');
      Renderer x = eq > 0 ? Renderers.of(r.substring(0, eq)) : null;
      if (x == null || eq == r.length() - 1) {
        throw global.usage(cl, "error.report", global.ui().join(Renderers.names()), r);
      }
      extra.put(Path.of(r.substring(eq + 1)), x);
    }
    List<WorkspaceRef> workspaces;
    try {
      workspaces = Workspaces.find(paths);
    } catch (UsageException e) {
      throw global.usage(cl, e);
    }
    Report report =
        new Checker(
                CheckConfig.of(workspaces, global.forcedPolicy(cl), global.asOf()).withJobs(jobs))
            .withProgress(progressBar(cl, messages))
            .run();
    clearProgress(cl);
    report = accepted(report, cl);
    for (var e : extra.entrySet()) {
      StringWriter sw = new StringWriter();
      e.getValue().render(report, messages, false, sw);
      writeAtomically(e.getKey(), sw.toString());
    }
    boolean toFile = output != null;
    if (toFile) {
      StringWriter sw = new StringWriter();
      renderer.render(report, messages, false, sw);
      writeAtomically(output, sw.toString());
    } else if (!(global.quiet && "text".equals(format))) {
      Writer out = cl.getOut();
      renderer.render(report, messages, global.color() && "text".equals(format), out);
      out.flush();
    }
    if (annotate != null) {
      List<Path> written =
          io.shenbao.cli.excel.Annotator.write(report, workspaces, annotate, errorsOnly, messages);
      if (!global.quiet) {
        for (Path p : written) {
          cl.getErr().println(messages.format("annotate.written", p.toString()));
        }
        cl.getErr().flush();
      }
    } else if (errorsOnly) {
      throw global.usage(cl, "error.errors-only");
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
        r =
            io.shenbao.rules.engine.Waivers.apply(
                r, io.shenbao.rules.engine.Waivers.load(file), file.toString().replace('\\', '/'));
      } catch (UsageException e) {
        throw global.usage(cl, e);
      }
    }
    if (baseline != null) {
      if (!Files.exists(baseline)) {
        io.shenbao.rules.engine.Waivers.writeBaseline(baseline, r);
      }
      r = io.shenbao.rules.engine.Waivers.applyBaseline(r, baseline);
    }
    return r;
  }

  private Path waiversFile() {
    if (waivers != null) {
      return waivers;
    }
    for (String p : paths) {
      Path candidate = Path.of(p).resolve(io.shenbao.rules.engine.Waivers.FILE);
      if (Files.isDirectory(Path.of(p)) && Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    Path here = Path.of(io.shenbao.rules.engine.Waivers.FILE);
    return Files.isRegularFile(here) ? here : null;
  }

  /** Writes through a temporary file in the same folder, so a reader never sees half a report. */
  static void writeAtomically(Path target, String content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(
            tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
