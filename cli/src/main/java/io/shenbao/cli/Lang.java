package io.shenbao.cli;

import java.util.Locale;
import java.util.Map;

/**
 * The language of everything a person reads: {@code --lang} when given, else English when the
 * environment's locale is English ({@code LC_ALL}, {@code LC_MESSAGES}, then {@code LANG}; the
 * neutral C and POSIX locales say nothing), else Chinese. Decided before picocli reads the command
 * line, so that help and usage errors are in it too.
 */
final class Lang {
  static final String ZH = "zh";
  static final String EN = "en";

  private Lang() {}

  /** True for a language the tool speaks. */
  static boolean known(String lang) {
    return ZH.equals(lang) || EN.equals(lang);
  }

  /** The language for a command line run in an environment. */
  static String choose(String[] args, Map<String, String> env) {
    String given = given(args);
    return known(given) ? given : fromEnvironment(env);
  }

  /** The value of {@code --lang} on the command line, or null. */
  static String given(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--lang=")) {
        return args[i].substring("--lang=".length());
      }
    }
    return null;
  }

  /** The language the environment's locale asks for: English for an English one, else Chinese. */
  static String fromEnvironment(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.get(name);
      if (v == null || v.isBlank()) {
        continue;
      }
      String l = v.trim().toLowerCase(Locale.ROOT);
      if (l.equals("c") || l.startsWith("c.") || l.equals("posix")) {
        continue;
      }
      return l.startsWith("en") ? EN : ZH;
    }
    return ZH;
  }
}
