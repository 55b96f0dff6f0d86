package io.shenbao.cli.bundle;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.output.Faults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A quiet {@code bundle} of a workspace checked as of 2024-05-10, with one print copy (the fewest
 * pages to render), dated {@code date}: what the tests of the bundle's target and of verify run.
 */
final class BundleRuns {
  static final String BISHAN = "../examples/bishan";
  static final String AS_OF = "2024-05-10";

  private BundleRuns() {}

  /** The command line. */
  static List<String> args(String ws, Path out, String date, String... extra) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "--quiet",
                "bundle",
                ws,
                "--as-of",
                AS_OF,
                "--out",
                out.toString(),
                "--date",
                date,
                "--copies",
                "1"));
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
}
