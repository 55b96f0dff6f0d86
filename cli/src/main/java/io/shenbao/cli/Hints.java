package io.shenbao.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hints the user copies into a terminal ({@code 然后运行 scripts/shenbao validate 璧山区}) are written the
 * way the tool was started: the launcher says how ({@code SHENBAO_COMMAND}, set by {@code
 * scripts/shenbao}, {@code scripts\shenbao.cmd} and the command {@code scripts/install} puts on the
 * PATH); a plain {@code java -jar} gets its own words; paths are relative to the current folder and
 * quoted when a shell would split them.
 */
final class Hints {
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_./:@%+=,\\\\-]+");

  private Hints() {}

  /** The command that runs the tool, as the user typed it. */
  static String command(Map<String, String> env) {
    String given = env.get("SHENBAO_COMMAND");
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    try {
      Path code = Path.of(Hints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (code.getFileName() != null && code.getFileName().toString().endsWith(".jar")) {
        return "java -jar " + path(code);
      }
    } catch (URISyntaxException | RuntimeException e) {
      // no code source to name: the plain name below
    }
    return "shenbao";
  }

  /**
   * A path as a hint shows it: relative to the current folder when inside it, quoted if need be.
   */
  static String path(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath();
    Path shown = abs.startsWith(here) && !abs.equals(here) ? here.relativize(abs) : p.normalize();
    return quote(shown.toString());
  }

  /** A word a shell keeps whole: as it is when plain, else in quotes. */
  static String quote(String word) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return "\"" + word.replace("\"", "\\\"") + "\"";
  }
}
