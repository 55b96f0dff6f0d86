package io.shenbao.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic-link loops in a folder of workspaces and inside a workspace end, with findings. */
class SymlinkTest {
  @TempDir Path dir;

  private Path workspace(Path where) throws Exception {
    Files.createDirectories(where);
    Path base = Path.of("src/test/resources/base");
    try (var files = Files.list(base)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f)) {
          Files.copy(f, where.resolve(f.getFileName()));
        }
      }
    }
    return where;
  }

  @Test
  void aLoopInAFolderOfWorkspacesEndsAndEachCityCountsOnce() throws Exception {
    Path a = workspace(dir.resolve("cities/a"));
    workspace(dir.resolve("cities/b"));
    Files.createSymbolicLink(a.resolve("up"), dir.resolve("cities"));
    Files.createSymbolicLink(dir.resolve("cities/b/self"), dir.resolve("cities/b"));
    Files.createSymbolicLink(dir.resolve("cities/also-a"), a);
    List<WorkspaceRef> found = Workspaces.find(List.of(dir.resolve("cities").toString()));
    assertThat(found).extracting(w -> w.dir().getFileName().toString()).containsExactly("a", "b");
  }

  @Test
  void aRosterThatIsALinkLoopIsAFinding() throws Exception {
    Path ws = workspace(dir.resolve("ws"));
    String plan = Files.readString(ws.resolve("plan.yaml"));
    Files.writeString(ws.resolve("plan.yaml"), plan.replace("roster: 名单.csv", "roster: 环.csv"));
    Files.createSymbolicLink(ws.resolve("环.csv"), ws.resolve("环.csv"));
    Report report =
        new Checker(
                CheckConfig.of(
                    Workspaces.find(List.of(ws.toString())), null, io.shenbao.rules.Fixtures.AS_OF))
            .run();
    assertThat(report.findings())
        .extracting(Finding::rule)
        .contains("INPUT-UNREADABLE")
        .doesNotContain("ROSTER-HEADER");
  }
}
