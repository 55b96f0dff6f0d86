package io.shenbao.cli.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.shenbao.cli.CliRun;
import io.shenbao.cli.Office;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import io.shenbao.rules.engine.PlanFile;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.read.PlanBinder;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel front door: templates, plans typed in a workbook, annotated copies. */
class ExcelTest {
  static final String AS_OF = "2024-05-10";

  @TempDir Path dir;

  private Path initExcel() {
    Path ws = dir.resolve("ws");
    CliRun r =
        CliRun.of(
            "init",
            ws.toString(),
            "--city",
            "重庆市璧山区",
            "--province",
            "重庆市",
            "--type",
            "municipal-district",
            "--excel");
    assertThat(r.code()).as(r.err()).isZero();
    return ws;
  }

  static Row rowOf(Sheet s, String label) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && PlanLayout.clean(c.toString()).equals(PlanLayout.clean(label))) {
        return r;
      }
    }
    throw new AssertionError("no row " + label + " in " + s.getSheetName());
  }

  @Test
  void theTemplateHasDropdownsPromptsLocksAndFormulas() throws Exception {
    Path ws = initExcel();
    assertThat(ws.resolve("plan.xlsx")).exists();
    assertThat(ws.resolve("规上工业中小企业名单.xlsx")).exists();
    assertThat(ws.resolve("证明材料")).isDirectory();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ws.resolve("plan.xlsx")))) {
      assertThat(wb.getSheetName(0)).isEqualTo("基本信息");
      assertThat(wb.getSheetName(1)).isEqualTo("总体数据表");
      assertThat(wb.getSheetName(2)).startsWith("细分行业1");
      assertThat(wb.isSheetHidden(wb.getSheetIndex("_lists"))).isTrue();
      XSSFSheet general = wb.getSheet("基本信息");
      assertThat(general.getProtect()).isTrue();
      Row city = rowOf(general, "申报城市");
      assertThat(city.getCell(0).getCellStyle().getLocked()).isTrue();
      assertThat(city.getCell(1).getCellStyle().getLocked()).isFalse();
      assertThat(city.getCell(1).getStringCellValue()).isEqualTo("重庆市璧山区");
      assertThat(rowOf(general, "城市类型").getCell(1).getStringCellValue()).isEqualTo("直辖市所辖区县");
      XSSFSheet industry = wb.getSheetAt(2);
      List<String> lists = new ArrayList<>();
      List<String> prompts = new ArrayList<>();
      for (DataValidation v : industry.getDataValidations()) {
        if (v.getValidationConstraint().getFormula1() != null) {
          lists.add(v.getValidationConstraint().getFormula1());
        }
        prompts.add(v.getPromptBoxText());
      }
      assertThat(lists).anyMatch(f -> f.contains("_lists") && f.contains("$A$1:$A$16"));
      assertThat(prompts).anyMatch(p -> p.contains("附件2")).anyMatch(p -> p.contains("90%"));
      assertThat(rowOf(industry, "拟改造企业合计（家）").getCell(1).getCellFormula()).isEqualTo("B12+B13");
      Sheet overall = wb.getSheet("总体数据表");
      assertThat(overall.getRow(2).getCell(1).getCellFormula()).startsWith("SUM('细分行业1");
      assertThat(industry.getPaneInformation().isFreezePane()).isTrue();
      assertThat(industry.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(ws.resolve("规上工业中小企业名单.xlsx")))) {
      XSSFSheet s = wb.getSheet("名单");
      assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("统一社会信用代码");
      assertThat(s.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
      assertThat(s.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();
      assertThat(s.getDataValidations()).anyMatch(v -> "小巨人".equals(firstListValue(wb, v)));
      assertThat(s.getRepeatingRows()).isNotNull();
    }
  }

  private static String firstListValue(XSSFWorkbook wb, DataValidation v) {
    String f = v.getValidationConstraint().getFormula1();
    if (f == null || !f.contains("_lists")) {
      return null;
    }
    return wb.getSheet("_lists").getRow(0).getCell(0).getStringCellValue();
  }

  @Test
  void initWithIndustriesMakesASheetAndADropdownChoiceForEach() throws Exception {
    Path xl = dir.resolve("two");
    assertThat(
            CliRun.of(
                    "--quiet",
                    "init",
                    xl.toString(),
                    "--excel",
                    "--industry",
                    "汽车制造业—汽车零部件及配件制造",
                    "--industry",
                    "仪器仪表制造业—智能仪表")
                .code())
        .isZero();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xl.resolve("plan.xlsx")))) {
      assertThat(wb.getSheetName(2)).isEqualTo("细分行业1-汽车零部件及配件制造");
      assertThat(wb.getSheetName(3)).isEqualTo("细分行业2-智能仪表");
      assertThat(rowOf(wb.getSheetAt(3), "重点行业").getCell(1).getStringCellValue())
          .isEqualTo("仪器仪表制造业");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xl.resolve("规上工业中小企业名单.xlsx")))) {
      assertThat(wb.getSheet("_lists").getRow(1).getCell(1).getStringCellValue()).isEqualTo("智能仪表");
    }
    Path yaml = dir.resolve("two-yaml");
    assertThat(
            CliRun.of(
                    "--quiet",
                    "init",
                    yaml.toString(),
                    "--industry",
                    "汽车制造业—汽车零部件及配件制造",
                    "--industry",
                    "仪器仪表制造业—智能仪表")
                .code())
        .isZero();
    PlanBinder.Result r = PlanFile.read(yaml.resolve("plan.yaml"), "plan.yaml");
    assertThat(r.plan().industryList())
        .extracting(i -> i.subIndustry())
        .containsExactly("汽车零部件及配件制造", "智能仪表");
    assertThat(CliRun.of("init", yaml.toString()).code()).isEqualTo(2);
  }

  @Test
  void libreOfficeOpensTheTemplatesWithoutError() throws Exception {
    Path ws = initExcel();
    Office.opens(List.of(ws.resolve("plan.xlsx"), ws.resolve("规上工业中小企业名单.xlsx")), dir);
  }

  @Test
  void aWorkbookFilledAsAUserWouldIsCheckedWithCellLocations() throws Exception {
    Path ws = initExcel();
    Path plan = ws.resolve("plan.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(plan))) {
      Sheet g = wb.getSheet("基本信息");
      rowOf(g, "联系人").getCell(1).setCellValue("李明");
      rowOf(g, "联系电话").getCell(1).setCellValue("023-41412345");
      rowOf(g, "中央财政资金总额（万元）").getCell(1).setCellValue("１０，０００");
      Sheet s = wb.getSheetAt(2);
      rowOf(s, "重点行业").getCell(1).setCellValue("汽车制造业");
      rowOf(s, "细分行业").getCell(1).setCellValue("汽车零部件及配件制造");
      rowOf(s, "拟试点区县（多个用、分隔）").getCell(1).setCellValue("璧山区");
      rowOf(s, "试点行业2023年工业总产值（亿元）").getCell(1).setCellValue(12.5);
      rowOf(s, "试点行业规上工业中小企业总数（截至2023年年底）（家）").getCell(1).setCellValue("１８２");
      rowOf(s, "试点行业专精特新“小巨人”企业数量（截至2023年年底）（家）").getCell(1).setCellValue("6");
      rowOf(s, "拟改造规上工业中小企业数量（家）").getCell(1).setCellValue(170);
      rowOf(s, "拟改造规下工业中小企业数量（家）").getCell(1).setCellValue(80);
      rowOf(s, "规上工业中小企业达到数字化二级及以上数量（家）").getCell(1).setCellValue(150);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(plan)) {
        wb.write(out);
      }
    }
    CliRun r = CliRun.of("validate", ws.toString(), "--as-of", AS_OF, "--format", "json");
    assertThat(r.code()).isEqualTo(1);
    String sheet =
        PlanWorkbook.sheetName(0, new Industry(null, null, null, null, null, null, null, null));
    var json = new ObjectMapper().readTree(r.out());
    List<String> found = new ArrayList<>();
    for (var f : json.get("findings")) {
      var l = f.get("location");
      found.add(
          f.get("rule").asText()
              + "@"
              + (l == null ? "-" : l.get("sheet").asText() + "!" + l.get("cell").asText()));
    }
    assertThat(found)
        .contains("METRIC-LEVEL2-RATIO@" + sheet + "!B17")
        .contains("METRIC-REQUIRED@" + sheet + "!B9")
        .noneMatch(
            x ->
                x.startsWith("INPUT-TYPE")
                    || x.startsWith("METRIC-TOTAL")
                    || x.startsWith("FUNDING-SUM@基本信息!B10"));
    CliRun text = CliRun.of("validate", ws.toString(), "--as-of", AS_OF);
    assertThat(text.out()).contains(sheet + "!B17");
  }

  @Test
  void yamlToXlsxToYamlLosesNothingAndFindsTheSame() throws Exception {
    Path src = Path.of("../examples/bishan/plan.yaml");
    Path xlsx = dir.resolve("plan.xlsx");
    Path back = dir.resolve("back.yaml");
    Path xlsx2 = dir.resolve("plan2.xlsx");
    Path back2 = dir.resolve("back2.yaml");
    assertThat(CliRun.of("--quiet", "convert", src.toString(), xlsx.toString()).code()).isZero();
    assertThat(CliRun.of("--quiet", "convert", xlsx.toString(), back.toString()).code()).isZero();
    assertThat(CliRun.of("--quiet", "convert", back.toString(), xlsx2.toString()).code()).isZero();
    assertThat(CliRun.of("--quiet", "convert", xlsx2.toString(), back2.toString()).code()).isZero();
    assertThat(Files.readString(back2)).isEqualTo(Files.readString(back));
    Plan a = PlanFile.read(src, "a").plan();
    Plan b = PlanFile.read(back, "b").plan();
    assertThat(PlanYaml.write(b)).isEqualTo(PlanYaml.write(trimmed(a)));
    Path wsYaml = dir.resolve("ws-yaml");
    Path wsXlsx = dir.resolve("ws-xlsx");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/mistakes/level2-ratio"), wsYaml);
    TamperAndRefuseTestAccess.copyTree(wsYaml, wsXlsx);
    Files.delete(wsXlsx.resolve("plan.yaml"));
    assertThat(
            CliRun.of(
                    "--quiet",
                    "convert",
                    wsYaml.resolve("plan.yaml").toString(),
                    wsXlsx.resolve("plan.xlsx").toString())
                .code())
        .isZero();
    CliRun fromYaml = CliRun.of("--lang", "en", "validate", wsYaml.toString(), "--as-of", AS_OF);
    CliRun fromXlsx = CliRun.of("--lang", "en", "validate", wsXlsx.toString(), "--as-of", AS_OF);
    assertThat(rules(fromXlsx.out()))
        .isEqualTo(rules(fromYaml.out()))
        .containsExactly("METRIC-LEVEL2-RATIO");
  }

  @Test
  void aWorkbookOfTheEarlierTemplateWithItsOldWorkshopLabelStillReads() throws Exception {
    Path xlsx = dir.resolve("old-label.xlsx");
    Path back = dir.resolve("old-label.yaml");
    Path src = Path.of("../examples/bishan/plan.yaml");
    assertThat(CliRun.of("--quiet", "convert", src.toString(), xlsx.toString()).code()).isZero();
    int renamed = 0;
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          Cell c = row.getCell(0);
          if (c != null
              && c.getCellType() == CellType.STRING
              && c.getStringCellValue().contains("拟建设数字化车间、智能车间数量（个）")) {
            c.setCellValue("* 数字化车间、智能工厂数量（个）");
            renamed++;
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        wb.write(out);
      }
    }
    assertThat(renamed).as("two sub-industry sheets and the overall one").isEqualTo(3);
    assertThat(CliRun.of("--quiet", "convert", xlsx.toString(), back.toString()).code()).isZero();
    assertThat(PlanFile.read(back, "b").plan().industryList())
        .extracting(i -> i.targets().digitalWorkshops().intValue())
        .containsExactly(10, 6);
  }

  @Test
  void calendarYearsAndRunningTotalsSurviveTheWorkbook() throws Exception {
    Path ws = dir.resolve("calendar");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/bishan"), ws);
    Path yaml = ws.resolve("plan.yaml");
    String plan =
        Files.readString(yaml)
            .replace("{year: 1,", "{year: 2025,")
            .replace("{year: 2,", "{year: 2026,")
            .replace(
                "    goals:\n      replication: 遴选",
                "    yearly_mode: increment\n    goals:\n      replication: 遴选");
    Files.writeString(yaml, plan);
    assertThat(CliRun.of("validate", ws.toString(), "--as-of", AS_OF).code()).isZero();
    Path xlsx = dir.resolve("calendar.xlsx");
    Path back = dir.resolve("calendar-back.yaml");
    assertThat(CliRun.of("--quiet", "convert", yaml.toString(), xlsx.toString()).code()).isZero();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      StringBuilder headers = new StringBuilder();
      for (var row : wb.getSheetAt(2)) {
        for (var cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            headers.append(cell.getStringCellValue()).append('|');
          }
        }
      }
      assertThat(headers.toString()).contains("|2025年|2026年|", "当年新增").doesNotContain("|第1年|");
    }
    assertThat(CliRun.of("--quiet", "convert", xlsx.toString(), back.toString()).code()).isZero();
    Plan a = PlanFile.read(yaml, "a").plan();
    Plan b = PlanFile.read(back, "b").plan();
    assertThat(b.industryList().get(0).yearlyList())
        .extracting(Industry.YearTarget::year)
        .containsExactly(2025, 2026);
    assertThat(b.industryList().get(0).yearlyMode()).isEqualTo("increment");
    assertThat(PlanYaml.write(b)).isEqualTo(PlanYaml.write(trimmed(a)));
  }

  private static Plan trimmed(Plan p) {
    Plan.Sections s = p.sections();
    return new Plan(
        p.format(),
        p.policy(),
        p.city(),
        p.contact(),
        p.submission(),
        p.industries(),
        p.funding(),
        new Plan.Sections(
            s.foundation().strip(),
            s.workTargets().strip(),
            s.implementation().strip(),
            s.funding().strip(),
            s.safeguards().strip()),
        p.narrativePdf(),
        p.roster(),
        p.attachments(),
        p.recommendationLetter(),
        p.approvedOn());
  }

  private static List<String> rules(String report) {
    List<String> out = new ArrayList<>();
    for (String line : (Iterable<String>) report.lines()::iterator) {
      for (String part : line.trim().split("\\s+", -1)) {
        if (part.matches("[A-Z]+(-[A-Z0-9]+)+")) {
          out.add(part);
        }
      }
    }
    return out;
  }

  @Test
  void annotatedCopiesMarkEveryBadCellAndLeaveTheOriginalAlone() throws Exception {
    Path ws = dir.resolve("codes");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/mistakes/bad-credit-codes"), ws);
    Path roster = ws.resolve("规上工业中小企业名单.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(roster))) {
      var s = wb.getSheet("名单");
      var d = s.createDrawingPatriarch();
      var anchor = wb.getCreationHelper().createClientAnchor();
      var c = d.createCellComment(anchor);
      c.setString(wb.getCreationHelper().createRichTextString("原有批注"));
      s.getRow(6).getCell(2).setCellComment(c);
      try (OutputStream out = Files.newOutputStream(roster)) {
        wb.write(out);
      }
    }
    String before = sha(roster);
    Path out = dir.resolve("annotated");
    CliRun r =
        CliRun.of(
            "validate",
            ws.toString(),
            "--as-of",
            AS_OF,
            "--annotate",
            out.toString(),
            "--errors-only");
    assertThat(r.code()).isEqualTo(1);
    assertThat(sha(roster)).isEqualTo(before);
    Path copy = out.resolve(Annotator.safe(ws.toString() + "/规上工业中小企业名单.xlsx"));
    assertThat(copy).exists();
    try (Workbook wb = WorkbookFactory.create(copy.toFile())) {
      assertThat(wb.getSheetName(0)).isEqualTo("检查结果");
      Sheet summary = wb.getSheetAt(0);
      assertThat(summary.getLastRowNum()).isEqualTo(4);
      assertThat(summary.getRow(1).getCell(2).getStringCellValue()).isEqualTo("ROSTER-CREDIT-CODE");
      assertThat(summary.getRow(1).getCell(3).getHyperlink().getAddress()).isEqualTo("'名单'!C7");
      Sheet s = wb.getSheet("名单");
      Cell bad = s.getRow(6).getCell(2);
      assertThat(bad.getCellStyle().getFillForegroundColor()).isEqualTo(Annotator.ERROR_FILL);
      assertThat(bad.getCellComment().getString().getString())
          .startsWith("原有批注")
          .contains("[ROSTER-CREDIT-CODE]", "校验位错误");
      Cell good = s.getRow(5).getCell(2);
      assertThat(good.getCellStyle().getFillForegroundColor()).isNotEqualTo(Annotator.ERROR_FILL);
      int errorCol = s.getRow(1).getLastCellNum() - 1;
      assertThat(s.getRow(1).getCell(errorCol).getStringCellValue()).isEqualTo("错误信息");
      assertThat(s.getRow(6).getCell(errorCol).getStringCellValue()).contains("ROSTER-CREDIT-CODE");
      assertThat(s.getRow(5).getCell(errorCol)).isNull();
    }
    Path rows = copy.resolveSibling("规上工业中小企业名单-错误行.xlsx");
    try (Workbook wb = WorkbookFactory.create(rows.toFile())) {
      assertThat(wb.getSheet("名单").getLastRowNum()).isEqualTo(4);
      assertThat(wb.getSheet("名单").getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7);
    }
  }

  @Test
  void anXlsRosterIsAnnotatedAsXlsAndManyBadCellsShareStyles() throws Exception {
    Path ws = dir.resolve("xls");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/bishan"), ws);
    Files.delete(ws.resolve("规上工业中小企业名单.xlsx"));
    Files.writeString(
        ws.resolve("plan.yaml"),
        Files.readString(ws.resolve("plan.yaml"))
            .replace("roster: 规上工业中小企业名单.xlsx", "roster: 名单.xls"));
    int rows = 3000;
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Sheet s = wb.createSheet("名单");
      Row h = s.createRow(0);
      String[] head = {"企业名称", "统一社会信用代码", "2023年度主营业务收入（万元）", "企业类型", "细分行业"};
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      for (int i = 1; i <= rows; i++) {
        Row r = s.createRow(i);
        r.createCell(0).setCellValue("重庆测试" + i + "有限公司");
        r.createCell(1).setCellValue("91500227BAD" + i);
        r.createCell(2).setCellValue(100);
        r.createCell(3).setCellValue("否");
        r.createCell(4).setCellValue("汽车零部件及配件制造");
      }
      try (OutputStream out = Files.newOutputStream(ws.resolve("名单.xls"))) {
        wb.write(out);
      }
    }
    Path out = dir.resolve("annotated-xls");
    CliRun r =
        CliRun.of(
            "--quiet", "validate", ws.toString(), "--as-of", AS_OF, "--annotate", out.toString());
    assertThat(r.code()).isEqualTo(1);
    Path copy = out.resolve(Annotator.safe(ws.toString() + "/名单.xls"));
    try (InputStream in = Files.newInputStream(copy);
        HSSFWorkbook wb = new HSSFWorkbook(in)) {
      Sheet s = wb.getSheet("名单");
      assertThat(s.getRow(5).getCell(1).getCellStyle().getFillForegroundColor())
          .isEqualTo(Annotator.ERROR_FILL);
      assertThat(s.getRow(5).getCell(2).getCellStyle().getFillForegroundColor())
          .as("revenue below the line: a warning")
          .isEqualTo(Annotator.WARNING_FILL);
      assertThat(wb.getNumCellStyles()).isLessThan(60);
    }
  }

  private static String sha(Path p) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
