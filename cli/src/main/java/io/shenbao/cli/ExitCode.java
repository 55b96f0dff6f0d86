package io.shenbao.cli;

/** The exit codes of the contract, the same for every command. */
public final class ExitCode {
  /** Nothing at or above the --fail-on severity. */
  public static final int OK = 0;

  /** Findings at or above it. */
  public static final int FINDINGS = 1;

  /** Usage error: unknown option, a path that does not exist, an unknown policy. */
  public static final int USAGE = 2;

  /** Internal error: a bug. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
