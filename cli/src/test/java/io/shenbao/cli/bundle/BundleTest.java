package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import io.shenbao.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example city's bundle, built once and examined file by file. */
class BundleTest {
  static final String AS_OF = "2024-05-10T10:00:00+08:00";

  @TempDir static Path dir;
  static Path bag;
  static CliRun built;

  @BeforeAll
  static void build() {
    bag = dir.resolve("bishan-bundle");
    CliRun r = bundle(Path.of("../examples/bishan"), bag, "--zip");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    built = r;
  }

  @Test
  void theFacesUsedAreNamedAndAFallBackIsSaidOnTheLastLine() throws Exception {
    assertThat(Files.readString(bag.resolve("bag-info.txt")))
        .contains(
            "Shenbao-Font-Title: NotoSansSC-Bold (bundled)\n",
            "Shenbao-Font-Heading: NotoSansSC-Bold (bundled)\n",
            "Shenbao-Font-Subheading: NotoSansSC-Regular (bundled)\n",
            "Shenbao-Font-Body: NotoSansSC-Regular (bundled)\n");
    List<String> lines = built.out().lines().toList();
    assertThat(lines.get(lines.size() - 1))
        .startsWith("未找到")
        .contains("仿宋", "正文使用内置的 Noto Sans SC");
    assertThat(lines.get(0))
        .contains("字体：标题、一级标题 NotoSansSC-Bold（内置）；二级标题、正文 NotoSansSC-Regular（内置）");
    try (PDDocument doc = Loader.loadPDF(bag.resolve("data/打印/报送清单.pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
          .contains("字体：标题、一级标题NotoSansSC-Bold（内置）；二级标题、正文NotoSansSC-Regular（内置）");
    }
  }

  @Test
  void fontsGivenByRoleAreUsedForTheirRolesAndNothingFallsBack() throws Exception {
    Path font = dir.resolve("fonts/body.ttf");
    Files.createDirectories(font.getParent());
    try (var in = FontSet.class.getResourceAsStream(FontSet.BUNDLED_REGULAR)) {
      Files.copy(in, font);
    }
    Path out = dir.resolve("by-role");
    CliRun r =
        BundleRuns.bundle(
            BundleRuns.BISHAN,
            AS_OF,
            out,
            "--font",
            font.toString(),
            "--font",
            "body=" + font,
            "--font",
            "正文=" + font);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("--font", "body");
    r =
        BundleRuns.bundle(
            BundleRuns.BISHAN, AS_OF, out, "--font", font.toString(), "--font", "heading=" + font);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("未找到");
    assertThat(Files.readString(out.resolve("bag-info.txt")))
        .contains(
            "Shenbao-Font-Heading: NotoSansSC-Regular (--font heading: body.ttf)",
            "Shenbao-Font-Body: NotoSansSC-Regular (--font: body.ttf)");
  }

  @Test
  void anIndependentBagItImplementationFindsTheBagValid() throws Exception {
    Bag b = new BagReader().read(bag);
    // the Library of Congress' verifier, not ours of the same name
    try (gov.loc.repository.bagit.verify.BagVerifier v =
        new gov.loc.repository.bagit.verify.BagVerifier()) {
      v.isValid(b, false);
    }
    assertThat(b.getVersion().toString()).isEqualTo("1.0");
    assertThat(b.getMetadata().get("Source-Organization")).containsExactly("重庆市璧山区");
    assertThat(b.getMetadata().get("Bag-Count")).containsExactly("1 of 1");
    assertThat(b.getMetadata().get("Shenbao-Policy")).containsExactly("2024-batch2-chongqing");
    assertThat(b.getPayLoadManifests()).hasSize(2);
    assertThat(Files.readString(bag.resolve("bagit.txt")))
        .isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
  }

  @Test
  void theBagHoldsWhatTheContractLists() throws Exception {
    List<String> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(bag)) {
      walk.filter(Files::isRegularFile).forEach(p -> files.add(bag.relativize(p).toString()));
    }
    assertThat(files)
        .containsExactlyInAnyOrder(
            "bagit.txt",
            "bag-info.txt",
            "manifest-sha256.txt",
            "manifest-sha512.txt",
            "tagmanifest-sha256.txt",
            "data/实施方案.pdf",
            "data/实施方案主要数据表.xlsx",
            "data/规上工业中小企业名单.xlsx",
            "data/证明材料/工作基础证明.pdf",
            "data/打印/实施方案-打印版.pdf",
            "data/打印/报送清单.pdf",
            "data/plan.yaml");
    assertThat(bag.resolveSibling("bishan-bundle.zip")).exists();
  }

  @Test
  void theElectronicPlanHasRealTextEmbeddedFontsAndBookmarks() throws Exception {
    try (PDDocument doc = Loader.loadPDF(bag.resolve("data/实施方案.pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("[\\s　]+", "");
      assertThat(text)
          .contains("2024年重庆市璧山区中小企业数字化转型城市试点实施方案")
          .contains("申报城市：重庆市璧山区")
          .contains("细分行业：汽车制造业—汽车零部件及配件制造")
          .contains("计算机、通信和其他电子设备制造业—新型显示及智能终端配套")
          .contains("联系人及电话：李明023-41412345", "2024年5月10日")
          .contains("一、试点城市工作基础", "二、工作目标", "三、实施内容", "四、资金使用方向", "五、保障措施", "六、其他材料")
          .contains("实施方案主要数据表", "拟改造企业合计（家）", "（占比90.7%）")
          .contains("试点细分行业规上工业中小企业名单", "—1—", "—2—");
      String firstEnterprise = firstRosterName();
      assertThat(text).contains(firstEnterprise);
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          assertThat(f.isEmbedded()).as(f.getName()).isTrue();
        }
      }
      assertThat(doc.getDocumentInformation().getTitle()).startsWith("2024年重庆市璧山区");
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
      List<String> marks = new ArrayList<>();
      for (PDOutlineItem i : doc.getDocumentCatalog().getDocumentOutline().children()) {
        marks.add(i.getTitle());
      }
      assertThat(marks)
          .contains(
              "封面", "一、试点城市工作基础", "六、其他材料", "实施方案主要数据表", "试点细分行业规上工业中小企业名单", "证明材料：工作基础证明.pdf");
      assertThat(doc.getNumberOfPages()).isBetween(20, 60);
    }
  }

  @Test
  void eachPrintCopyCarriesItsNumberOnItsCover() throws Exception {
    try (PDDocument print = Loader.loadPDF(bag.resolve("data/打印/实施方案-打印版.pdf").toFile());
        PDDocument one = Loader.loadPDF(bag.resolve("data/实施方案.pdf").toFile())) {
      int perCopy = perCopy(one);
      assertThat(print.getNumberOfPages()).isEqualTo(5 * perCopy);
      PDFTextStripper s = new PDFTextStripper();
      for (int c = 0; c < 5; c++) {
        s.setStartPage(c * perCopy + 1);
        s.setEndPage(c * perCopy + 1);
        String cover = s.getText(print);
        assertThat(cover).startsWith(String.format("%06d", c + 1)).contains("申报城市：重庆市璧山区");
      }
      List<String> marks = new ArrayList<>();
      for (PDOutlineItem i : print.getDocumentCatalog().getDocumentOutline().children()) {
        marks.add(i.getTitle());
      }
      assertThat(marks)
          .containsExactly(
              "第1份（份号 000001）",
              "第2份（份号 000002）",
              "第3份（份号 000003）",
              "第4份（份号 000004）",
              "第5份（份号 000005）");
    }
  }

  @Test
  void copiesShareTheirPagesOnlyTheCoversDifferAndThePrintFileIsHardlyLarger() throws Exception {
    Path print = bag.resolve("data/打印/实施方案-打印版.pdf");
    Path one = bag.resolve("data/实施方案.pdf");
    assertThat(Files.size(print)).isLessThanOrEqualTo(Files.size(one) * 12 / 10);
    try (PDDocument p = Loader.loadPDF(print.toFile());
        PDDocument e = Loader.loadPDF(one.toFile())) {
      int perCopy = perCopy(e);
      List<Object> cover = contents(p.getPage(0));
      for (int c = 1; c < 5; c++) {
        // its own 份号, then the very streams of copy 1's cover
        List<Object> own = contents(p.getPage(c * perCopy));
        assertThat(own).hasSameSizeAs(cover);
        assertThat(own.get(0)).isNotEqualTo(cover.get(0));
        assertThat(own.subList(1, own.size())).isEqualTo(cover.subList(1, cover.size()));
        assertThat(resources(p.getPage(c * perCopy))).isEqualTo(resources(p.getPage(0)));
        for (int i = 1; i < perCopy; i++) {
          assertThat(contents(p.getPage(c * perCopy + i)))
              .as("copy %d page %d", c + 1, i + 1)
              .isEqualTo(contents(p.getPage(i)));
          assertThat(resources(p.getPage(c * perCopy + i))).isEqualTo(resources(p.getPage(i)));
        }
      }
    }
  }

  @Test
  void printedDoubleSidedEveryPageNumberStandsAtTheOuterEdge() throws Exception {
    // odd numbers on front pages at the right, even ones on back pages at the left (GB/T 9704
    // §7.5), in every copy: the cover's back is blank, and each copy starts on a front page
    try (PDDocument print = Loader.loadPDF(bag.resolve("data/打印/实施方案-打印版.pdf").toFile())) {
      int numbered = 0;
      for (int i = 0; i < print.getNumberOfPages(); i++) {
        for (PageGlyphs.Run run : PageGlyphs.of(print, i).runs) {
          Matcher m = Pattern.compile("— (\\d+) —").matcher(run.text());
          if (!m.matches()) {
            continue;
          }
          int n = Integer.parseInt(m.group(1));
          boolean front = i % 2 == 0;
          assertThat(front).as("page %d of the file, numbered %d", i + 1, n).isEqualTo(n % 2 == 1);
          assertThat(run.bounds().getCenterX() > Gb9704.PAGE_W / 2)
              .as("page %d of the file, numbered %d", i + 1, n)
              .isEqualTo(front);
          numbered++;
        }
      }
      assertThat(numbered).isGreaterThan(5 * 20);
    }
  }

  @Test
  void theRosterIsSetOnTurnedPagesItsHeadToTheLeftEdgeUprightOnScreenAsPrintedOnPaper()
      throws Exception {
    // GB/T 9704 §8: 横排表格 — the head to the binding edge of an odd page, the cut edge of an even
    // one (on A4 both the left edge), the page number where the other pages have it
    try (PDDocument e = Loader.loadPDF(bag.resolve("data/实施方案.pdf").toFile());
        PDDocument p = Loader.loadPDF(bag.resolve("data/打印/实施方案-打印版.pdf").toFile())) {
      int from = PrintedPagesTest.pageOf(e, "试点细分行业规上工业中小企业名单") - 1;
      int to = PrintedPagesTest.pageOf(e, "证明材料：工作基础证明.pdf") - 1;
      assertThat(to - from).isGreaterThan(5);
      for (int i = from; i < to; i++) {
        assertThat(e.getPage(i).getRotation()).as("on screen, page %d", i + 1).isEqualTo(90);
        // copy 1 of the print file: its cover's blank back comes before the same page
        assertThat(p.getPage(i + 1).getRotation()).as("printed, page %d", i + 1).isZero();
        double head = Double.MAX_VALUE;
        double rest = Double.MAX_VALUE;
        for (PageGlyphs.Run run : PageGlyphs.of(e, i).runs) {
          if (run.text().matches("— \\d+ —")) {
            assertThat(run.bounds().getMaxY()).isLessThan(Gb9704.BOTTOM);
            continue;
          }
          if (run.text().equals("序号")) {
            // set upright in the turned frame: its characters run up the page
            assertThat(run.glyphs().get(1).getMinY()).isGreaterThan(run.glyphs().get(0).getMinY());
            head = run.bounds().getMinX();
          } else if (run.text().matches("\\d+")) {
            rest = Math.min(rest, run.bounds().getMinX());
          }
        }
        assertThat(head).as("page %d", i + 1).isLessThan(rest);
      }
    }
  }

  /** Pages of one print copy: the cover, its blank back, the rest, ending on a back page. */
  static int perCopy(PDDocument electronic) {
    return (electronic.getNumberOfPages() + 2) / 2 * 2;
  }

  /** The objects a page's content is read from (their object numbers). */
  static List<Object> contents(PDPage page) {
    List<Object> out = new ArrayList<>();
    COSBase c = page.getCOSObject().getItem(COSName.CONTENTS);
    if (c instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(((COSObject) a.get(i)).getKey());
      }
    } else if (c instanceof COSObject o) {
      out.add(o.getKey());
    }
    return out;
  }

