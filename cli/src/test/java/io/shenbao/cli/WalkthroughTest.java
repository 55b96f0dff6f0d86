package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.excel.Annotator;
import io.shenbao.cli.excel.Typist;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "用 Excel 填写" walkthrough, executed as written: its commands are read from the README
 * and run in a fresh folder, the workbooks are filled as a person fills them (through Apache POI,
 * saved without formula results, numbers typed with their units, the example city's 300-row
 * roster), with a few mistakes; then checked, fixed, checked again, packaged and verified.
 */
class WalkthroughTest {
  static final Path README = Path.of("../README.md");
  static final Path EXAMPLE = Path.of("../examples/bishan").toAbsolutePath().normalize();
  static final Pattern FINDING =
      Pattern.compile("^\\s+(\\S+)\\s+(错误|警告|提示)\\s+([A-Z0-9-]+)\\s+(.*)$");

  @TempDir Path dir;

  /** The commands of the walkthrough, in order, as the README gives them. */
  static List<List<String>> commands() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int from = readme.indexOf("## 用 Excel 填写");
    int to = readme.indexOf("\n## ", from + 1);
    int sub = readme.indexOf("\n### ", from + 1);
    String section = readme.substring(from, sub > 0 && sub < to ? sub : to);
    List<List<String>> out = new ArrayList<>();
    for (String line : section.split("\n")) {
      String t = line.strip();
      if (line.startsWith("    ") && t.startsWith("scripts/shenbao ")) {
        out.add(Arrays.asList(t.substring("scripts/shenbao ".length()).split("\\s+")));
      }
    }
    return out;
  }

  record Run(int code, String out, String err) {}

  /** Runs one command of the walkthrough in the folder, as scripts/shenbao runs the tool. */
  Run run(List<String> args) throws Exception {
    List<String> cmd = CliRun.javaCommand(List.of(), Main.class);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().put("LANG", "C.UTF-8");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("SOURCE_DATE_EPOCH");
    pb.environment().put("SHENBAO_COMMAND", "scripts/shenbao");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
  }

  /** "sheet!cell RULE" of every finding in a text report. */
  static Set<String> findings(String text) {
    Set<String> out = new TreeSet<>();
    for (String line : text.split("\n")) {
      Matcher m = FINDING.matcher(line);
      if (m.matches()) {
        out.add(m.group(1) + " " + m.group(3));
      }
    }
    return out;
  }

  static List<Object[]> exampleRoster() throws Exception {
    List<Object[]> rows = new ArrayList<>();
    DataFormatter f = new DataFormatter();
    try (InputStream in = Files.newInputStream(EXAMPLE.resolve("规上工业中小企业名单.xlsx"));
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet s = wb.getSheetAt(0);
      int header = -1;
      for (Row r : s) {
        String first = f.formatCellValue(r.getCell(1));
        if (header < 0) {
          if (first.contains("企业名称")) {
            header = r.getRowNum();
          }
          continue;
        }
        if (first.isBlank()) {
          continue;
        }
        Object[] row = new Object[8];
        for (int c = 0; c < 8; c++) {
          String v = f.formatCellValue(r.getCell(c));
          row[c] = c == 0 || c == 3 || c == 6 ? number(v) : (v.isBlank() ? null : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static Object number(String v) {
    return v.isBlank() ? null : Double.valueOf(v.replace(",", ""));
  }

  @Test
  void theExcelWalkthroughWorksAsWritten() throws Exception {
    List<List<String>> commands = commands();
    assertThat(commands)
        .extracting(c -> c.get(0))
        .containsExactly("init", "validate", "bundle", "verify");

    // 1. 新建工作区
    Run init = run(commands.get(0));
    assertThat(init.code()).as(init.err()).isZero();
    Path ws = dir.resolve("璧山区");
    assertThat(ws.resolve("plan.xlsx")).isRegularFile();
    assertThat(ws.resolve("规上工业中小企业名单.xlsx")).isRegularFile();
    assertThat(ws.resolve("证明材料")).isDirectory();
    assertThat(init.out()).contains("scripts/shenbao validate 璧山区");
    assertChinese(init);
    Files.copy(EXAMPLE.resolve("证明材料/工作基础证明.pdf"), ws.resolve("证明材料/工作基础证明.pdf"));

    // 2. 填写 plan.xlsx, with units, and three mistakes
    Path plan = ws.resolve("plan.xlsx");
    String level2 = "规上工业中小企业达到数字化二级及以上数量（家）";
    String specialized = "试点行业专精特新中小企业数量（截至2023年年底）（家）";
    String cloud = "拟上云用云中小企业数量（家）";
    try (Typist t = Typist.open(plan)) {
      t.plan(EXAMPLE.resolve("plan.yaml"), 0);
      t.type(t.sheet(0), "中央财政资金总额（万元）", 1, "1亿元");
      t.type(t.sheet(2), "试点行业2023年工业总产值（亿元）", 1, "356.2亿元");
      t.type(t.sheet(2), "试点行业规上工业中小企业总数（截至2023年年底）（家）", 1, "182家");
      t.type(t.sheet(3), "试点行业2023年工业总产值（亿元）", 1, "2,185,000万元");
      t.type(t.sheet(2), specialized, 1, "41人"); // a unit that is not 家
      t.type(t.sheet(2), level2, 1, 150); // below 90% of 182, and the years with it
      t.type(t.sheet(2), level2, 2, 75);
      t.type(t.sheet(2), level2, 3, 75);
      t.type(t.sheet(3), cloud, 3, null); // year 2 left empty
    }
    // 3. 填写名单: the example's 300 enterprises, one code mistyped
    List<Object[]> roster = exampleRoster();
    assertThat(roster).hasSize(300);
    String goodCode = (String) roster.get(4)[2];
    roster.get(4)[2] = goodCode.substring(0, 17) + (goodCode.endsWith("1") ? "2" : "1");
    Typist.roster(ws.resolve("规上工业中小企业名单.xlsx"), roster);

    String industry1 = Typist.sheetName(plan, 2);
    String industry2 = Typist.sheetName(plan, 3);
    // 4. 检查, with marked copies in 标注
    Run check = run(commands.get(1));
    assertThat(check.code()).as(check.out() + check.err()).isEqualTo(1);
    assertThat(findings(check.out()))
        .containsExactlyInAnyOrder(
            industry1 + "!B" + Typist.rowNumber(plan, 2, specialized) + " INPUT-TYPE",
            industry1 + "!B" + Typist.rowNumber(plan, 2, level2) + " METRIC-LEVEL2-RATIO",
            industry2 + "!D" + Typist.rowNumber(plan, 3, cloud) + " METRIC-YEARLY",
            "名单!C7 ROSTER-CREDIT-CODE");
    assertThat(check.out())
        .contains("试点行业专精特新中小企业数量（截至2023年年底）（家） 应为以“家”计的数字，实际为“41人”")
        .contains("第 2 年缺少拟上云用云中小企业数量（家）")
        .contains("规上工业中小企业达到数字化二级及以上数量（家）应不少于 164（试点行业规上工业中小企业总数（截至2023年年底）（家） 182 的 90%）")
        .doesNotContain("industries[")
        .doesNotContain("METRIC-TOTAL");
    assertChinese(check);
    Path marked = dir.resolve("标注/璧山区");
    assertThat(files(marked)).containsExactlyInAnyOrder("plan.xlsx", "规上工业中小企业名单.xlsx");
    assertThat(check.err())
        .contains("已写出标注副本：标注/璧山区/plan.xlsx")
        .contains("已写出标注副本：标注/璧山区/规上工业中小企业名单.xlsx")
        .contains("标注副本：写出 2 个，删除过时的 0 个，在文件夹 标注 中。");
    // each copy lists its file's findings, each linked to its cell, the cell marked
    Set<String> planFindings = new TreeSet<>(findings(check.out()));
    planFindings.remove("名单!C7 ROSTER-CREDIT-CODE");
    assertThat(listed(marked.resolve("plan.xlsx"))).isEqualTo(planFindings);
    assertThat(listed(marked.resolve("规上工业中小企业名单.xlsx")))
        .containsExactly("名单!C7 ROSTER-CREDIT-CODE");

    // fix the own files and check again
    try (Typist t = Typist.open(plan)) {
      t.type(t.sheet(2), specialized, 1, "41家");
      t.type(t.sheet(2), level2, 1, 165);
      t.type(t.sheet(2), level2, 2, 85);
      t.type(t.sheet(2), level2, 3, 80);
      t.type(t.sheet(3), cloud, 3, 70);
    }
    roster.get(4)[2] = goodCode;
    Typist.roster(ws.resolve("规上工业中小企业名单.xlsx"), roster);
    Run again = run(commands.get(1));
    assertThat(again.code()).as(again.out() + again.err()).isZero();
    assertThat(again.out()).contains("未发现问题");
    assertChinese(again);
    assertThat(files(marked)).isEmpty();
    assertThat(again.err()).contains("已删除过时的标注副本：标注/璧山区/plan.xlsx", "写出 0 个，删除过时的 2 个");

    // 5. 生成申报包, dated as the check is, and verify it
    Run bundle = run(commands.get(2));
    assertThat(bundle.code()).as(bundle.out() + bundle.err()).isZero();
    Path bag = dir.resolve("璧山区-申报包");
    assertThat(Files.readString(bag.resolve("bag-info.txt"))).contains("Bagging-Date: 2024-05-10");
    assertThat(bundle.out()).contains("scripts/shenbao verify 璧山区-申报包.zip");
    assertChinese(
        new Run(
            bundle.code(),
            bundle.out().replaceAll("NotoSansSC-\\w+|Noto Sans SC", "字体"),
            bundle.err().replaceAll("NotoSansSC-\\w+|Noto Sans SC", "字体")));
    assertThat(pdfText(bag.resolve("data/实施方案.pdf"), 1)).contains("2024年5月10日");
    assertThat(pdfText(bag.resolve("data/打印/报送清单.pdf"), 9)).contains("生成日期：2024年5月10日");
    try (ZipFile zip = new ZipFile(dir.resolve("璧山区-申报包.zip").toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        assertThat(e.getTimeLocal().toLocalDate())
            .as("the date an unzip shows for %s", e.getName())
            .isEqualTo(LocalDate.of(2024, 5, 10));
      }
    }
    Run verify = run(commands.get(3));
    assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("日期 2024-05-10");
    assertChinese(verify);
  }

  /** Every line a person reads of a run is Chinese (codes, paths and quoted values aside). */
  private static void assertChinese(Run r) {
    assertThat(LanguageTest.englishIn(r.out())).as("English in:%n%s", r.out()).isEmpty();
    assertThat(LanguageTest.englishIn(r.err())).as("English in:%n%s", r.err()).isEmpty();
  }

  /**
   * "where RULE" of every finding an annotated copy lists on its first sheet, after checking that
   * each links to its cell and that the cell is marked with a comment naming the rule.
   */
  private static Set<String> listed(Path copy) throws Exception {
    Set<String> out = new TreeSet<>();
    try (InputStream in = Files.newInputStream(copy);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet summary = wb.getSheetAt(0);
      assertThat(summary.getSheetName()).isEqualTo("检查结果");
      for (int r = 1; r <= summary.getLastRowNum(); r++) {
        Row row = summary.getRow(r);
        String where = row.getCell(3).getStringCellValue();
        String rule = row.getCell(2).getStringCellValue();
        out.add(where + " " + rule);
        String sheet = where.substring(0, where.indexOf('!'));
        String cell = where.substring(where.indexOf('!') + 1);
        assertThat(row.getCell(3).getHyperlink().getAddress()).isEqualTo("'" + sheet + "'!" + cell);
        CellReference ref = new CellReference(cell);
        Cell marked = wb.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
        assertThat(marked.getCellStyle().getFillForegroundColor())
            .as("%s filled", where)
            .isEqualTo(Annotator.ERROR_FILL);
        assertThat(marked.getCellComment().getString().getString()).contains("[" + rule + "]");
      }
    }
    return out;
  }

  /** The text of a PDF's first pages. */
  private static String pdfText(Path pdf, int pages) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper text = new PDFTextStripper();
      text.setEndPage(pages);
      return text.getText(doc);
    }
  }

  private static List<String> files(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
