package io.shenbao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The launcher: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  /** Whether standard output is a terminal (for colours); JDK 17's console is null otherwise. */
  @SuppressWarnings("SystemConsoleNull") // built for JDK 17, where the check is exact
  static boolean isTerminal() {
    return System.console() != null;
  }

  public static void main(String[] args) {
    java.util.List<String> words = java.util.Arrays.asList(args);
    if (words.contains("validate") || words.contains("bundle")) {
      // a check is coming: load its libraries on the second core while picocli reads the options
      io.shenbao.rules.engine.Warmup.start(Lang.choose(args, System.getenv()));
    }
    if (!words.contains("--debug")) {
      // POI and PDFBox log through java.util.logging; their warnings are not the user's business.
      java.util.logging.LogManager.getLogManager()
          .getLogger("")
          .setLevel(java.util.logging.Level.SEVERE);
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = ShenbaoCommand.run(args, out, err, isTerminal());
    out.flush();
    err.flush();
    System.exit(code);
  }
}
