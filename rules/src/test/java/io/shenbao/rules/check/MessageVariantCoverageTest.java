package io.shenbao.rules.check;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.FixtureFolder;
import io.shenbao.rules.Fixtures;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.finding.Keys;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message variant of every rule — each key {@code RULE-ID} or {@code RULE-ID.variant} of the
 * message bundle (titles and descriptions aside) and of {@link Keys} — is produced by some bad
 * fixture under {@code rules/<ID>/}: the fixture's expectations name it, and RuleFixturesTest (or
 * cli's PackageFixturesTest for a package) holds the fixture to them. A variant no workspace can
 * produce is listed in {@link #COVERED_ELSEWHERE} with the test that produces it instead.
 */
class MessageVariantCoverageTest {
  /**
   * The variants that no fixture workspace can produce, each with the test that does (a path from
   * the repository's root) and why. Keep this short: a variant that a fixture can produce gets a
   * fixture, and the test below fails when one listed here is produced by a fixture after all.
   */
  static final Map<String, String> COVERED_ELSEWHERE =
      Map.ofEntries(
          entry(
              "INPUT-UNREADABLE.memory",
              "rules/src/test/java/io/shenbao/rules/engine/BoundedMemoryTest.java"
                  + " | a roster larger than the heap the reader may use"),
          entry(
              "INPUT-UNREADABLE.memory-rows",
              "rules/src/test/java/io/shenbao/rules/engine/BoundedMemoryTest.java"
                  + " | more rows than the heap holds"),
          entry(
              "INPUT-UNREADABLE.too-large",
              "rules/src/test/java/io/shenbao/rules/read/PlanReaderTest.java"
                  + " | a plan over 4 MB, written by the test rather than kept in the repository"),
          entry(
              "INPUT-UNREADABLE.locale",
              "cli/src/test/java/io/shenbao/cli/MainProcessTest.java"
                  + " | a JVM started under LANG=C, which cannot name a Chinese file"),
          entry(
              "INPUT-UNREADABLE.io",
              "rules/src/test/java/io/shenbao/rules/read/PlanReaderTest.java"
                  + " | an I/O error reading a file that is there"),
          entry(
              "SUBMIT-ATTACHMENT.too-large",
              "rules/src/test/java/io/shenbao/rules/engine/PdfProbeTest.java"
                  + " | a PDF over 512 MB (a sparse file the test makes)"),
          entry(
              "SUBMIT-ATTACHMENT.unreadable",
              "rules/src/test/java/io/shenbao/rules/engine/PdfProbeTest.java"
                  + " | an I/O error reading an attachment that is there"),
          entry(
              "INPUT-TYPE.boolean",
              "rules/src/test/java/io/shenbao/rules/read/RecordBinderTest.java"
                  + " | only a rule set has a yes-or-no, and its problems are a usage error"),
          entry(
              "INPUT-UNREADABLE.package-plan",
              "cli/src/test/java/io/shenbao/cli/receive/PackageCheckTest.java"
                  + " | a received package's plan; raised only when a package is checked"),
          entry(
              "INPUT-TYPE.package-policy",
              "cli/src/test/java/io/shenbao/cli/receive/PackageCheckTest.java"
                  + " | a received package's bag-info.txt; raised only when a package is checked"));

  @Test
  void everyMessageVariantHasABadFixture() throws Exception {
    Set<String> missing = new TreeSet<>(variants());
    missing.removeAll(produced());
    missing.removeAll(COVERED_ELSEWHERE.keySet());
    assertThat(missing)
        .as(
            "message variants that no bad fixture produces: add a bad-<case> fixture under"
                + " rules/<ID>/ (see rules/README.md in the test resources) for each")
        .isEmpty();
  }

  @Test
  void whatIsCoveredElsewhereIsAVariantNoFixtureProducesAndItsTestNamesIt() throws Exception {
    Set<String> variants = variants();
    Set<String> produced = produced();
    for (Map.Entry<String, String> e : COVERED_ELSEWHERE.entrySet()) {
      assertThat(variants).as("a message variant").contains(e.getKey());
      assertThat(produced)
          .as("%s is produced by a fixture: drop it from the list", e.getKey())
          .doesNotContain(e.getKey());
      Path test = Path.of("..").resolve(e.getValue().substring(0, e.getValue().indexOf(" | ")));
      assertThat(test).as("the test that covers %s", e.getKey()).isRegularFile();
      String source = Files.readString(test, StandardCharsets.UTF_8);
      assertThat(source.contains(e.getKey()) || source.contains(constant(e.getKey())))
          .as("%s names %s or %s", test, e.getKey(), constant(e.getKey()))
          .isTrue();
    }
  }

  /** Every variant of every rule: the bundle's keys of its ID and Keys' constants. */
  static Set<String> variants() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        MessageVariantCoverageTest.class.getResourceAsStream(
            "/io/shenbao/rules/messages_en.properties")) {
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> out = new TreeSet<>();
    for (Rule rule : Rules.ALL) {
      String id = rule.id();
      for (String key : bundle.stringPropertyNames()) {
        if (key.equals(id)
            || key.startsWith(id + ".")
                && key.substring(id.length() + 1).matches("[a-z0-9-]+")
                && !key.equals(id + ".title")
                && !key.equals(id + ".description")) {
          out.add(key);
        }
      }
    }
    out.addAll(keyConstants().keySet());
    return out;
  }

  /** The message keys the bad fixtures expect (and so produce: RuleFixturesTest checks that). */
  static Set<String> produced() throws IOException {
    Set<String> out = new TreeSet<>();
    List<Path> bad = new ArrayList<>();
    try (Stream<Path> all = Files.walk(Fixtures.resource("rules"), 2)) {
      all.filter(p -> p.getFileName().toString().matches("bad(-.*)?"))
          .filter(Files::isDirectory)
          .forEach(bad::add);
    }
    for (Path dir : bad) {
      for (String line : FixtureFolder.expected(dir)) {
        out.add(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return out;
  }

  /** The keys of {@link Keys}, each with its Java name ({@code InputUnreadable.MEMORY}). */
  static Map<String, String> keyConstants() {
    Map<String, String> out = new TreeMap<>();
    for (Class<?> c : Keys.class.getDeclaredClasses()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())
            && f.getType() == String.class
            && !f.getName().equals("ID")) {
          try {
            out.put((String) f.get(null), c.getSimpleName() + "." + f.getName());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return out;
  }

  private static String constant(String key) {
    return keyConstants().getOrDefault(key, key);
  }
}
