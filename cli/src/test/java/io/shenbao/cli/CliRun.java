package io.shenbao.cli;

import io.shenbao.cli.output.Faults;

/** Public access to the in-process command line for tests in other packages. */
public record CliRun(int code, String out, String err) {
  public static CliRun of(String... args) {
    return with(Faults.NONE, args);
  }

  /** Runs with a fault-injection seam (stop points, failing writes). */
  public static CliRun with(Faults faults, String... args) {
    Cli c = Cli.run(faults, args);
    return new CliRun(c.code(), c.out(), c.err());
  }
}
