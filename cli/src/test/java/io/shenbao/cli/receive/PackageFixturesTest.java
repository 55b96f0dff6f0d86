package io.shenbao.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.bundle.Bags;
import io.shenbao.cli.bundle.BundleTarget;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * BUNDLE-DAMAGED's fixtures are packages (rules/src/test/resources/rules/BUNDLE-DAMAGED): checked
 * here as the command line checks a package, verification included, the three ways the rules'
 * fixture test checks every other rule's. Write them again with -Dshenbao.fixtures.write=true.
 */
class PackageFixturesTest {
  static final Path FIXTURES = Path.of("../rules/src/test/resources/rules/BUNDLE-DAMAGED");
  static final Path BASE = Path.of("../rules/src/test/resources/base");
  static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-05-10T10:00:00+08:00");
  static final String RULE = "BUNDLE-DAMAGED";

  /** The findings of checking a package with {@code rules}, as the command line would. */
  static Report check(Path pkg, List<Rule> rules) throws Exception {
    try (Inputs in = Inputs.open(List.of(pkg.toString()), Messages.of("zh"))) {
      return new Checker(new CheckConfig(in.workspaces(), null, AS_OF, rules)).run();
    }
  }

  /** {@code file[:location] key}, the file relative to the package. */
  static List<String> lines(Path pkg, List<Finding> findings) {
    String prefix = pkg.toString().replace('\\', '/') + "/";
    List<String> out = new ArrayList<>();
    for (Finding f : findings) {
      String where = f.file() == null ? "-" : f.file().replace(prefix, "");
      if (f.location() != null && !f.location().shortForm().isEmpty()) {
        where += ":" + f.location().shortForm();
      }
      out.add(where + " " + f.key());
    }
    return out;
  }

  static List<Path> fixtures(String kind) throws Exception {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.filter(
              d ->
                  d.getFileName().toString().equals(kind)
                      || d.getFileName().toString().startsWith(kind + "-"))
          .sorted()
          .toList();
    }
  }

  @Test
  void badFixturesGiveTheirExpectedFindingsInBothLanguages() throws Exception {
    writeWhenAsked();
    assertThat(fixtures("bad")).isNotEmpty();
    for (Path bad : fixtures("bad")) {
      Report r = check(bad, Rules.ALL);
      List<Finding> mine = r.findings().stream().filter(f -> f.rule().equals(RULE)).toList();
      List<String> expected = new ArrayList<>();
      for (String l : Files.readAllLines(bad.resolve("expected.txt"), StandardCharsets.UTF_8)) {
        if (!l.isBlank() && !l.startsWith("#")) {
          expected.add(l.strip());
        }
      }
      assertThat(lines(bad, mine)).as("%s", bad).isNotEmpty().containsExactlyElementsOf(expected);
      for (Finding f : r.findings()) {
        assertThat(f.message(Messages.of("zh"))).doesNotContain("??");
        assertThat(f.message(Messages.of("en"))).doesNotContain("??");
      }
    }
  }

  @Test
  void removingTheRuleRemovesItsFindings() throws Exception {
    List<Rule> others = new ArrayList<>(Rules.ALL);
    others.removeIf(r -> r.id().equals(RULE));
    for (Path bad : fixtures("bad")) {
      assertThat(check(bad, others).findings()).noneMatch(f -> f.rule().equals(RULE));
    }
  }

  @Test
  void goodFixturesAreClean() throws Exception {
    assertThat(fixtures("good")).isNotEmpty();
    for (Path good : fixtures("good")) {
      assertThat(lines(good, check(good, Rules.ALL).findings())).as("%s", good).isEmpty();
    }
  }

  /** Writes the fixtures (run with -Dshenbao.fixtures.write=true, then review). */
  private static void writeWhenAsked() throws Exception {
    if (!Boolean.getBoolean("shenbao.fixtures.write")) {
      return;
    }
    Path good = FIXTURES.resolve("good");
    Path bad = FIXTURES.resolve("bad");
    for (Path d : List.of(good, bad)) {
      if (Files.exists(d)) {
        BundleTarget.deleteTree(d);
      }
    }
    TamperAndRefuseTestAccess.copyTree(BASE, good.resolve("data"));
    Map<String, String> info = new LinkedHashMap<>();
    info.put("Source-Organization", "重庆市璧山区");
    info.put("Bagging-Date", "2024-05-09");
    info.put("Shenbao-Policy", "2024-batch2-chongqing");
    info.put("Shenbao-Submission-Level", "municipal");
    info.put("Shenbao-Tool-Version", "0.1.0");
    Bags.seal(good, info);
    TamperAndRefuseTestAccess.copyTree(good, bad);
    // a figure of the roster changed after bagging, and a file slipped in
    Path roster = bad.resolve("data/名单.csv");
    Files.writeString(
        roster, Files.readString(roster, StandardCharsets.UTF_8).replace(",3500,", ",3600,"));
    Files.writeString(bad.resolve("data/说明.txt"), "后加的文件\n", StandardCharsets.UTF_8);
    Files.writeString(
        bad.resolve("expected.txt"),
        "# the roster changed (both digests), a file added, Payload-Oxum no longer the payload's\n"
            + "bag-info.txt BUNDLE-DAMAGED\n"
            + "data/名单.csv BUNDLE-DAMAGED\n"
            + "data/名单.csv BUNDLE-DAMAGED\n"
            + "data/说明.txt BUNDLE-DAMAGED\n",
        StandardCharsets.UTF_8);
  }
}
