package io.shenbao.cli;

/** Stands in for the tool behind scripts/shenbao in tests: prints how the launcher named it. */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) {
    System.out.println("[" + System.getenv("SHENBAO_COMMAND") + "] " + String.join(" ", args));
  }
}
