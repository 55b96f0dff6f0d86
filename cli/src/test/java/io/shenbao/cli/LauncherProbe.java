package io.shenbao.cli;

/**
 * Stands in for the tool behind scripts/shenbao in tests: prints how the launcher named it, or
 * (with {@code --probe-locale}) the file-name encoding the JVM got and the locale variables it saw.
 */
public final class LauncherProbe {
  private LauncherProbe() {}

  public static void main(String[] args) {
    if (args.length == 1 && args[0].equals("--probe-locale")) {
      // what decides whether the JVM can name a Chinese file, and the language the tool would pick
      StringBuilder line = new StringBuilder(System.getProperty("sun.jnu.encoding"));
      for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        String v = System.getenv(name);
        line.append(' ').append(name).append('=').append(v == null ? "" : v);
      }
      System.out.println(line);
      return;
    }
    System.out.println("[" + System.getenv("SHENBAO_COMMAND") + "] " + String.join(" ", args));
  }
}
