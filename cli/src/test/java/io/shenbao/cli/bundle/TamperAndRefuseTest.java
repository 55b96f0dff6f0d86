package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of tampering is caught by verify; bad workspaces and set-ups are refused cleanly (what
 * --force may replace: {@link BundleTargetTest}).
 */
class TamperAndRefuseTest {
  static final String AS_OF = "2024-05-10T10:00:00+08:00";

  @TempDir static Path dir;
  static Path original;

  @BeforeAll
  static void build() {
    original = dir.resolve("orig/bundle");
    CliRun r =
        BundleRuns.bundle(
            BundleRuns.BISHAN, AS_OF, original, "--date", "2024-05-10", "--copies", "2", "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static Path copy(String name) throws Exception {
    Path target = dir.resolve(name);
    BundleRuns.copyTree(original, target);
    return target;
  }

  @Test
  void aChangedByteIsReportedWithBothDigests() throws Exception {
    Path b = copy("changed");
    Path pdf = b.resolve("data/实施方案.pdf");
    byte[] bytes = Files.readAllBytes(pdf);
    bytes[bytes.length / 2] ^= 1;
    Files.write(pdf, bytes);
    CliRun r = CliRun.of("verify", b.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("文件 data/实施方案.pdf 已被改动：sha256 应为", "sha512 应为", "1 处问题".replace("1", "2"));
  }

  @Test
  void removedAddedAndManifestEditsAreAllReportedAtOnce() throws Exception {
    Path b = copy("several");
    Files.delete(b.resolve("data/打印/报送清单.pdf"));
    Files.writeString(b.resolve("data/多余.txt"), "x");
    Path manifest = b.resolve("manifest-sha256.txt");
    String m = Files.readString(manifest, StandardCharsets.UTF_8);
    String first = m.substring(0, 64);
    Files.writeString(manifest, m.replace(first, "0".repeat(64)), StandardCharsets.UTF_8);
    CliRun r = CliRun.of("--lang", "en", "verify", b.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("Missing file data/打印/报送清单.pdf")
        .contains("Extra file data/多余.txt")
        .contains("File manifest-sha256.txt has changed")
        .contains("should be " + "0".repeat(64))
        .contains("Payload-Oxum");
  }

  @Test
  void aFolderThatIsNotABagIsSaidSo() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun r = CliRun.of("verify", empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("bagit.txt");
    assertThat(CliRun.of("verify", dir.resolve("nothing-here").toString()).code()).isEqualTo(2);
  }

  @Test
  void aWorkspaceWithErrorsIsRefusedAndNothingIsWritten() {
    Path out = dir.resolve("refused");
    CliRun r = BundleRuns.bundle("../examples/mistakes/funding", AS_OF, out);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("FUNDING-CAP", "未生成申报包");
    assertThat(out).doesNotExist();
  }

  @Test
  void aCharacterNoFontHasIsNamedWithItsField() throws Exception {
    Path ws = dir.resolve("ws-glyph");
    BundleRuns.copyTree(Path.of("../examples/bishan"), ws);
    Path plan = ws.resolve("plan.yaml");
    Files.writeString(plan, Files.readString(plan).replace("璧山区是重庆市", "璧山区\uE000是重庆市"));
    Path out = dir.resolve("glyph-out");
    CliRun r = CliRun.of("bundle", ws.toString(), "--as-of", AS_OF, "--out", out.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("U+E000", "sections.foundation");
    assertThat(out).doesNotExist();
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(".glyph-out"));
    }
  }

  @Test
  void anUnusableFontIsAUsageError() throws Exception {
    Path font = dir.resolve("broken.ttf");
    Files.writeString(font, "not a font");
    CliRun r =
        BundleRuns.bundle(BundleRuns.BISHAN, AS_OF, dir.resolve("f"), "--font", font.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("broken.ttf");
    assertThat(dir.resolve("f")).doesNotExist();
  }
}
