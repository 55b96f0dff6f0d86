package io.shenbao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.FixtureFolder;
import io.shenbao.rules.Fixtures;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule has a bad and a good fixture under {@code rules/<ID>/} ({@code bad}, {@code good}, and
 * more named {@code bad-<case>} and {@code good-<case>} for the cases a rule tells apart). A
 * fixture is the base workspace plus a patch ({@link FixtureFolder}; the test resources' {@code
 * rules/README.md} says how to write one). A bad one must give exactly the findings it expects — of
 * every rule, each by its key and line (the {@code # expect:} comments) or cell (expected.txt) — at
 * least one of them its own rule's, and none of its own once the rule is removed; a good one must
 * give no finding that counts. Messages must exist in both languages. A fixture that is a
 * submission package (BUNDLE-DAMAGED's) is left to cli's PackageFixturesTest, which verifies it as
 * the command line does. Run with {@code -Dshenbao.fixtures.write=true} to rewrite the bad
 * fixtures' expectations in the source tree from what they give (then review the diff).
 */
class RuleFixturesTest {
  private static final Messages ZH = Messages.of("zh");
  private static final Messages EN = Messages.of("en");

  @TempDir Path tmp;

  /** The fixture folders of each rule whose name starts with {@code kind} (bad, good). */
  static Stream<Fixture> fixtures(String kind) {
    return Rules.ALL.stream()
        .flatMap(
            rule -> {
              Path root = Fixtures.resource("rules/" + rule.id());
              try (Stream<Path> dirs = Files.list(root)) {
                List<Path> mine =
                    dirs.filter(
                            d ->
                                d.getFileName().toString().equals(kind)
                                    || d.getFileName().toString().startsWith(kind + "-"))
                        .sorted()
                        .toList();
                assertThat(mine).as("%s fixtures of %s", kind, rule.id()).isNotEmpty();
                // a package is checked with its verification, which the command line does:
                // cli's PackageFixturesTest runs those fixtures the same three ways
                return mine.stream()
                    .filter(d -> !Workspaces.isPackage(d))
                    .map(d -> new Fixture(rule, d));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** One fixture folder of a rule. */
  record Fixture(Rule rule, Path dir) {
    String name() {
      return rule.id() + " " + dir.getFileName();
    }

    /** Checks the whole workspace the fixture stands for, written under {@code tmp}. */
    Report check(Path tmp, List<Rule> rules) throws Exception {
      Path ws = FixtureFolder.materialize(dir, Files.createTempDirectory(tmp, "ws"));
      return Fixtures.check(ws, rules);
    }
  }

  @TestFactory
  Stream<DynamicTest> badFixtureGivesExpectedFindings() {
    return fixtures("bad")
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    fixture.name(),
                    () -> {
                      Rule rule = fixture.rule();
                      Path dir = fixture.dir();
                      Report report = fixture.check(tmp, Rules.ALL);
                      List<String> actual = FixtureFolder.actual(dir, report.findings());
                      if (Boolean.getBoolean("shenbao.fixtures.write")) {
                        FixtureFolder.rewrite(
                            Path.of("src/test/resources/rules", rule.id(), dir.getFileName() + ""),
                            actual);
                      }
                      assertThat(ofRule(report, rule.id()))
                          .as("findings of %s in its bad fixture", rule.id())
                          .isNotEmpty();
                      assertThat(actual)
                          .as(
                              "findings of %s (expected: its # expect: comments and expected.txt)",
                              fixture.name())
                          .containsExactlyElementsOf(FixtureFolder.expected(dir));
                      for (Finding f : report.findings()) {
                        assertThat(f.message(ZH))
                            .as("zh message of %s", f.key())
                            .doesNotContain("??");
                        assertThat(f.message(EN))
                            .as("en message of %s", f.key())
                            .doesNotContain("??");
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> removingTheRuleRemovesItsFindings() {
    return fixtures("bad")
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    fixture.name() + " removed",
                    () -> {
                      List<Rule> others = new ArrayList<>(Rules.ALL);
                      others.remove(fixture.rule());
                      Report report = fixture.check(tmp, others);
                      assertThat(ofRule(report, fixture.rule().id())).isEmpty();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> goodFixtureIsClean() {
    return fixtures("good")
        .map(
            fixture ->
                DynamicTest.dynamicTest(
                    fixture.name(),
                    () -> {
                      Report report = fixture.check(tmp, Rules.ALL);
                      assertThat(
                              Fixtures.lines(
                                  report.findings().stream()
                                      .filter(f -> f.waived() == null)
                                      .toList()))
                          .as("findings that count in %s", fixture.name())
                          .isEmpty();
                      assertThat(FixtureFolder.expected(fixture.dir()))
                          .as("a good fixture expects nothing: %s", fixture.name())
                          .isEmpty();
                    }));
  }

  @Test
  void baseFixtureIsClean() throws Exception {
    Report report = Fixtures.check(Fixtures.resource("base"));
    assertThat(Fixtures.lines(report.findings())).isEmpty();
    assertThat(report.workspaces().get(0).rosterRows()).isEqualTo(5);
  }

  /**
   * A fixture holds only what differs from the base: no file the same as the base's, and no plan
   * copied whole with the base's first line (the base's description, stale in a fixture). A package
   * (BUNDLE-DAMAGED's) holds its whole payload, which its manifests sign.
   */
  @Test
  void noFixtureCopiesTheBase() throws Exception {
    Path base = Fixtures.resource("base");
    List<String> copies = new ArrayList<>();
    List<Path> workspaces = new ArrayList<>();
    for (String kind : List.of("bad", "good")) {
      for (Fixture fixture : fixtures(kind).toList()) {
        workspaces.addAll(FixtureFolder.workspaces(fixture.dir()));
      }
    }
    for (Path ws : workspaces) {
      try (Stream<Path> files = Files.list(ws)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Path same = base.resolve(f.getFileName().toString());
          if (!Files.exists(same)) {
            continue;
          }
          if (Arrays.equals(Files.readAllBytes(same), Files.readAllBytes(f))
              || f.getFileName().toString().equals("plan.yaml")
                  && Arrays.equals(firstLine(f), firstLine(same))) {
            copies.add(Fixtures.resource("rules").relativize(f).toString());
          }
        }
      }
    }
    assertThat(workspaces).hasSizeGreaterThan(100);
    assertThat(copies).as("fixture files that copy the base").isEmpty();
  }

  /** A file's first line as bytes (a fixture's plan may be in another encoding). */
  private static byte[] firstLine(Path f) throws IOException {
    byte[] all = Files.readAllBytes(f);
    int end = 0;
    while (end < all.length && all[end] != '\n') {
      end++;
    }
    return Arrays.copyOf(all, end);
  }

  static List<Finding> ofRule(Report report, String id) {
    return report.findings().stream().filter(f -> f.rule().equals(id)).toList();
  }
}
