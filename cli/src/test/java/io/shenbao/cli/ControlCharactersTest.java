package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Control characters in a user's cells: a finding at the cell before anything is printed (bundle
 * never meets them), and shown escaped in every report, so that a hostile roster cannot clear a
 * reviewer's screen or retitle the window.
 */
class ControlCharactersTest {
  static final String ATTACK = "\u001B[2J\u001B]0;pwned\u0007";

  @TempDir Path dir;
  Path ws;

  @BeforeEach
  void workspace() throws Exception {
    ws = TestWorkspace.in(dir);
  }

  private void roster(String from, String to) throws Exception {
    Path csv = ws.resolve("名单.csv");
    String s = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(s).contains(from);
    Files.writeString(csv, s.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void aControlCharacterInANameIsAFindingAtItsCellAndTheBundleIsRefused() throws Exception {
    roster("重庆乙汽车电子有限公司", "重庆乙汽车\u0001电子有限公司");
    CliRun v = CliRun.of("validate", ws.toString(), "--as-of", "2024-05-10");
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.out()).contains("A4", "ROSTER-NAME", "控制字符 U+0001");
    CliRun b =
        CliRun.of(
            "bundle", ws.toString(), "--as-of", "2024-05-10", "--out", dir.resolve("b").toString());
    assertThat(b.code()).as(b.err()).isEqualTo(1);
    assertThat(b.err()).doesNotContain("glyph", "internal", "内部错误");
    assertThat(dir.resolve("b")).doesNotExist();
  }

  @Test
  void aControlCharacterInADistrictOrThePlanIsAFindingToo() throws Exception {
    roster("150,璧山区", "150,璧山区\u0007");
    Path plan = ws.resolve("plan.yaml");
    Files.writeString(
        plan, Files.readString(plan).replace("foundation: 工作基础。", "foundation: \"工作\\x01基础。\""));
    CliRun v = CliRun.of("validate", ws.toString(), "--as-of", "2024-05-10");
    assertThat(v.code()).isEqualTo(1);
    assertThat(v.out()).contains("F4", "INPUT-TYPE", "U+0007", "sections.foundation", "U+0001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "github", "markdown", "junit", "sarif", "json", "html"})
  void noReportCarriesARawControlCharacter(String format) throws Exception {
    roster("91500227MA5U0A2C1E", "91500227MA5U0A2C1E" + ATTACK);
    Path plan = ws.resolve("plan.yaml");
    Files.writeString(
        plan, Files.readString(plan) + "\"note\\e[31m\\x7f\\x9b\": x\n", StandardCharsets.UTF_8);
    CliRun v = CliRun.of("validate", ws.toString(), "--as-of", "2024-05-10", "--format", format);
    assertThat(v.code()).as(v.err()).isEqualTo(1);
    String out = v.out();
    assertThat(out).contains("ROSTER-CREDIT-CODE", "INPUT-UNKNOWN-FIELD");
    assertThat(out.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'))
        .as("raw control characters in %s", format)
        .isEmpty();
    assertThat(out.chars().filter(c -> c == 0x7F || (c >= 0x80 && c <= 0x9F))).isEmpty();
    if (!format.equals("json") && !format.equals("sarif")) {
      assertThat(out).contains("\\u001B[2J");
    }
  }

  /** Messages mark their own field names with §; a cell that begins with it is still the user's. */
  @Test
  void aCellThatBeginsLikeAFieldNameIsShownAsTypedAndEscaped() throws Exception {
    roster("91500227MA5U0A2C1E", "§" + ATTACK);
    roster("915002272034567882", "§§x");
    CliRun v = CliRun.of("validate", ws.toString(), "--as-of", "2024-05-10");
    assertThat(v.code()).as(v.err()).isEqualTo(1);
    assertThat(v.out())
        .contains("ROSTER-CREDIT-CODE", "§\\u001B[2J", "§§X")
        .doesNotContain("\u001B");
  }

  @Test
  void aUsageErrorEchoesTheArgumentEscaped() {
    CliRun r = CliRun.of("validate", "no-such-" + ATTACK);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\u001B").contains("\\u001B");
  }
}
