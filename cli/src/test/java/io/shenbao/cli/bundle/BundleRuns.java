package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.ShenbaoCommand;
import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.stream.Stream;

/**
 * What the bundle tests share: a quiet {@code bundle} of a workspace checked as of 2024-05-10, with
 * one print copy (the fewest pages to render), dated {@code date}; copying a workspace or a bundle;
 * and what a test sees beside a target (its zip, the hidden files, the bundles in view).
 */
final class BundleRuns {
  static final String BISHAN = "../examples/bishan";
  static final String AS_OF = "2024-05-10";

  /** The exit code of a run halted at its stop point. */
  static final int KILLED = 86;

  /** What a run in its own JVM prints when it reaches its stop point. */
  static final String STOPPED = "stopped at ";

  private BundleRuns() {}

  /**
   * {@code bundle WS --as-of AS_OF --out OUT}, then {@code extra}: the command line every bundle
   * test starts from (a list to add to).
   */
  static List<String> bundleArgs(String ws, String asOf, Path out, String... extra) {
    List<String> a =
        new ArrayList<>(List.of("bundle", ws, "--as-of", asOf, "--out", out.toString()));
    a.addAll(List.of(extra));
    return a;
  }

  /** Runs {@link #bundleArgs} in this JVM. */
  static CliRun bundle(String ws, String asOf, Path out, String... extra) {
    return CliRun.of(bundleArgs(ws, asOf, out, extra).toArray(String[]::new));
  }

  /** The command line: quiet, dated {@code date}, one print copy. */
  static List<String> args(String ws, Path out, String date, String... extra) {
    List<String> a = new ArrayList<>(List.of("--quiet"));
    a.addAll(bundleArgs(ws, AS_OF, out, "--date", date, "--copies", "1"));
    a.addAll(List.of(extra));
    return a;
  }

  /** Runs it in this JVM, through {@code faults}. */
  static CliRun run(Faults faults, String ws, Path out, String date, String... extra) {
    return CliRun.with(faults, args(ws, out, date, extra).toArray(String[]::new));
  }

  /** Bundles the example city, dated as of the check. */
  static CliRun bishan(Path out, String... extra) {
    return run(Faults.NONE, BISHAN, out, AS_OF, extra);
  }

  /** Copies a folder with everything in it (a workspace, a bundle) to {@code to}. */
  static void copyTree(Path from, Path to) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(from)) {
      all = walk.toList();
    }
    for (Path p : all) {
      Path t = to.resolve(from.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(t);
      } else {
        Files.copy(p, t);
      }
    }
  }

  /** The zip beside the bundle folder {@code out}. */
  static Path zipOf(Path out) {
    return out.resolveSibling(out.getFileName() + ".zip");
  }

  /** Hidden files beside the target: staging folders, marks, locks. */
  static List<String> hidden(Path parent) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  /**
   * The Bagging-Date of the folder and of the zip in view, null where there is none; each one
   * present must verify intact.
   */
  static String[] inView(Path out) throws IOException {
    String[] dates = new String[2];
    Path[] both = {out, zipOf(out)};
    for (int i = 0; i < 2; i++) {
      if (Files.exists(both[i])) {
        BagVerifier.Result r = BagVerifier.verify(both[i]);
        assertThat(r.problems()).as(both[i].toString()).isEmpty();
        dates[i] = r.info().get("Bagging-Date");
      }
    }
    return dates;
  }

  /**
   * Runs the command line {@code args} in a JVM of its own, stopped at {@code stage}: halted there
   * ({@code halt}: a real kill, no clean-up, exit {@link #KILLED}), or else held there until its
   * standard input is closed. It prints {@link #STOPPED} and the stage when it gets there; its
   * standard error goes to its standard output.
   */
  static Process inItsOwnJvm(Stage stage, boolean halt, List<String> args) throws IOException {
    List<String> cmd =
        CliRun.javaCommand(List.of(), StopAt.class, halt ? "halt" : "hold", stage.name());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("LC_ALL", "C.UTF-8");
    return pb.start();
  }

  /** The command line of {@link #inItsOwnJvm}: mode, stage, then the tool's arguments. */
  public static final class StopAt {
    private StopAt() {}

    public static void main(String[] a) {
      boolean halt = a[0].equals("halt");
      Stage stage = Stage.valueOf(a[1]);
      String[] rest = Arrays.copyOfRange(a, 2, a.length);
      // as Main does: the libraries' own warnings (PDFBox's fonts) stay off the output
      LogManager.getLogManager().getLogger("").setLevel(Level.SEVERE);
      PrintWriter out = new PrintWriter(System.out, true);
      Faults stop =
          new Faults() {
            @Override
            public void reached(Stage s) throws IOException {
              if (s != stage) {
                return;
              }
              out.println(STOPPED + s);
              if (halt) {
                Runtime.getRuntime().halt(KILLED);
              }
              System.in.readAllBytes();
            }
          };
      System.exit(
          ShenbaoCommand.run(rest, out, out, false, System.getenv(), stop, Clock.systemUTC()));
    }
  }
}
