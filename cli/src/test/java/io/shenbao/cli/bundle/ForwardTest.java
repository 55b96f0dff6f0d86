package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import io.shenbao.cli.CliRun;
import io.shenbao.cli.Office;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code shenbao forward}: the example province (examples/sichuan) forwards two candidates and a
 * first-batch city's progress report to the two ministries in one package that verifies; a third
 * city is refused by the quota, a city of another province by CITY-PROVINCE, and a Chongqing
 * district prepared for the municipal deadline is held to the national rules.
 */
class ForwardTest {
  static final String SC = "../examples/sichuan/";
  @TempDir static Path dir;
  static Path bag;
  static CliRun built;

  @BeforeAll
  static void build() {
    bag = dir.resolve("sichuan");
    built =
        forward(
            bag, SC + "deyang", SC + "yibin", "--progress", SC + "chengdu", "--province", "四川省");
    assertThat(built.code()).as(built.out() + built.err()).isZero();
  }

  static CliRun forward(Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "forward",
                "--as-of",
                BundleTest.AS_OF,
                "--date",
                "2024-05-10",
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void thePackageHoldsTheLetterEveryCityAndTheProgressReport() {
    assertThat(built.out())
        .contains(
            "data/推荐函.pdf",
            "data/推荐函（草稿）.docx",
            "data/四川省德阳市/实施方案.pdf",
            "data/四川省德阳市/打印/实施方案-打印版.pdf",
            "data/四川省宜宾市/实施方案主要数据表.xlsx",
            "data/四川省成都市-工作进展情况/工作进展情况.pdf",
            "data/打印/报送清单.pdf",
            "四川省财政部门、四川省中小企业主管部门",
            "写上四川省这两个单位的全称");
    assertThat(bag.resolve("data/四川省成都市-工作进展情况/实施方案.pdf")).doesNotExist();
  }

  @Test
  void itVerifiesWithOurVerifierAndTheLibraryOfCongresss() throws Exception {
    CliRun v = CliRun.of("verify", bag.toString());
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    Bag b = new BagReader().read(bag);
    try (gov.loc.repository.bagit.verify.BagVerifier verifier =
        new gov.loc.repository.bagit.verify.BagVerifier()) {
      verifier.isValid(b, false);
    }
    assertThat(b.getMetadata().get("Source-Organization")).containsExactly("四川省");
    assertThat(b.getMetadata().get("Shenbao-Submission-Level")).containsExactly("national");
    assertThat(b.getMetadata().get("Shenbao-Letter")).containsExactly("draft");
  }

  @Test
  void itsPdfsArePdfA2b() throws Exception {
    for (String pdf :
        List.of("推荐函.pdf", "四川省德阳市/实施方案.pdf", "四川省宜宾市/实施方案.pdf", "四川省成都市-工作进展情况/工作进展情况.pdf")) {
      assertThat(PdfA.failures(bag.resolve("data").resolve(pdf))).as(pdf).isEmpty();
    }
  }

  @Test
  void theLetterNamesTheProvinceTheCitiesUnrankedTheReportAndTheSignatories() throws Exception {
    String pdf = text(bag.resolve("data/推荐函.pdf"));
    String docx;
    try (InputStream in = Files.newInputStream(bag.resolve("data/推荐函（草稿）.docx"));
        XWPFDocument doc = new XWPFDocument(in);
        XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
      docx = x.getText().replaceAll("\\s+", "");
    }
    for (String text : List.of(pdf, docx)) {
      assertThat(text)
          .contains(
              "四川省关于推荐2024年中小企业数字化转型城市试点的函",
              "财政部、工业和信息化部：",
              "财办建〔2024〕23号",
              "现推荐德阳市、宜宾市申报2024年中小企业数字化转型城市试点（推荐排名不分先后）",
              "同时，报送已纳入首批试点范围的成都市对照两部门批复的实施方案编写的工作进展情况。",
              "2024年四川省德阳市中小企业数字化转型城市试点实施方案",
              "四川省成都市中小企业数字化转型城市试点工作进展情况",
              "四川省财政部门（盖章）",
              "四川省中小企业主管部门（盖章）",
              "2024年5月10日");
    }
    assertThat(text(bag.resolve("data/打印/报送清单.pdf")))
        .contains("推荐函", "德阳市实施方案纸质版（四川省德阳市/打印/实施方案-打印版.pdf", "成都市工作进展情况纸质版", "2024年5月31日前");
  }

  @Test
  void onePrintFileHoldsEveryPaperDocumentSetBySetTheDraftLetterLeftOut() throws Exception {
    Path all = bag.resolve("data/打印/报送材料-打印版.pdf");
    List<Path> prints =
        List.of(
            bag.resolve("data/四川省德阳市/打印/实施方案-打印版.pdf"),
            bag.resolve("data/四川省宜宾市/打印/实施方案-打印版.pdf"),
            bag.resolve("data/四川省成都市-工作进展情况/打印/工作进展情况-打印版.pdf"));
    int total = 0;
    List<Integer> lengths = new ArrayList<>();
    for (Path p : prints) {
      try (PDDocument d = Loader.loadPDF(p.toFile())) {
        total += d.getNumberOfPages();
        lengths.add(d.getNumberOfPages() / 2);
      }
    }
    try (PDDocument d = Loader.loadPDF(all.toFile())) {
      assertThat(d.getNumberOfPages()).isEqualTo(total);
      // set 1: 德阳 000001, 宜宾 000001, 成都 000001; then set 2, each document on a front page
      int setLength = lengths.stream().mapToInt(Integer::intValue).sum();
      assertThat(page(d, 1)).startsWith("000001").contains("2024年四川省德阳市");
      assertThat(page(d, 1 + lengths.get(0))).startsWith("000001").contains("四川省宜宾市");
      assertThat(page(d, 1 + lengths.get(0) + lengths.get(1)))
          .startsWith("000001")
          .contains("四川省成都市");
      assertThat(page(d, 1 + setLength)).startsWith("000002").contains("2024年四川省德阳市");
      assertThat(lengths).allMatch(n -> n % 2 == 0);
      assertThat(text(all)).doesNotContain("关于推荐2024年");
    }
    // the pages are shared, not copied: about as large as the print files together
    long parts = 0;
    for (Path p : prints) {
      parts += Files.size(p);
    }
    assertThat(Files.size(all)).isLessThan(parts * 11 / 10);
    assertThat(text(bag.resolve("data/打印/报送清单.pdf"))).contains("打印/报送材料-打印版.pdf", "推荐函草稿不在其中");
  }

  @Test
  void aCityPackageIsForwardedCheckedAgainAtNationalLevelAndATamperedOneIsRefused()
      throws Exception {
    Path pkg = dir.resolve("璧山区-申报包");
    CliRun b =
        CliRun.of(
            "--quiet",
            "bundle",
            "../examples/bishan",
            "--as-of",
            BundleTest.AS_OF,
            "--out",
            pkg.toString(),
            "--zip");
    assertThat(b.code()).as(b.out() + b.err()).isZero();
    Path out = dir.resolve("from-package");
    CliRun r = forward(out, pkg + ".zip", "--province", "重庆市");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(out.resolve("data/重庆市璧山区/plan.yaml")))
        .contains("policy: 2024-batch2\n", "level: national");
    assertThat(text(out.resolve("data/重庆市璧山区/打印/报送清单.pdf"))).contains("2024年5月31日前");
    assertThat(CliRun.of("verify", out.toString()).code()).isZero();

    Path evidence = pkg.resolve("data/证明材料/工作基础证明.pdf");
    Files.write(evidence, new byte[] {'%'}, StandardOpenOption.APPEND);
    Path refused = dir.resolve("from-tampered");
    CliRun t = forward(refused, pkg.toString(), "--province", "重庆市");
    assertThat(t.code()).as(t.out() + t.err()).isEqualTo(1);
    assertThat(t.out()).contains("BUNDLE-DAMAGED", "工作基础证明.pdf");
    assertThat(refused).doesNotExist();
  }

