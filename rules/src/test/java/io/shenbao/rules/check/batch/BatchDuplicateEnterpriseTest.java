package io.shenbao.rules.check.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.Fixtures;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.report.JsonRenderer;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One finding per pair of cities that share enterprises, however many they share. */
class BatchDuplicateEnterpriseTest {
  @TempDir Path dir;

  @Test
  void threeCitiesWithOneRosterGiveOneFindingPerPairCountingTheSharedCodes() throws Exception {
    Path base = Fixtures.resource("base");
    for (String city : List.of("a", "b", "c")) {
      Path ws = Files.createDirectories(dir.resolve(city));
      try (Stream<Path> files = Files.list(base)) {
        for (Path f : files.toList()) {
          Files.copy(f, ws.resolve(f.getFileName()));
        }
      }
    }
    Report report = Fixtures.check(dir);
    List<Finding> mine =
        report.findings().stream()
            .filter(f -> f.rule().equals("BATCH-DUPLICATE-ENTERPRISE"))
            .toList();
    assertThat(mine).hasSize(3);
    assertThat(mine).extracting(f -> f.codes().size()).containsOnly(5);
    Messages zh = Messages.of("zh");
    assertThat(mine.get(0).message(zh)).contains("有 5 家企业相同", "…");
    assertThat(mine)
        .extracting(f -> f.workspace().substring(f.workspace().length() - 1))
        .containsExactly("b", "c", "c");
    StringWriter json = new StringWriter();
    new JsonRenderer().render(report.withFindings(mine), zh, false, json);
    for (String code : mine.get(0).codes()) {
      assertThat(json.toString()).contains("\"" + code + "\"");
    }
    assertThat(json.toString()).contains("\"codes\"");
  }
}
