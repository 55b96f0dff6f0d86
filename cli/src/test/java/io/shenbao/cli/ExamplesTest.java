package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Every example workspace gives exactly the findings its {@code expected.txt} lists (one line per
 * finding: {@code file:location RULE}); the passing example gives none.
 */
class ExamplesTest {
  static final Path EXAMPLES = Path.of("../examples");

  @Test
  void passingExampleHasNoFinding() throws Exception {
    assertThat(findings(EXAMPLES.resolve("bishan"))).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> eachMistakeGivesItsExpectedFindings() throws Exception {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(EXAMPLES.resolve("mistakes"))) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(dirs).hasSizeGreaterThanOrEqualTo(10);
    return dirs.stream()
        .map(
            d ->
                DynamicTest.dynamicTest(
                    d.getFileName().toString(),
                    () -> {
                      List<String> actual = findings(d);
                      Path expected = d.resolve("expected.txt");
                      if (Boolean.getBoolean("shenbao.examples.write")) {
                        Files.write(expected, actual, StandardCharsets.UTF_8);
                      }
                      List<String> want = new ArrayList<>();
                      for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
                        if (!line.isBlank() && !line.startsWith("#")) {
                          want.add(line.strip());
                        }
                      }
                      assertThat(actual).isNotEmpty().containsExactlyElementsOf(want);
                    }));
  }

  @Test
  void theMultiCityRepositoryGivesTheCrossCityFindings() throws Exception {
    Path repo = EXAMPLES.resolve("multi-city");
    List<String> actual = findings(repo);
    Path expected = repo.resolve("expected.txt");
    if (Boolean.getBoolean("shenbao.examples.write")) {
      Files.write(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .containsExactlyElementsOf(
            Files.readAllLines(expected, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(String::strip)
                .toList());
  }

  /**
   * {@code validate examples} is a fair demonstration: each mistake example has enterprises of its
   * own, so the only enterprise shared across cities is the one the multi-city example plants (it
   * once gave 2,697 BATCH-DUPLICATE-ENTERPRISE warnings, one per shared row).
   */
  @Test
  void theWholeExamplesFolderSharesOnlyThePlantedEnterprise() throws Exception {
    List<String> all = findings(EXAMPLES);
    assertThat(all.stream().filter(l -> l.endsWith(" BATCH-DUPLICATE-ENTERPRISE")))
        .containsExactly("multi-city/zhongshan/规上工业中小企业名单.xlsx:C3 BATCH-DUPLICATE-ENTERPRISE");
    assertThat(all).hasSizeLessThan(60);
  }

  /** Runs validate --format json on a workspace and lists its findings as {@code file:loc RULE}. */
  static List<String> findings(Path ws) throws Exception {
    Cli c =
        Cli.run(
            "validate", ws.toString(), "--as-of", "2024-05-10T10:00:00+08:00", "--format", "json");
    assertThat(c.code()).as(c.err()).isIn(0, 1);
    JsonNode json = new ObjectMapper().readTree(c.out());
    String prefix = ws.toString().replace('\\', '/') + "/";
    List<String> out = new ArrayList<>();
    for (JsonNode f : json.get("findings")) {
      String file = f.has("file") ? f.get("file").asText().replace(prefix, "") : "-";
      JsonNode l = f.get("location");
      String where = "";
      if (l != null) {
        where =
            l.has("line")
                ? ":" + l.get("line").asInt() + ":" + l.get("column").asInt()
                : l.has("cell")
                    ? ":" + l.get("cell").asText()
                    : l.has("row") ? ":" + l.get("row").asInt() : "";
      }
      out.add(file + where + " " + f.get("rule").asText());
    }
    return out;
  }
}