  @Test
  void pagesDrawnAsImagesAreSaidAsBundleSaysThem() throws Exception {
    Path yibin = dir.resolve("yibin-helvetica");
    TamperAndRefuseTestAccess.copyTree(Path.of(SC + "yibin"), yibin);
    EvidencePdfs.helvetica(yibin.resolve("证明材料/工作基础证明.pdf"));
    Path out = dir.resolve("rasterized");
    CliRun r = forward(out, yibin.toString(), "--province", "四川省");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    String[] lines = r.out().strip().split("\n");
    assertThat(lines[lines.length - 1])
        .contains("300 dpi", "四川省宜宾市/证明材料/工作基础证明.pdf 第 1 页", "Helvetica");
    assertThat(Files.readString(out.resolve("bag-info.txt")))
        .contains("Shenbao-PDFA: PDF/A-2b", "Shenbao-PDFA-Rasterized: 四川省宜宾市/证明材料/工作基础证明.pdf");
  }

  @Test
  void libreOfficeOpensTheLetter() throws Exception {
    Office.writerRequired();
    Path in = Files.createDirectories(dir.resolve("lo-in")).resolve("letter.docx");
    Files.copy(bag.resolve("data/推荐函（草稿）.docx"), in);
    Path out = dir.resolve("lo-out");
    Office.convert("pdf", out, dir, List.of(in), 300);
    assertThat(text(out.resolve("letter.pdf"))).contains("推荐排名不分先后");
  }

