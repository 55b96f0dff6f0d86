package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every batch-specific word comes from the rule set (issue 11 §4): under the test-only rule set
 * {@code 2025-test} (batch 2025, base year 2024, its own section headings, a data-table label, a
 * level's name and a deadline of its own), the templates, the findings' messages, the workbook as
 * read back and the documents of the package speak its words, and no word of the 2024 batch (its
 * year in a title, its base year 2023, its headings, its deadline) is left.
 */
class BatchWordsTest {
  static final Path RULE_SET = Path.of("../rules/src/test/resources/policy/2025-test.yaml");

  /** Words of the 2024 batch that a 2025 rule set must not leave anywhere. */
  static final List<String> OLD = List.of("2023", "2024年中小企业", "2024年重庆市", "2024年5月", "试点城市工作基础");

  @TempDir Path dir;

  /**
   * The example city under 2025-test: level national with its letter, the narrative's years those
   * of the new base year (the user's own text is not the tool's to change).
   */
  private Path city(String name) throws Exception {
    Path ws = dir.resolve(name);
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/bishan"), ws);
    Files.copy(RULE_SET, ws.resolve("2025-test.yaml"));
    Files.copy(ws.resolve("证明材料/工作基础证明.pdf"), ws.resolve("推荐函.pdf"));
    Path plan = ws.resolve("plan.yaml");
    String text =
        Files.readString(plan)
            .replaceAll("(?m)^policy: .*$", "policy: 2025-test.yaml")
            .replaceAll("(?m)^  level: .*$", "  level: national")
            .replace("2023年", "2024年");
    Files.writeString(plan, text + "recommendation_letter: 推荐函.pdf\n");
    return ws;
  }

  /** A workbook ({@code what}) that says each of {@code words} and none of the old ones. */
  private static void workbookInWords(String what, Path workbook, String... words)
      throws Exception {
    String text = texts(workbook);
    assertThat(text).as(what).contains(words);
    noOldWords(what, text);
  }

  private static void noOldWords(String what, String text) {
    for (String old : OLD) {
      assertThat(text).as("%s holds %s", what, old).doesNotContain(old);
    }
  }

  @Test
  void theTemplatesAreInTheRuleSetsWords() throws Exception {
    Path yaml = dir.resolve("yaml");
    CliRun y =
        CliRun.run(
            "--quiet",
            "--policy",
            RULE_SET,
            "init",
            yaml,
            "--city",
            "唐山市",
            "--province",
            "河北省",
            "--type",
            "prefecture");
    assertThat(y.code()).as(y.err()).isZero();
    String plan = Files.readString(yaml.resolve("plan.yaml"));
    assertThat(plan)
        .contains("# 2025年中小企业数字化转型城市试点实施方案")
        .contains("policy: 2025-test.yaml")
        .contains("# 一、工作基础", "# 四、资金安排", "# 六、附件材料")
        .contains("# 试点行业2024年度工业总产值（亿元）")
        .contains("# 试点行业规上工业中小企业总数（截至2024年年底）（家）")
        .contains("# 拟推动上云用云中小企业数量（家）")
        .contains("national 省级报两部门（测试批次）");
    noOldWords("plan.yaml", plan);
    assertThat(yaml.resolve("2025-test.yaml")).hasSameTextualContentAs(RULE_SET);
    // the rule set the plan names is the copy in the workspace
    CliRun v = CliRun.run("validate", yaml, "--as-of", "2025-06-01");
    assertThat(v.code()).as(v.err()).isEqualTo(1);
    assertThat(v.err()).isEmpty();

    Path excel = dir.resolve("excel");
    CliRun x =
        CliRun.run(
            "--quiet",
            "--policy",
            RULE_SET,
            "init",
            excel,
            "--excel",
            "--industry",
            "汽车制造业—汽车零部件及配件制造");
    assertThat(x.code()).as(x.err()).isZero();
    workbookInWords(
        "plan.xlsx",
        excel.resolve("plan.xlsx"),
        "* 一、工作基础",
        "* 五、组织保障",
        "* 试点行业2024年度工业总产值（亿元）",
        "* 拟推动上云用云中小企业数量（家）",
        "省级报两部门（测试批次）：2025年6月30日前一式2份并附推荐函。",
        "依据财办建〔2025〕99号及附件1",
        "2025-test.yaml");
    workbookInWords("the roster template", excel.resolve("规上工业中小企业名单.xlsx"), "2024年度主营业务收入（万元）");
  }

  @Test
  void aRuleSetThatLeavesItsBaseYearEmptySaysBaseYear() throws Exception {
    // 2023-batch1 does not know the first batch's base year: its templates say 基准年, never null
    for (boolean excel : List.of(false, true)) {
      Path ws = dir.resolve(excel ? "first-excel" : "first-yaml");
      List<String> args =
          new ArrayList<>(List.of("--quiet", "--policy", "2023-batch1", "init", ws.toString()));
      if (excel) {
        args.addAll(List.of("--excel", "--industry", "汽车制造业—汽车零部件及配件制造"));
      }
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
      String text =
          excel ? texts(ws.resolve("plan.xlsx")) : Files.readString(ws.resolve("plan.yaml"));
      assertThat(text).as("plan, excel %s", excel).contains("基准年").doesNotContain("null");
      assertThat(texts(ws.resolve("规上工业中小企业名单.xlsx")))
          .contains("基准年度主营业务收入（万元）")
          .doesNotContain("null");
    }
  }

  @Test
  void theFindingsAreInTheRuleSetsWords() throws Exception {
    Path ws = city("mistakes");
    Path plan = ws.resolve("plan.yaml");
    String text =
        Files.readString(plan)
            .replaceFirst("\\{year: 1,", "{year: 2024,")
            .replaceFirst("\\{year: 2,", "{year: 2025,")
            .replaceFirst("(?s)\n  funding: \\|.*?(?=\n  safeguards)", "");
    Files.writeString(plan, text);
    for (String lang : List.of("zh", "en")) {
      CliRun r =
          CliRun.run("--lang", lang, "validate", ws, "--as-of", "2025-07-01", "--format", "json");
      List<String> messages = new ArrayList<>();
      for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
        messages.add(f.get("rule").asText() + " " + f.get("message").asText());
      }
      String all = String.join("\n", messages);
      assertThat(all)
          .as(lang)
          .contains("SECTION-MISSING")
          .contains("四、资金安排")
          .contains("2025—2027")
          .contains("2025年6月30日前")
          .contains("2025-07-01 00:00:00 +08:00");
      noOldWords("the " + lang + " findings", all);
    }
  }

  @Test
  void aWorkbookInTheRuleSetsWordsReadsBackWhole() throws Exception {
    Path ws = city("excel");
    CliRun asYaml = CliRun.run("validate", ws, "--as-of", "2025-06-01");
    assertThat(asYaml.code()).as(asYaml.out()).isZero();
    Path xlsx = ws.resolve("plan.xlsx");
    convert(ws.resolve("plan.yaml"), xlsx);
    assertThat(texts(xlsx)).contains("* 拟推动上云用云中小企业数量（家）", "省级报两部门（测试批次）");
    Files.delete(ws.resolve("plan.yaml"));
    // its relabelled rows (上云用云, 工业总产值) and its level's name read as the plan.yaml said them
    CliRun asXlsx = CliRun.run("validate", ws, "--as-of", "2025-06-01");
    assertThat(asXlsx.code()).as(asXlsx.out()).isZero();
    Path back = dir.resolve("back.yaml");
    convert(xlsx, back);
    assertThat(Files.readString(back))
        .contains("output_value: 356.2", "cloud_smes: 230", "level: national");
  }

  @Test
  void theDocumentsAreInTheRuleSetsWords() throws Exception {
    Path ws = city("bundle");
    Path out = dir.resolve("package");
    CliRun r =
        CliRun.run("--quiet", "bundle", ws, "--as-of", "2025-06-01", "--out", out, "--copies", "1");
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    String plan = pdf(out.resolve("data/实施方案.pdf"));
    assertThat(plan.replaceAll("\\s", ""))
        .startsWith("2025年重庆市璧山区中小企业数字化转型试点城市实施方案")
        .contains("一、工作基础", "二、目标任务", "三、重点任务", "四、资金安排", "五、组织保障", "六、附件材料")
        .contains("试点行业2024年度工业总产值（亿元）")
        .contains("截至2024年年底")
        .contains("拟推动上云用云中小企业数量（家）")
        .contains("2024年度主营业务收入");
    noOldWords("实施方案.pdf", plan.replaceAll("\\s", ""));
    String checklist = pdf(out.resolve("data/打印/报送清单.pdf")).replaceAll("\\s", "");
    assertThat(checklist).contains("2025年6月30日前").doesNotContain("2024");
    workbookInWords(
        "实施方案主要数据表.xlsx", out.resolve("data/实施方案主要数据表.xlsx"), "截至2024年年底", "拟推动上云用云中小企业数量（家）");
    workbookInWords("规上工业中小企业名单.xlsx", out.resolve("data/规上工业中小企业名单.xlsx"), "2024年度主营业务收入（万元）");
  }

  @Test
  void thePackagesDayIsTakenInTheRuleSetsZone() throws Exception {
    Path ws = dir.resolve("zone");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/bishan"), ws);
    Files.writeString(
        ws.resolve("zone.yaml"),
        "id: test-zone\nextends: 2024-batch2-chongqing\ntime_zone: {value: \"+09:00\", clause: 测试}\n");
    Path plan = ws.resolve("plan.yaml");
    Files.writeString(
        plan, Files.readString(plan).replaceAll("(?m)^policy: .*$", "policy: zone.yaml"));
    Path out = dir.resolve("zoned");
    CliRun r =
        CliRun.run(
            "--quiet",
            "bundle",
            ws,
            "--as-of",
            "2024-05-10",
            "--date",
            "2024-05-10",
            "--out",
            out,
            "--copies",
            "1");
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    try (PDDocument doc = Loader.loadPDF(out.resolve("data/实施方案.pdf").toFile())) {
      Calendar created = doc.getDocumentInformation().getCreationDate();
      assertThat(created.toInstant()).isEqualTo(Instant.parse("2024-05-09T15:00:00Z"));
      assertThat(created.getTimeZone().getRawOffset()).isEqualTo(9 * 3600 * 1000);
    }
  }

  /** plan.yaml to plan.xlsx or back, under 2025-test. */
  private static void convert(Path from, Path to) {
    CliRun c = CliRun.run("--quiet", "--policy", RULE_SET, "convert", from, to);
    assertThat(c.code()).as(c.err()).isZero();
  }

  /** Every text of a PDF. */
  private static String pdf(Path file) throws Exception {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Every text of a workbook: its cells and its input prompts, one a line. */
  static String texts(Path file) throws Exception {
    StringBuilder out = new StringBuilder();
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      for (Sheet s : wb) {
        for (Row row : s) {
          for (Cell c : row) {
            out.append(c.toString()).append('\n');
          }
        }
        for (DataValidation v : s.getDataValidations()) {
          out.append(v.getPromptBoxTitle()).append('\n').append(v.getPromptBoxText()).append('\n');
        }
      }
    }
    return out.toString();
  }
}
