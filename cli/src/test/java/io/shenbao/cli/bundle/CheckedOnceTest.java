package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package is built from what its check read: the plan and the roster are read once. A workspace
 * changed between the check and the build (a colleague saving the roster, a sync client) cannot put
 * into the package anything that was not checked.
 */
class CheckedOnceTest {
  @TempDir Path dir;

  @Test
  void filesChangedAfterTheCheckDoNotReachThePackage() throws Exception {
    Path ws = dir.resolve("璧山区");
    BundleRuns.copyTree(Path.of(BundleRuns.BISHAN), ws);
    Path checked = dir.resolve("checked");
    assertThat(BundleRuns.run(Faults.NONE, ws.toString(), checked, BundleRuns.AS_OF).code())
        .isZero();

    Path plan = ws.resolve("plan.yaml");
    Path roster = ws.resolve("规上工业中小企业名单.xlsx");
    Faults changeAfterTheCheck =
        new Faults() {
          @Override
          public void reached(Stage s) throws IOException {
            if (s == Stage.VALIDATED) {
              String text = Files.readString(plan, StandardCharsets.UTF_8);
              Files.writeString(plan, text.replace("李明", "王五"), StandardCharsets.UTF_8);
              Files.delete(roster);
            }
          }
        };
    Path changed = dir.resolve("changed");
    CliRun run = BundleRuns.run(changeAfterTheCheck, ws.toString(), changed, BundleRuns.AS_OF);

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    assertThat(Files.readString(plan, StandardCharsets.UTF_8)).contains("王五");
    assertThat(Files.exists(roster)).isFalse();
    assertThat(payload(changed)).isEqualTo(payload(checked));
  }

  /** Every payload file of a bag, by its path under data/, as text of its bytes' digest. */
  private static Map<String, String> payload(Path bag) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Path data = bag.resolve("data");
    try (Stream<Path> walk = Files.walk(data)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          out.put(
              data.relativize(p).toString(), Bag.digests(Files.newInputStream(p)).get("sha256"));
        }
      }
    }
    return out;
  }
}
