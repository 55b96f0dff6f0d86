package io.shenbao.cli;

import io.shenbao.cli.output.Faults;

/** Public access to the in-process command line for tests in other packages. */
public record CliRun(int code, String out, String err) {
  public static CliRun of(String... args) {
    return with(Faults.NONE, args);
  }

  /**
   * Runs a command line written as the test has its parts: paths and other values are given as they
   * are ({@code CliRun.run("validate", ws, "--as-of", AS_OF, "--annotate", copies)}), each taken as
   * its {@code toString()}.
   */
  public static CliRun run(Object... args) {
    String[] text = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]);
    }
    return of(text);
  }

  /** Runs with a fault-injection seam (stop points, failing writes). */
  public static CliRun with(Faults faults, String... args) {
    Cli c = Cli.run(faults, args);
    return new CliRun(c.code(), c.out(), c.err());
  }
}
