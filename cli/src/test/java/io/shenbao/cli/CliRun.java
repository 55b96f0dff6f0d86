package io.shenbao.cli;

import io.shenbao.cli.output.Faults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * The command that runs {@code main} with {@code args} in a JVM of its own (this one's, with
   * {@code jvmOptions}) on the tests' class path; a list to add to.
   */
  public static List<String> javaCommand(List<String> jvmOptions, Class<?> main, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs with a fault-injection seam (stop points, failing writes). */
  public static CliRun with(Faults faults, String... args) {
    Cli c = Cli.run(faults, args);
    return new CliRun(c.code(), c.out(), c.err());
  }
}