  @Test
  void theSameInputsGiveTheSameFiles() throws Exception {
    Path again = dir.resolve("again");
    CliRun r =
        forward(
            again, SC + "deyang", SC + "yibin", "--progress", SC + "chengdu", "--province", "四川省");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(again.resolve("manifest-sha256.txt")))
        .isEqualTo(Files.readString(bag.resolve("manifest-sha256.txt")))
        .contains("推荐函（草稿）.docx");
  }

  @Test
  void aThirdCityIsRefusedByTheQuotaAndNothingIsWritten() {
    Path out = dir.resolve("three");
    CliRun r =
        forward(
            out,
            SC + "deyang",
            SC + "yibin",
            "../examples/multi-city/mianyang",
            "--province",
            "四川省");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("BATCH-QUOTA", "未生成报送两部门的材料");
    assertThat(out).doesNotExist();
  }

  @Test
  void aCityOfAnotherProvinceIsRefused() {
    Path out = dir.resolve("other");
    CliRun r = forward(out, SC + "deyang", "../examples/bishan", "--province", "四川省");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("CITY-PROVINCE", "重庆市璧山区 属于 重庆市，不能由 四川省 推荐");
    assertThat(out).doesNotExist();
  }

  @Test
  void aChongqingDistrictIsHeldToTheNationalRulesAndTheStampedLetterReplacesTheDraft()
      throws Exception {
    Path out = dir.resolve("chongqing");
    Path stamped = dir.resolve("推荐函-盖章.pdf");
    Files.copy(Path.of("../examples/multi-city/mianyang/推荐函.pdf"), stamped);
    CliRun r =
        forward(out, "../examples/bishan", "--province", "重庆市", "--letter", stamped.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(Files.readString(out.resolve("data/重庆市璧山区/plan.yaml")))
        .contains("policy: 2024-batch2\n", "level: national");
    assertThat(text(out.resolve("data/重庆市璧山区/打印/报送清单.pdf")))
        .contains("2024年5月31日前")
        .doesNotContain("5月16日");
    assertThat(Files.readAllBytes(out.resolve("data/推荐函.pdf")))
        .isEqualTo(Files.readAllBytes(stamped));
    assertThat(out.resolve("data/推荐函（草稿）.docx")).doesNotExist();
    assertThat(r.out())
        .doesNotContain("--signatories")
        .doesNotContain("推荐函草稿不在其中")
        .contains("每套之首已是签章的推荐函");
    // the stamped scan heads each set of the print file
    try (PDDocument letter = Loader.loadPDF(stamped.toFile());
        PDDocument all = Loader.loadPDF(out.resolve("data/打印/报送材料-打印版.pdf").toFile())) {
      int head = letter.getNumberOfPages() + letter.getNumberOfPages() % 2;
      assertThat(page(all, 1)).isEqualTo(page(letter, 1));
      assertThat(page(all, 1 + head)).startsWith("000001");
    }
  }

  @Test
  void wrongArgumentsAreUsageErrors() {
    assertThat(forward(dir.resolve("u1"), SC + "deyang", "--province", "火星省").code()).isEqualTo(2);
    CliRun asCity = forward(dir.resolve("u2"), SC + "chengdu", "--province", "四川省");
    assertThat(asCity.code()).isEqualTo(2);
    assertThat(asCity.err()).contains("--progress");
    assertThat(
            forward(
                    dir.resolve("u3"),
                    SC + "deyang",
                    "--progress",
                    SC + "yibin",
                    "--province",
                    "四川省")
                .code())
        .isEqualTo(2);
    assertThat(
            forward(
                    dir.resolve("u4"),
                    SC + "deyang",
                    "--province",
                    "四川省",
                    "--signatories",
                    "四川省财政厅")
                .code())
        .isEqualTo(2);
  }

  /** The text of one page (1-based), without white space. */
  private static String page(PDDocument doc, int n) throws Exception {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(n);
    s.setEndPage(n);
    return s.getText(doc).replaceAll("\\s+", "");
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      // without the page numbers (— 1 —) that stand between a page's last line and the next's
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
    }
  }
}
