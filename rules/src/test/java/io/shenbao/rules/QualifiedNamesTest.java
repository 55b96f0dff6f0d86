package io.shenbao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No inline fully-qualified class names in main code ({@code java.util.HashMap}, {@code
 * io.shenbao.rules.domain.CreditCode} written in a method body): a dependency belongs in the
 * imports, where a reader and the layer rules see it. ArchUnit reads class files, which do not tell
 * an import from an inline name, so this test reads the sources of both modules and the scripts.
 * Comments and string literals are not code and are skipped.
 */
class QualifiedNamesTest {
  /** A package name (lower-case segments from a known root) followed by a class name. */
  static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.])(?:java|javax|jakarta|io|org|com|picocli)(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z]\\w*");

  @Test
  void mainCodeImportsWhatItUses() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> sources = new ArrayList<>();
    for (String dir : List.of("rules/src/main/java", "cli/src/main/java", "scripts")) {
      try (Stream<Path> walk = Files.walk(root.resolve(dir))) {
        walk.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    assertThat(sources).hasSizeGreaterThan(150);
    List<String> found = new ArrayList<>();
    for (Path p : sources) {
      found.addAll(inlineNames(root.relativize(p).toString(), Files.readString(p)));
    }
    assertThat(found).as("inline fully-qualified names; import them").isEmpty();
  }

  @Test
  void findsInlineNamesButNotImportsCommentsOrStrings() {
    String source =
        """
        package io.shenbao.x;

        import java.util.List;
        import static java.util.Objects.requireNonNull;

        /** See {@link io.shenbao.rules.engine.Waivers}. */
        class X {
          // a java.util.zip.ZipFile in a comment
          String s = "io.shenbao.rules.Messages";
          java.util.Map<String, List<String>> m = new java.util.HashMap<>();
          /* block java.io.File */ Object o = io.shenbao.rules.text.CellText.plain(null);
        }
        """;
    assertThat(inlineNames("X.java", source))
        .containsExactly(
            "X.java:10: java.util.Map",
            "X.java:10: java.util.HashMap",
            "X.java:11: io.shenbao.rules.text.CellText");
  }

  /** The inline qualified names of one source file, as {@code file:line: name}. */
  static List<String> inlineNames(String name, String source) {
    String code = blankCommentsAndStrings(source);
    List<String> found = new ArrayList<>();
    String[] lines = code.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("import ") || line.startsWith("package ")) {
        continue;
      }
      Matcher m = QUALIFIED.matcher(lines[i]);
      while (m.find()) {
        found.add(name + ":" + (i + 1) + ": " + m.group());
      }
    }
    return found;
  }

  /**
   * The source with every comment, string, text block and character literal replaced by spaces,
   * line breaks kept, so that line numbers stay true.
   */
  static String blankCommentsAndStrings(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end;
      if (s.startsWith("//", i)) {
        end = s.indexOf('\n', i);
        end = end < 0 ? s.length() : end;
      } else if (s.startsWith("/*", i)) {
        end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        end = s.indexOf("\"\"\"", i + 3);
        end = end < 0 ? s.length() : end + 3;
      } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
        char quote = s.charAt(i);
        end = i + 1;
        while (end < s.length() && s.charAt(end) != quote && s.charAt(end) != '\n') {
          end += s.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, s.length());
      } else {
        out.append(s.charAt(i++));
        continue;
      }
      for (int j = i; j < end; j++) {
        out.append(s.charAt(j) == '\n' ? '\n' : ' ');
      }
      i = end;
    }
    return out.toString();
  }
}
