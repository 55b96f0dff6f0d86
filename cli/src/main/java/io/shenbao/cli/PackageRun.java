package io.shenbao.cli;

import io.shenbao.cli.bundle.BundleException;
import io.shenbao.cli.bundle.BundleTarget;
import io.shenbao.cli.bundle.Bundler;
import io.shenbao.cli.bundle.FontSet;
import io.shenbao.cli.output.Faults;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.policy.PolicyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * How bundle and forward write a package, once their options are settled: the target is claimed and
 * the fonts start loading, the workspaces are checked (errors refuse the package), the package is
 * built from what the check read (not from the files read a second time) and said ({@link
 * PackageReport}); a failure to build or write is reported on standard error with its exit code.
 *
 * @param global the global options
 * @param cl the command's command line
 * @param m the messages in the chosen language
 * @param pkg the command's package options
 * @param when the package's date
 * @param fontRequest the fonts asked for (--font)
 */
record PackageRun(
    ShenbaoCommand global,
    CommandLine cl,
    Messages m,
    PackageOptions pkg,
    PackageOptions.Dated when,
    FontSet.Request fontRequest) {
  /**
   * The messages, the package's date and the fonts asked for, read in this order before anything
   * else (a usage error for a bad --lang, --date or --font).
   */
  static PackageRun of(ShenbaoCommand global, CommandLine cl, PackageOptions pkg) {
    Messages m = global.messages();
    PackageOptions.Dated when = pkg.dated(global, cl);
    return new PackageRun(global, cl, m, pkg, when, pkg.fontRequest(global, cl));
  }

  /** What a command does at each step of {@link #run}. */
  interface Steps {
    /**
     * After a check without errors, before the fonts are waited for: may refuse the package (a
     * usage error).
     */
    default void checked(Map<WorkspaceRef, WorkspaceContents> checked) {}

    /** Builds the package into {@code claimed} from the contents the check read. */
    Bundler.Result build(
        Map<WorkspaceRef, WorkspaceContents> checked, FontSet faces, BundleTarget claimed)
        throws IOException, BundleException;

    /** What the command says between the package's files and the next step. */
    default void notes(PrintWriter out) {}

    /** The message of the next step: {@code key.next} unless the command knows better. */
    default String next(String key) {
      return key + ".next";
    }
  }

  /**
   * Runs {@code check}, then {@code steps}, into {@code target} (claimed for {@code source}); the
   * messages are {@code key.refused}, {@code key.written} and {@code key.next} (or the steps' own
   * next step). Returns the exit code.
   */
  int run(Path target, Path source, CheckConfig check, String key, Steps steps)
      throws IOException, PolicyException {
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    Faults faults = global.faults;
    try (FontSet.Pending pending = FontSet.start(fontRequest, global.env);
        BundleTarget claimed = BundleTarget.claim(target, source, pkg.zip, pkg.force, faults)) {
      Map<WorkspaceRef, WorkspaceContents> checked = new IdentityHashMap<>();
      Report report = new Checker(check).withContents(c -> checked.put(c.ref(), c)).run();
      if (PackageReport.refused(report, global, m, out, key + ".refused")) {
        return ExitCode.FINDINGS;
      }
      faults.reached(Faults.Stage.VALIDATED);
      steps.checked(checked);
      try (FontSet faces = pending.get()) {
        Bundler.Result r = steps.build(checked, faces, claimed);
        if (!global.quiet) {
          PackageReport said = new PackageReport(out, m);
          said.written(key + ".written", r.out(), r.copies(), faces, r.files(), r.zip());
          steps.notes(out);
          said.next(steps.next(key), r.out(), r.zip(), faces, r.pdfa(), r.pages());
        }
      }
      out.flush();
      return ExitCode.OK;
    } catch (BundleException e) {
      err.println(m.format("error.prefix") + m.format(e.key(), e.args()));
      return e.input() ? ExitCode.FINDINGS : ExitCode.USAGE;
    } catch (IOException e) {
      Outputs.failed(e, target, err, m);
      return ExitCode.USAGE;
    }
  }
}
