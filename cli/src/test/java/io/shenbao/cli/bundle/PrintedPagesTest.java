package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.output.Faults;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.model.RosterRow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing printed lies outside its box: every PDF of the bundle, for the example city, a city with
 * three sub-industries, a city of 2,000 enterprises and a roster of names from 2 to 60 characters,
 * read glyph by glyph. Pages a person should look at are rendered to {@code target/printed-pages/}.
 */
class PrintedPagesTest {
  static final String[] PDFS = {"实施方案.pdf", "打印/实施方案-打印版.pdf", "打印/报送清单.pdf"};
  static final Path PNG = Path.of("target/printed-pages");

  @TempDir static Path dir;
  static final Map<String, Path> BAGS = new LinkedHashMap<>();
  static final Map<String, List<String>> CODES = new LinkedHashMap<>();

  @BeforeAll
  static void build() throws Exception {
    Path inputs = dir.resolve("in");
    bundle("example", TestCities.example(inputs));
    bundle("three", TestCities.threeIndustries(inputs));
    bundle("n2000", TestCities.enterprises(inputs, 2000));
    bundle("names", TestCities.nameLengths(inputs));
  }

  static void bundle(String name, Path workspace) throws Exception {
    WorkspaceRef ref = Workspaces.find(List.of(workspace.toString())).get(0);
    List<WorkspaceContents> read = new ArrayList<>();
    new Checker(CheckConfig.of(List.of(ref), null, OffsetDateTime.parse("2024-05-10T00:00+08:00")))
        .withContents(read::add)
        .run();
    WorkspaceContents ws = read.get(0);
    List<String> codes = new ArrayList<>();
    for (RosterRow r : ws.rows()) {
      codes.add(r.code());
    }
    Path out = dir.resolve("out/" + name);
    try (FontSet fonts = FontSet.bundled();
        BundleTarget target = BundleTarget.claim(out, workspace, false, false, Faults.NONE)) {
      Bundler.build(ws, fonts, null, Instant.parse("2024-05-09T16:00:00Z"), true, target);
    }
    BAGS.put(name, out);
    CODES.put(name, codes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"example", "three", "n2000", "names"})
  void everyGlyphLiesInItsCellOrTheTypeAreaAndEveryCodeOnOneLine(String city) throws Exception {
    for (String pdf : PDFS) {
      PrintedPages.Result r = PrintedPages.check(BAGS.get(city).resolve("data").resolve(pdf));
      assertThat(r.failures()).as(city + " " + pdf).isEmpty();
      assertThat(r.checked()).as(city + " " + pdf).isPositive();
      System.out.printf(
          "%s %s: %d pages, %d checked, %d runs%n",
          city, pdf, r.pages(), r.checked(), r.runs().size());
      if (!pdf.contains("清单")) {
        assertThat(PrintedPages.broken(CODES.get(city), r.runs())).as(city + " " + pdf).isEmpty();
      }
    }
  }

  @Test
  void theCheckSeesTextRunningOverItsCellAndACodeOnTwoLines() throws Exception {
    // the checklist's old defect: a cell's text drawn across the next cell
    Path pdf = dir.resolve("overrun.pdf");
    EvidencePdfs.inBundledFont(
        pdf,
        (cs, f) -> {
          cs.addRect(Gb9704.LEFT, 600, 100, 20);
          cs.addRect(Gb9704.LEFT + 100, 600, 100, 20);
          cs.stroke();
          String[] lines = {"实施方案纸质版（打印/实施方案-打印版.pdf）", "91500227FY8701058", "L"};
          float[] ys = {605, 400, 380};
          for (int i = 0; i < lines.length; i++) {
            EvidencePdfs.text(cs, f, 12, Gb9704.LEFT + 3, ys[i], lines[i]);
          }
        });
    PrintedPages.Result r = PrintedPages.check(pdf);
    assertThat(r.failures()).singleElement().asString().contains("outside its cell");
    assertThat(PrintedPages.broken(List.of("91500227FY8701058L"), r.runs()))
        .containsExactly("91500227FY8701058L");
  }

  @Test
  void theExamplesPagesAreRenderedForAPersonToLookAt() throws Exception {
    Path bag = BAGS.get("example").resolve("data");
    Path plan = bag.resolve("实施方案.pdf");
    int roster;
    int table;
    try (PDDocument doc = Loader.loadPDF(plan.toFile())) {
      roster = pageOf(doc, "试点细分行业规上工业中小企业名单");
      table = pageOf(doc, "实施方案主要数据表");
    }
    assertThat(PrintedPages.render(plan, PNG, "example-plan", 1, 2, table, roster, roster + 1))
        .allSatisfy((page, png) -> assertThat(png).isNotEmptyFile());
    assertThat(PrintedPages.render(bag.resolve("打印/报送清单.pdf"), PNG, "example-checklist", 1))
        .allSatisfy((page, png) -> assertThat(png).isNotEmptyFile());
    Path names = BAGS.get("names").resolve("data/实施方案.pdf");
    try (PDDocument doc = Loader.loadPDF(names.toFile())) {
      roster = pageOf(doc, "试点细分行业规上工业中小企业名单");
    }
    assertThat(PrintedPages.render(names, PNG, "names-2-60-roster", roster, roster + 1))
        .allSatisfy((page, png) -> assertThat(png).isNotEmptyFile());
    Path three = BAGS.get("three").resolve("data/实施方案.pdf");
    int heading;
    try (PDDocument doc = Loader.loadPDF(three.toFile())) {
      heading = pageOf(doc, "分行业数据表：铁路、船舶、航空航天和其他运输设备制造业—船舶配套设备及海洋工程装备关键零部件制造");
    }
    assertThat(PrintedPages.render(three, PNG, "three-industries-data-table", 1, heading))
        .allSatisfy((page, png) -> assertThat(png).isNotEmptyFile());
  }

  /** The 1-based page a bookmark opens. */
  static int pageOf(PDDocument doc, String title) throws Exception {
    for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
      if (i.getTitle().equals(title)) {
        PDPage p = ((PDPageDestination) i.getDestination()).getPage();
        return doc.getPages().indexOf(p) + 1;
      }
    }
    throw new AssertionError("no bookmark " + title);
  }
}