  static Object resources(PDPage page) {
    COSBase r = page.getCOSObject().getItem(COSName.RESOURCES);
    return r instanceof COSObject o ? o.getKey() : r;
  }

  @Test
  void theChecklistSaysWhatWhereAndWhen() throws Exception {
    try (PDDocument doc = Loader.loadPDF(bag.resolve("data/打印/报送清单.pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text)
          .contains("报送清单", "5份", "5张光盘", "重庆市经济和信息化委员会政务服务大厅")
          .contains("2024年5月16日（星期四）18:00前", "区县中小企业主管部门", "同级财政部门公章", "陈谦")
          .contains("逾期未报送则视为放弃申报（依据：渝经信发〔2024〕21号一）")
          .contains("以上各项依据：渝经信发〔2024〕21号二（加盖公章的纸质版和PDF版")
          .contains("本工具建议（通知未作要求）：光盘盘面注明申报城市");
    }
  }

  @Test
  void aNationalChecklistHasOnlyTheNationalNoticesInstructions() throws Exception {
    // the city written as people write it: the title names it from the division data
    Path ws = dir.resolve("mianyang");
    BundleRuns.copyTree(Path.of("../examples/multi-city/mianyang"), ws);
    Path plan = ws.resolve("plan.yaml");
    Files.writeString(
        plan,
        Files.readString(plan)
            .replace("name: 四川省绵阳市", "name: 绵阳")
            .replace("province: 四川省", "province: 四川"));
    Path out = dir.resolve("mianyang-bundle");
    CliRun r = bundle(ws, out);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    try (PDDocument doc = Loader.loadPDF(out.resolve("data/打印/报送清单.pdf").toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
      assertThat(text)
          .contains("2024年四川省绵阳市中小企业数字化转型城市试点实施方案")
          .contains("2024年5月31日前", "推荐函", "依据：财办建〔2024〕23号五（将加盖公章的纸质版")
          .doesNotContain("逾期", "陈谦", "渝经信发");
    }
  }

  @Test
  void theElectronicPlanIsPdfA2b() throws Exception {
    List<String> failures = PdfA.failures(bag.resolve("data/实施方案.pdf"));
    assertThat(failures).isEmpty();
  }

  @Test
  void theSameInputsAndDateGiveByteIdenticalBundles() throws Exception {
    Path again = dir.resolve("second/bishan-bundle");
    CliRun r = bundle(Path.of("../examples/bishan"), again, "--zip");
    assertThat(r.code()).isZero();
    List<String> names = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(bag)) {
      walk.filter(Files::isRegularFile).forEach(p -> names.add(bag.relativize(p).toString()));
    }
    for (String n : names) {
      assertThat(Files.readAllBytes(again.resolve(n)))
          .as(n)
          .isEqualTo(Files.readAllBytes(bag.resolve(n)));
    }
    assertThat(Files.readAllBytes(dir.resolve("second/bishan-bundle.zip")))
        .isEqualTo(Files.readAllBytes(dir.resolve("bishan-bundle.zip")));
  }

  @Test
  void verifyAcceptsTheFolderAndTheZip() {
    CliRun folder = CliRun.of("verify", bag.toString());
    assertThat(folder.code()).isZero();
    assertThat(folder.out()).contains("重庆市璧山区", "2024-batch2-chongqing", "2024-05-10");
    CliRun zip = CliRun.of("--lang", "en", "verify", dir.resolve("bishan-bundle.zip").toString());
    assertThat(zip.code()).as(zip.out()).isZero();
    assertThat(zip.out()).contains("Bundle intact", "7 files");
  }

  /** Bundles a workspace into {@code out}, checked and dated 2024-05-10. */
  static CliRun bundle(Path ws, Path out, String... more) {
    List<String> args = BundleRuns.bundleArgs(ws.toString(), AS_OF, out, "--date", "2024-05-10");
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  static String firstRosterName() throws IOException {
    try (var wb = new XSSFWorkbook(Files.newInputStream(bag.resolve("data/规上工业中小企业名单.xlsx")))) {
      return wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue();
    }
  }
}
