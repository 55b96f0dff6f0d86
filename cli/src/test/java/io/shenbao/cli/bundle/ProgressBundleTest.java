package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first-batch city's progress workspace (examples/sichuan/chengdu) bundled: 工作进展情况.pdf with its
 * four sections and the table of target, achieved, share and pace, its print copies, the approved
 * plan and the report beside it so that the package can be checked again.
 */
class ProgressBundleTest {
  @TempDir static Path dir;
  static Path bag;
  static CliRun built;

  @BeforeAll
  static void build() {
    bag = dir.resolve("chengdu-bundle");
    built = BundleTest.bundle(Path.of("../examples/sichuan/chengdu"), bag);
    assertThat(built.code()).as(built.out() + built.err()).isZero();
  }

  @Test
  void thePackageHoldsTheReportNotTheApprovedPlansDocuments() {
    assertThat(built.out())
        .contains(
            "data/工作进展情况.pdf",
            "data/打印/工作进展情况-打印版.pdf",
            "data/打印/报送清单.pdf",
            "data/plan.yaml",
            "data/progress.yaml",
            "data/规上工业中小企业名单.xlsx",
            "打印 2 份")
        .doesNotContain("实施方案.pdf");
    assertThat(bag.resolve("data/实施方案.pdf")).doesNotExist();
  }

  @Test
  void theReportHasItsSectionsAndSaysWhichIndicatorsLag() throws Exception {
    String text = text(bag.resolve("data/工作进展情况.pdf"));
    assertThat(text)
        .contains(
            "四川省成都市中小企业数字化转型城市试点工作进展情况",
            "实施方案批复日期：2023年12月29日",
            "数据截至：2024年4月30日",
            "一、总体进展",
            "二、分行业指标完成情况",
            "三、资金使用",
            "四、存在问题和下一步",
            "已过16.8%（时间进度）",
            // 1 of 10 digital workshops: 10% against 16.8% of the period
            "建设数字化车间、智能车间数量（个）10110%滞后",
            "改造规上工业中小企业数量（家）1704023.5%正常",
            "已到位5000万元（到位率50%），已支出2800万元（支出率56%",
            "中小企业数字化改造补助中小企业数字化改造240085.7%",
            "合计2800100%",
            "部分中小企业投入意愿不足");
  }

  @Test
  void theReportIsPdfA2bAndItsPrintFileHasTwoNumberedCopies() throws Exception {
    assertThat(PdfA.failures(bag.resolve("data/工作进展情况.pdf"))).isEmpty();
    String print = text(bag.resolve("data/打印/工作进展情况-打印版.pdf"));
    assertThat(print).contains("000001", "000002").doesNotContain("000003");
    assertThat(PrintedPages.check(bag.resolve("data/工作进展情况.pdf")).failures()).isEmpty();
    assertThat(text(bag.resolve("data/打印/报送清单.pdf")))
        .contains("工作进展情况纸质版", "2024年5月31日前", "财政部、工业和信息化部");
  }

  @Test
  void thePackageVerifiesAndChecksAgainAsAProgressWorkspace() {
    CliRun v = CliRun.of("verify", bag.toString());
    assertThat(v.code()).as(v.out() + v.err()).isZero();
    CliRun again =
        CliRun.of(
            "validate",
            bag.resolve("data").toString(),
            "--as-of",
            BundleTest.AS_OF,
            "--format",
            "json");
    assertThat(again.code()).as(again.out()).isZero();
    assertThat(again.out()).contains("PROGRESS-LAG").doesNotContain("\"error\"");
  }

  private static String text(Path pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }
}
