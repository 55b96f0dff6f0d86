package io.shenbao.cli;

import io.shenbao.rules.engine.Warmup;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;

/** The launcher: runs the command line and exits with its code. */
public final class Main {
  private Main() {}

  /** Whether standard output is a terminal (for colours); JDK 17's console is null otherwise. */
  @SuppressWarnings("SystemConsoleNull") // built for JDK 17, where the check is exact
  static boolean isTerminal() {
    return System.console() != null;
  }

  public static void main(String[] args) {
    List<String> words = Arrays.asList(args);
    if (!words.contains("--debug")) {
      // POI and PDFBox log through java.util.logging; their warnings are not the user's business.
      // Set before the warm-up thread loads them: set while it did, the level was sometimes lost
      // and POI's English warnings reached the terminal.
      LogManager.getLogManager().getLogger("").setLevel(Level.SEVERE);
    }
    if (words.contains("validate")
        || words.contains("bundle")
        || words.contains("intake")
        || words.contains("compare")) {
      // a check is coming: load its libraries on the second core while picocli reads the options
      Warmup.start(Lang.choose(args, System.getenv()));
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
