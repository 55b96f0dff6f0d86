package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shenbao.cli.CliRun;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Evidence PDFs as producers write them: validate warns at the file, naming the problem and its
 * fix; bundle keeps 实施方案.pdf PDF/A-2b (veraPDF says so) by drawing only the pages that cannot stay
 * as they are as 300 dpi images, copies the evidence itself unchanged, and says which pages it
 * converted and why.
 */
class PdfaEvidenceTest {
  static final String AS_OF = "2024-05-10";

  /** Each evidence PDF, what validate says of it (English), and whether a page is converted. */
  enum Kind {
    HELVETICA("helvetica.pdf", "use fonts that are not embedded (Helvetica)", true),
    SIMSUN("simsun.pdf", "use fonts that are not embedded (SimSun)", true),
    ENCRYPTED("encrypted.pdf", "is encrypted (a permissions password", false),
    JAVASCRIPT("javascript.pdf", "holds JavaScript", false),
    CMYK("cmyk.pdf", "use CMYK print colour (DeviceCMYK)", true),
    SCANNED("scanned.pdf", null, false);

    final String file;
    final String warning;
    final boolean converted;

    Kind(String file, String warning, boolean converted) {
      this.file = file;
      this.warning = warning;
      this.converted = converted;
    }

    void write(Path target) throws Exception {
      switch (this) {
        case HELVETICA -> EvidencePdfs.helvetica(target);
        case SIMSUN -> EvidencePdfs.simsun(target);
        case ENCRYPTED -> EvidencePdfs.encrypted(target);
        case JAVASCRIPT -> EvidencePdfs.javascript(target);
        case CMYK -> EvidencePdfs.cmyk(target);
        case SCANNED -> EvidencePdfs.scanned(target, 2);
      }
    }
  }

  @TempDir Path dir;

  /** The small valid fixture with the kind's PDF as its second attachment. */
  private Path workspace(String name, Kind kind) throws Exception {
    Path ws = dir.resolve(name);
    BundleRuns.copyTree(Path.of("../rules/src/test/resources/base"), ws);
    Files.createDirectories(ws.resolve("证明材料"));
    kind.write(ws.resolve("证明材料").resolve(kind.file));
    Path plan = ws.resolve("plan.yaml");
    Files.writeString(
        plan,
        Files.readString(plan)
            .replace("attachments: [证明材料.pdf]", "attachments: [证明材料.pdf, 证明材料/" + kind.file + "]"));
    return ws;
  }

  private static CliRun bundle(Path ws, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("--lang", "en"));
    args.addAll(BundleRuns.bundleArgs(ws.toString(), AS_OF, out, "--date", AS_OF));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theWarningIsAtTheFileAndTheBundleStaysPdfA(Kind kind) throws Exception {
    Path ws = workspace("ws", kind);
    CliRun v =
        CliRun.of("--lang", "en", "validate", ws.toString(), "--as-of", AS_OF, "--format", "json");
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    List<JsonNode> findings = new ArrayList<>();
    new ObjectMapper().readTree(v.out()).get("findings").forEach(findings::add);
    if (kind.warning == null) {
      assertThat(findings).isEmpty();
    } else {
      assertThat(findings).hasSize(1);
      JsonNode f = findings.get(0);
      assertThat(f.get("rule").asText()).isEqualTo("SUBMIT-ATTACHMENT");
      assertThat(f.get("severity").asText()).isEqualTo("warning");
      assertThat(f.get("file").asText()).isEqualTo(ws.resolve("证明材料/" + kind.file).toString());
      assertThat(f.get("message").asText()).contains(kind.warning, "Fix:");
    }

    Path out = dir.resolve("bundle");
    CliRun b = bundle(ws, out);
    assertThat(b.code()).as(b.out() + b.err()).isZero();
    Path plan = out.resolve("data/实施方案.pdf");
    assertThat(PdfA.failures(plan)).isEmpty();
    assertThat(Files.readAllBytes(out.resolve("data/证明材料/" + kind.file)))
        .isEqualTo(Files.readAllBytes(ws.resolve("证明材料/" + kind.file)));
    String bagInfo = Files.readString(out.resolve("bag-info.txt"));
    assertThat(bagInfo).contains("Shenbao-PDFA: PDF/A-2b\n");
    String last = lastLine(b.out());
    if (kind.converted) {
      assertThat(bagInfo).contains("Shenbao-PDFA-Rasterized: 证明材料/" + kind.file + " 第 1 页，");
      assertThat(last)
          .startsWith("To keep 实施方案.pdf PDF/A-2b, 1 page(s) were drawn as 300 dpi images")
          .contains("证明材料/" + kind.file + " page(s) 1, ");
      try (PDDocument doc = Loader.loadPDF(plan.toFile())) {
        int page = doc.getNumberOfPages();
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(page);
        text.setEndPage(page);
        assertThat(text.getText(doc).strip())
            .as("only the page number is text")
            .matches("— \\d+ —");
        assertThat(images(doc.getPage(page - 1))).isOne();
        text.setStartPage(1);
        text.setEndPage(1);
        assertThat(text.getText(doc).replaceAll("\\s+", "")).contains("中小企业数字化转型城市试点实施方案");
        render(doc, page - 1, kind);
      }
    } else {
      assertThat(bagInfo).doesNotContain("Rasterized");
      assertThat(last).startsWith("Verify: shenbao verify");
    }
  }

