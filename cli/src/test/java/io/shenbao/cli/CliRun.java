package io.shenbao.cli;

/** Public access to the in-process command line for tests in other packages. */
public record CliRun(int code, String out, String err) {
  public static CliRun of(String... args) {
    Cli c = Cli.run(args);
    return new CliRun(c.code(), c.out(), c.err());
  }
}
