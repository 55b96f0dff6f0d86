package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bundle run killed at any moment leaves either no bundle folder or a complete, intact one, never
 * half a bundle; the next run cleans up what the killed one left.
 */
class KilledBundleTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {300, 900, 1500, 2500})
  void killedAtAnyMomentLeavesNoHalfBundle(int afterMillis) throws Exception {
    Path out = dir.resolve("bundle");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--quiet",
            "bundle",
            "../examples/bishan",
            "--as-of",
            "2024-05-10",
            "--out",
            out.toString(),
            "--date",
            "2024-05-10");
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    Thread.sleep(afterMillis);
    p.destroyForcibly().waitFor();
    if (Files.exists(out)) {
      assertThat(BagVerifier.verify(out).problems()).isEmpty();
    }
    Path again = dir.resolve("bundle");
    Bundler.deleteTree(again);
    io.shenbao.cli.CliRun r =
        io.shenbao.cli.CliRun.of(
            "--quiet",
            "bundle",
            "../examples/bishan",
            "--as-of",
            "2024-05-10",
            "--out",
            again.toString(),
            "--date",
            "2024-05-10");
    assertThat(r.code()).as(r.err()).isZero();
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(x -> x.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".bundle."));
    }
  }
}
