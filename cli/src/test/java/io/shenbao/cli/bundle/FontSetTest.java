package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shenbao.cli.bundle.FontSet.Role;
import io.shenbao.rules.finding.Messages;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fonts by role: asked for, the environment's, the system's for the role, or the bundled one. */
class FontSetTest {
  @TempDir Path dir;

  /** A usable TrueType CJK font file under a name (a copy of the bundled regular face). */
  Path font(String name) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    try (InputStream in = FontSet.class.getResourceAsStream(FontSet.BUNDLED_REGULAR)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void withNothingFoundEveryRoleFallsBackToTheBundledFaceBoldForTitleAndHeadings()
      throws Exception {
    try (FontSet fs = FontSet.resolve(FontSet.Request.none(), Map.of(), Map.of())) {
      assertThat(fs.face(Role.TITLE).name()).isEqualTo("NotoSansSC-Bold");
      assertThat(fs.face(Role.HEADING).name()).isEqualTo("NotoSansSC-Bold");
      assertThat(fs.face(Role.SUBHEADING).name()).isEqualTo("NotoSansSC-Regular");
      assertThat(fs.face(Role.BODY).name()).isEqualTo("NotoSansSC-Regular");
      assertThat(fs.fallbacks()).containsExactly(Role.values());
      assertThat(fs.fallbackNote(Messages.of("zh")))
          .isEqualTo(
              "未找到小标宋（或宋体）、黑体、楷体、仿宋，标题、一级标题、二级标题、正文使用内置的 Noto Sans SC。"
                  + "要用仿宋等字体，加 --font body=字体文件（见 README“字体”）。");
      assertThat(fs.summary(Messages.of("zh")))
          .isEqualTo("标题、一级标题 NotoSansSC-Bold（内置）；二级标题、正文 NotoSansSC-Regular（内置）");
    }
  }

  @Test
  void theSystemsFaceIsFoundForEachRole() throws Exception {
    Path simfang = font("Windows/Fonts/simfang.ttf");
    Path simhei = font("Windows/Fonts/simhei.ttf");
    font("Assets/Font7/a1b2.asset/AssetData/STKAITI.ttf");
    Files.writeString(dir.resolve("Windows/Fonts/FZXBSJW.TTF"), "not a font");
    Map<Role, List<String>> system = new EnumMap<>(Role.class);
    system.put(Role.TITLE, List.of(dir + "/Windows/Fonts/FZXBSJW.TTF"));
    system.put(Role.HEADING, List.of(dir + "/Windows/Fonts/simhei.ttf"));
    system.put(Role.SUBHEADING, List.of(dir + "/Assets/Font*/*/AssetData/STKAITI.ttf"));
    system.put(Role.BODY, List.of("%FONTS%/simfang.ttf", dir + "/Windows/Fonts/simfang.ttf"));
    Map<String, String> env = Map.of("FONTS", dir.resolve("Windows/Fonts").toString());
    try (FontSet fs = FontSet.resolve(FontSet.Request.none(), env, system)) {
      assertThat(fs.face(Role.BODY).file()).isEqualTo(simfang);
      assertThat(fs.face(Role.BODY).source()).isEqualTo("system");
      assertThat(fs.face(Role.HEADING).file()).isEqualTo(simhei);
      assertThat(fs.face(Role.SUBHEADING).file().getFileName()).hasToString("STKAITI.ttf");
      // an unreadable 小标宋 is passed over: the title falls back, and says so
      assertThat(fs.fallbacks()).containsExactly(Role.TITLE);
      assertThat(fs.fallbackNote(Messages.of("en")))
          .startsWith("No XiaoBiaoSong (or SimSun) found: title use the bundled Noto Sans SC.");
    }
  }

  @Test
  void fontRoleFileBeatsFontFileBeatsShenbaoFontBeatsTheSystem() throws Exception {
    Path all = font("all.ttf");
    Path body = font("body.ttf");
    Path env = font("env.ttf");
    Path sys = font("sys/simhei.ttf");
    Map<Role, List<String>> system = Map.of(Role.HEADING, List.of(sys.toString()));
    Map<String, String> shenbaoFont = Map.of("SHENBAO_FONT", env.toString());
    try (FontSet fs =
        FontSet.resolve(new FontSet.Request(all, Map.of(Role.BODY, body)), shenbaoFont, system)) {
      assertThat(fs.face(Role.BODY).file()).isEqualTo(body);
      assertThat(fs.face(Role.BODY).source()).isEqualTo("--font body");
      assertThat(fs.face(Role.HEADING).file()).isEqualTo(all);
      assertThat(fs.face(Role.TITLE).file()).isEqualTo(all);
      assertThat(fs.fallbacks()).isEmpty();
      assertThat(fs.fallbackNote(Messages.of("zh"))).isNull();
    }
    try (FontSet fs = FontSet.resolve(FontSet.Request.none(), shenbaoFont, system)) {
      assertThat(fs.face(Role.HEADING).file()).isEqualTo(env);
    }
    try (FontSet fs =
        FontSet.resolve(new FontSet.Request(null, Map.of(Role.BODY, body)), Map.of(), system)) {
      assertThat(fs.face(Role.HEADING).file()).isEqualTo(sys);
      assertThat(fs.fallbacks()).containsExactly(Role.TITLE, Role.SUBHEADING);
    }
  }

  @Test
  void aFontAskedForThatCannotBeUsedIsRefusedNotReplaced() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.ttf"), "not a font");
    assertThatThrownBy(
            () ->
                FontSet.resolve(
                    new FontSet.Request(null, Map.of(Role.BODY, bad)), Map.of(), Map.of()))
        .isInstanceOf(BundleException.class)
        .extracting(e -> ((BundleException) e).key())
        .isEqualTo("bundle.error.font-read");
    assertThatThrownBy(
            () ->
                FontSet.resolve(
                    new FontSet.Request(dir.resolve("none.ttf"), Map.of()), Map.of(), Map.of()))
        .extracting(e -> ((BundleException) e).key())
        .isEqualTo("bundle.error.font-missing");
  }

  @Test
  void rolesAreNamedInEnglishOrChinese() {
    assertThat(Role.of("body")).isEqualTo(Role.BODY);
    assertThat(Role.of("Heading")).isEqualTo(Role.HEADING);
    assertThat(Role.of("正文")).isEqualTo(Role.BODY);
    assertThat(Role.of("二级标题")).isEqualTo(Role.SUBHEADING);
    assertThat(Role.of("C:\\fonts\\a")).isNull();
  }
}