  /** The last line, leaving out the note that the bundled font stood in (on a test machine). */
  private static String lastLine(String out) {
    List<String> lines = new ArrayList<>(List.of(out.strip().split("\n")));
    lines.removeIf(l -> l.contains("use the bundled Noto Sans SC"));
    return lines.get(lines.size() - 1);
  }

  private static int images(PDPage page) throws Exception {
    int n = 0;
    for (var name : page.getResources().getXObjectNames()) {
      if (page.getResources().getXObject(name) instanceof PDImageXObject) {
        n++;
      }
    }
    return n;
  }

  /** The converted page as a PNG in target/, for a person to look at after the tests. */
  private static void render(PDDocument doc, int index, Kind kind) throws Exception {
    Path png = Path.of("target/pdfa-evidence/" + kind.name().toLowerCase() + ".png");
    Files.createDirectories(png.getParent());
    BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(index, 72);
    ImageIO.write(image, "png", png.toFile());
  }

  @Test
  void aNarrativeInAFontNotEmbeddedIsWarnedAtAndDrawnButItsSectionsAreRead() throws Exception {
    Path ws = workspace("ws", Kind.SCANNED);
    EvidencePdfs.simsun(
        ws.resolve("正文.pdf"),
        "一、试点城市工作基础",
        "二、工作目标",
        "三、实施内容",
        "四、资金使用方向",
        "五、保障措施",
        "区经济信息委为牵头单位");
    Path plan = ws.resolve("plan.yaml");
    String yaml = Files.readString(plan);
    Files.writeString(
        plan,
        yaml.substring(0, yaml.indexOf("sections:"))
            + "narrative_pdf: 正文.pdf\n"
            + yaml.substring(yaml.indexOf("roster:")));
    CliRun v = CliRun.of("--lang", "en", "validate", ws.toString(), "--as-of", AS_OF);
    assertThat(v.code()).as(v.out()).isZero();
    assertThat(v.out())
        .contains(ws.resolve("正文.pdf").toString(), "p.1", "fonts that are not embedded (SimSun)")
        .doesNotContain("SECTION-MISSING");
    Path out = dir.resolve("narrative");
    CliRun b = bundle(ws, out);
    assertThat(b.code()).as(b.out() + b.err()).isZero();
    assertThat(lastLine(b.out())).contains("1 page(s)", "正文.pdf page(s) 1, fonts not embedded");
    assertThat(PdfA.failures(out.resolve("data/实施方案.pdf"))).isEmpty();
  }

  @Test
  void aBundleWithConvertedPagesIsByteReproducible() throws Exception {
    Path ws = workspace("ws", Kind.SIMSUN);
    Path one = dir.resolve("one/bundle");
    Path two = dir.resolve("two/bundle");
    assertThat(bundle(ws, one, "--zip").code()).isZero();
    assertThat(bundle(ws, two, "--zip").code()).isZero();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(one)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSizeGreaterThan(8);
    for (Path f : files) {
      assertThat(Files.readAllBytes(two.resolve(one.relativize(f))))
          .as(one.relativize(f).toString())
          .isEqualTo(Files.readAllBytes(f));
    }
    assertThat(Files.readAllBytes(dir.resolve("two/bundle.zip")))
        .isEqualTo(Files.readAllBytes(dir.resolve("one/bundle.zip")));
  }

  @Test
  void withNoRasterizeThePagesStayAndThePlanDoesNotClaimPdfA() throws Exception {
    Path ws = workspace("ws", Kind.HELVETICA);
    Path out = dir.resolve("kept");
    CliRun b = bundle(ws, out, "--no-rasterize");
    assertThat(b.code()).as(b.out() + b.err()).isZero();
    assertThat(lastLine(b.out()))
        .isEqualTo(
            "With --no-rasterize these pages were kept as they are, and 实施方案.pdf does not claim"
                + " PDF/A-2b: 证明材料/helvetica.pdf page(s) 1, fonts not embedded (Helvetica)");
    assertThat(Files.readString(out.resolve("bag-info.txt")))
        .contains(
            "Shenbao-PDFA: none (--no-rasterize)\n",
            "Shenbao-PDFA-Blocked: 证明材料/helvetica.pdf 第 1 页，字体未嵌入（Helvetica）\n");
    Path plan = out.resolve("data/实施方案.pdf");
    try (PDDocument doc = Loader.loadPDF(plan.toFile())) {
      String xmp =
          new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).doesNotContain("pdfaid").contains("未声明 PDF/A-2b");
      assertThat(doc.getDocumentInformation().getSubject()).contains("--no-rasterize");
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(doc.getNumberOfPages());
      assertThat(text.getText(doc)).contains("Certificate of digital transformation work");
    }
    assertThat(PdfA.failures(plan)).isNotEmpty();
  }

  @Test
  void noRasterizeWithNothingToConvertKeepsTheClaim() throws Exception {
    Path ws = workspace("ws", Kind.SCANNED);
    Path out = dir.resolve("clean");
    CliRun b = bundle(ws, out, "--no-rasterize");
    assertThat(b.code()).isZero();
    assertThat(Files.readString(out.resolve("bag-info.txt"))).contains("Shenbao-PDFA: PDF/A-2b\n");
    try (PDDocument doc = Loader.loadPDF(out.resolve("data/实施方案.pdf").toFile())) {
      assertThat(
              new String(
                  doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
          .contains("pdfaid:part");
    }
  }
}
