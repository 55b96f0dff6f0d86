package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan may bring its own narrative PDF (a Word export) instead of sections. */
class NarrativeTest {
  static final String AS_OF = "2024-05-10";

  @TempDir Path dir;

  private Path workspace(List<String> headings) throws Exception {
    Path ws = dir.resolve("ws");
    BundleRuns.copyTree(Path.of("../examples/bishan"), ws);
    String plan = Files.readString(ws.resolve("plan.yaml"));
    plan =
        plan.substring(0, plan.indexOf("sections:"))
            + "narrative_pdf: 正文.pdf\n"
            + plan.substring(plan.indexOf("roster:"));
    Files.writeString(ws.resolve("plan.yaml"), plan);
    EvidencePdfs.inBundledFont(
        ws.resolve("正文.pdf"),
        (cs, f) -> {
          float y = 760;
          for (String h : headings) {
            EvidencePdfs.text(cs, f, 14, 72, y, h + "：本节为申报单位自行撰写的正文。");
            y -= 30;
          }
        });
    return ws;
  }

  @Test
  void aNarrativeWithEverySectionIsMergedInPlaceOfTheSections() throws Exception {
    Path ws = workspace(List.of("一、试点城市工作基础", "二、工作目标", "三、实施内容", "四、资金使用方向", "五、保障措施"));
    assertThat(CliRun.of("validate", ws.toString(), "--as-of", AS_OF).code()).isZero();
    Path out = dir.resolve("out");
    CliRun r = BundleRuns.bundle(ws.toString(), AS_OF, out, "--date", AS_OF, "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    try (PDDocument doc = Loader.loadPDF(out.resolve("data/实施方案.pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("本节为申报单位自行撰写的正文", "六、其他材料");
      assertThat(
              doc.getDocumentCatalog()
                  .getDocumentOutline()
                  .getFirstChild()
                  .getNextSibling()
                  .getTitle())
          .isEqualTo("正文");
    }
  }

  @Test
  void aNarrativeMissingASectionIsReported() throws Exception {
    Path ws = workspace(List.of("一、试点城市工作基础", "二、工作目标", "三、实施内容", "五、保障措施"));
    CliRun r = CliRun.of("validate", ws.toString(), "--as-of", AS_OF);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("SECTION-MISSING", "四、资金使用方向");
  }

  @Test
  void theFontComesFromShenbaoFontWhenSet() throws Exception {
    Path font = dir.resolve("my.ttf");
    try (var in = FontSet.class.getResourceAsStream(FontSet.BUNDLED_REGULAR)) {
      Files.copy(in, font);
    }
    try (FontSet fs =
        FontSet.resolve(FontSet.Request.none(), Map.of("SHENBAO_FONT", font.toString()))) {
      assertThat(fs.description()).contains("SHENBAO_FONT", "my.ttf");
    }
    try (FontSet fs = FontSet.resolve(new FontSet.Request(font, Map.of()), Map.of())) {
      assertThat(fs.description()).contains("--font");
    }
  }
}
