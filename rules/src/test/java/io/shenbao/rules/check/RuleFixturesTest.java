package io.shenbao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.Fixtures;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has a bad and a good fixture under {@code rules/<ID>/} ({@code bad}, {@code good}, and
 * more named {@code bad-<case>} and {@code good-<case>} for the cases a rule tells apart). A bad
 * one must give exactly the findings its {@code expected.txt} lists for that rule (and none once
 * the rule is removed); a good one must give no finding at all. Messages must exist in both
 * languages. A fixture that is a submission package (BUNDLE-DAMAGED's) is left to cli's
 * PackageFixturesTest, which verifies it as the command line does.
 */
class RuleFixturesTest {
  private static final Messages ZH = Messages.of("zh");
  private static final Messages EN = Messages.of("en");

  /** The fixture folders of each rule whose name starts with {@code kind} (bad, good). */
  private static Stream<Fixture> fixtures(String kind) {
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
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  /** One fixture folder of a rule. */
  private record Fixture(Rule rule, Path dir) {
    String name() {
      return rule.id() + " " + dir.getFileName();
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
                      Report report = Fixtures.check(dir);
                      List<Finding> mine = ofRule(report, rule.id());
                      List<String> actual = Fixtures.lines(mine);
                      Path expectedFile = dir.resolve("expected.txt");
                      if (Boolean.getBoolean("shenbao.fixtures.write")) {
                        write(rule.id(), dir.getFileName().toString(), actual);
                      }
                      assertThat(actual)
                          .as("findings of %s in its bad fixture", rule.id())
                          .isNotEmpty()
                          .containsExactlyElementsOf(Fixtures.expected(expectedFile));
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
                      Report report = Fixtures.check(fixture.dir(), others);
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
                      Report report = Fixtures.check(fixture.dir());
                      assertThat(
                              Fixtures.lines(
                                  report.findings().stream()
                                      .filter(f -> f.waived() == null)
                                      .toList()))
                          .as("findings that count in %s", fixture.name())
                          .isEmpty();
                    }));
  }

  @Test
  void baseFixtureIsClean() throws Exception {
    Report report = Fixtures.check(Fixtures.resource("base"));
    assertThat(Fixtures.lines(report.findings())).isEmpty();
    assertThat(report.workspaces().get(0).rosterRows()).isEqualTo(5);
  }

  private static List<Finding> ofRule(Report report, String id) {
    return report.findings().stream().filter(f -> f.rule().equals(id)).toList();
  }

  /**
   * Rewrites expected.txt in the source tree (run with -Dshenbao.fixtures.write=true, then review).
   */
  private static void write(String id, String dir, List<String> lines) throws java.io.IOException {
    Path src = Path.of("src/test/resources/rules", id, dir, "expected.txt");
    if (Files.isDirectory(src.getParent())) {
      Files.write(src, lines, StandardCharsets.UTF_8);
    }
  }
}
