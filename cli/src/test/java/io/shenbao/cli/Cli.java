package io.shenbao.cli;

import io.shenbao.cli.output.Faults;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/**
 * Runs the command line in process and keeps what it printed. The environment is the test's own
 * (empty unless given), so that the machine's locale or CI variables do not change the outcome.
 */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    return runIn(Map.of(), args);
  }

  static Cli run(Faults faults, String... args) {
    return runIn(Map.of(), faults, args);
  }

  static Cli runIn(Map<String, String> env, String... args) {
    return runIn(env, Faults.NONE, args);
  }

  static Cli runIn(Map<String, String> env, Faults faults, String... args) {
    return runAt(Clock.systemUTC(), env, faults, args);
  }

  /** Runs with {@code clock} as the time of day (what --as-of defaults to, a bundle's date). */
  static Cli runAt(Clock clock, String... args) {
    return runAt(clock, Map.of(), Faults.NONE, args);
  }

  private static Cli runAt(Clock clock, Map<String, String> env, Faults faults, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        ShenbaoCommand.run(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            false,
            env,
            faults,
            clock);
    return new Cli(code, out.toString(), err.toString());
  }
}
