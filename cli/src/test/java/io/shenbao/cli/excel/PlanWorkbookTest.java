package io.shenbao.cli.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.shenbao.cli.CliRun;
import io.shenbao.cli.Office;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.read.PolicyLoader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation.ErrorStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan.xlsx as people fill it: every finding at its cell in every format, one finding per mistake,
 * numbers typed with their units, and computed cells that work whoever saved the file.
 */
class PlanWorkbookTest {
  static final String AS_OF = "2024-05-10";
  static final String SPECIALIZED = "试点行业专精特新中小企业数量（截至2023年年底）（家）";

  @TempDir Path dir;

  /** The example city as a workspace whose plan is plan.xlsx, typed in from its plan.yaml. */
  private Path excelWorkspace(String name) throws Exception {
    Path ws = dir.resolve(name);
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/bishan"), ws);
    Path yaml = ws.resolve("plan.yaml");
    CliRun c = CliRun.of("--quiet", "convert", yaml.toString(), ws.resolve("plan.xlsx").toString());
    assertThat(c.code()).as(c.err()).isZero();
    Files.delete(yaml);
    return ws;
  }

  private static JsonNode json(Path ws) throws Exception {
    return Found.json(ws, AS_OF);
  }

  /** Each finding as "rule sheet!cell message", sorted. */
  private static List<String> findings(Path ws) throws Exception {
    return Found.findings(
        ws,
        AS_OF,
        f -> f.get("rule").asText() + " " + Found.cell(f) + " " + f.get("message").asText());
  }

  @Test
  void numbersTypedWithTheirUnitsAreTheNumbersTheySay() throws Exception {
    Path ws = excelWorkspace("units");
    try (Typist t = Typist.open(ws.resolve("plan.xlsx"))) {
      t.type(t.sheet(0), "中央财政资金总额（万元）", 1, "1亿元");
      t.type(t.sheet(2), "试点行业2023年工业总产值（亿元）", 1, "356.2亿元");
      t.type(t.sheet(2), "试点行业规上工业中小企业总数（截至2023年年底）（家）", 1, "182家");
      t.type(t.sheet(2), SPECIALIZED, 1, "４１家");
      t.type(t.sheet(3), "试点行业2023年工业总产值（亿元）", 1, "2,185,000万元");
      t.type(t.sheet(3), "拟改造规上工业中小企业数量（家）", 2, "60家");
      int items = Typist.row(t.sheet(0), PlanLayout.FORM.itemsLabel()).getRowNum();
      t.type(t.sheet(0), items + 1, 2, "8,200万元");
      t.type(t.sheet(0), items + 2, 2, "0.1亿元");
      t.type(t.sheet(0), items + 3, 2, "800万"); // 万 for 万元, as people write money
    }
    assertThat(findings(ws)).isEmpty();
  }

  /**
   * Excel, WPS and LibreOffice apply a cell's validation as it is typed: a STOP box on a number
   * cell refuses {@code 1亿} or {@code 182家}, which the check reads (the test above). Number cells
   * only inform and say that a unit may stay; dropdowns still refuse what is not on their list.
   */
  @Test
  void numberCellsLetAUnitBeTypedAndDropdownsDoNot() throws Exception {
    Path ws = excelWorkspace("validation");
    int numbers = 0;
    int lists = 0;
    try (InputStream in = Files.newInputStream(ws.resolve("plan.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        for (var v : ((XSSFSheet) sheet).getDataValidations()) {
          int type = v.getValidationConstraint().getValidationType();
          if (type == ValidationType.INTEGER || type == ValidationType.DECIMAL) {
            numbers++;
            assertThat(v.getErrorStyle()).as(sheet.getSheetName()).isEqualTo(ErrorStyle.INFO);
            assertThat(v.getErrorBoxText()).contains("1亿", "8200万", "182家", "确定");
          } else if (type == ValidationType.LIST) {
            lists++;
            assertThat(v.getErrorStyle()).as(sheet.getSheetName()).isEqualTo(ErrorStyle.STOP);
          }
        }
      }
    }
    assertThat(numbers).isPositive();
    assertThat(lists).isPositive();
  }

  @Test
  void messagesAboutTheFirstSheetNameItsRowsAndChoicesNotYamlKeysOrCodes() throws Exception {
    Path ws = excelWorkspace("words");
    try (Typist t = Typist.open(ws.resolve("plan.xlsx"))) {
      t.type(t.sheet(0), "联系人", 1, null);
      t.type(t.sheet(0), "联系电话", 1, null);
      t.type(t.sheet(0), "证明材料（多个用；分隔）", 1, null);
      t.type(t.sheet(0), "城市类型", 1, "其他地级市");
      t.type(t.sheet(0), "报送层级", 1, "省级报两部门（国家级）");
    }
    List<String> found = findings(ws);
    assertThat(found)
        .anySatisfy(f -> assertThat(f).startsWith("CONTACT 基本信息!B8 缺少联系人及联系电话。"))
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith("SUBMIT-ATTACHMENT 基本信息!B13 ")
                    .contains("plan.xlsx：基本信息 的“证明材料”一行"))
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith("CITY-PROVINCE 基本信息!B6 ")
                    .contains("城市类型 municipal-district（直辖市所辖区县）"))
        .anySatisfy(
            f ->
                assertThat(f)
                    .startsWith("SUBMIT-RECOMMENDATION 基本信息!B10 ")
                    .contains("向财政部、工业和信息化部报送时须附推荐函", "plan.xlsx：基本信息 的“推荐函”一行"));
    assertThat(String.join("\n", found))
        .doesNotContain("contact（", "在 attachments 中", "报送层级为 national");
  }

  @Test
  void aMistakeInACellIsOneFindingAtThatCellInEveryFormat() throws Exception {
    Path ws = excelWorkspace("cell");
    Path plan = ws.resolve("plan.xlsx");
    try (Typist t = Typist.open(plan)) {
      t.type(t.sheet(2), SPECIALIZED, 1, "41人");
    }
    String sheet = Typist.sheetName(plan, 2);
    String cell = "B" + Typist.rowNumber(plan, 2, SPECIALIZED);
    assertThat(findings(ws))
        .containsExactly(
            "INPUT-TYPE "
                + sheet
                + "!"
                + cell
                + " "
                + SPECIALIZED
                + " 应为以“家”计的数字，实际为“41人”。请只填数字，或在数字后写单位“家”。");
    JsonNode location = json(ws).get("findings").get(0).get("location");
    assertThat(location.get("sheet").asText()).isEqualTo(sheet);
    assertThat(location.get("cell").asText()).isEqualTo(cell);
    assertThat(location.get("path").asText()).isEqualTo("industries[0].baseline.specialized_smes");
    assertThat(location.has("line")).isFalse();

    CliRun text = CliRun.of("validate", ws.toString(), "--as-of", AS_OF);
    assertThat(text.out()).contains(sheet + "!" + cell).doesNotContain("industries[0]");
    CliRun en = CliRun.of("--lang", "en", "validate", ws.toString(), "--as-of", AS_OF);
    assertThat(en.out()).contains(SPECIALIZED + " must be a number of 家, not \"41人\"");
    CliRun sarif = CliRun.of("validate", ws.toString(), "--as-of", AS_OF, "--format", "sarif");
    assertThat(sarif.out()).contains("plan.xlsx!" + sheet + "!" + cell);
    CliRun github = CliRun.of("validate", ws.toString(), "--as-of", AS_OF, "--format", "github");
    assertThat(github.out()).contains("::" + sheet + "!" + cell + " ");

    Path copies = dir.resolve("标注");
    CliRun annotated =
        CliRun.of("validate", ws.toString(), "--as-of", AS_OF, "--annotate", copies.toString());
    assertThat(annotated.code()).isEqualTo(1);
    try (InputStream in =
            Files.newInputStream(
                copies.resolve(Annotator.safe(ws.toString())).resolve("plan.xlsx"));
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet summary = wb.getSheet("检查结果");
      Row first = summary.getRow(1);
      assertThat(first.getCell(3).getStringCellValue()).isEqualTo(sheet + "!" + cell);
      assertThat(first.getCell(3).getHyperlink().getAddress()).isEqualTo("'" + sheet + "'!" + cell);
      // read on screen and printed: as wide as its content, messages wrapped, one page wide
      assertThat(summary.getColumnWidth(3))
          .isGreaterThanOrEqualTo(Annotator.width(sheet + "!" + cell) * 256);
      assertThat(summary.getColumnWidth(2)).isGreaterThanOrEqualTo("INPUT-TYPE".length() * 256);
      assertThat(first.getCell(4).getCellStyle().getWrapText()).isTrue();
      assertThat(summary.getFitToPage()).isTrue();
      assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(summary.getPrintSetup().getLandscape()).isTrue();
      assertThat(
              wb.getSheet(sheet)
                  .getRow(Typist.rowNumber(plan, 2, SPECIALIZED) - 1)
                  .getCell(1)
                  .getCellComment())
          .isNotNull();
    }
  }

  @Test
  void aYearsMissingFiguresAreEachAtTheirOwnCell() throws Exception {
    Path ws = excelWorkspace("yearly");
    Path plan = ws.resolve("plan.xlsx");
    List<String> expected = new ArrayList<>();
    String sheet = Typist.sheetName(plan, 3);
    try (Typist t = Typist.open(plan)) {
      for (Map.Entry<String, String> e : PlanLayout.TARGETS.entrySet()) {
        if (e.getValue().equals("transform_total")) {
          continue; // computed: never the user's mistake
        }
        t.type(t.sheet(3), e.getKey(), 3, null);
        expected.add(
            "METRIC-YEARLY " + sheet + "!D" + (Typist.row(t.sheet(3), e.getKey()).getRowNum() + 1));
      }
    }
    List<String> found = new ArrayList<>();
    for (String f : findings(ws)) {
      found.add(f.substring(0, f.indexOf(' ', f.indexOf(' ') + 1)));
    }
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected).hasSize(14);
  }

  /** True when the sheet's validations of a kind cover a cell (0-based row and column). */
  private static boolean validated(XSSFSheet s, int row, int col, int type) {
    for (var v : s.getDataValidations()) {
      if (v.getValidationConstraint().getValidationType() != type) {
        continue;
      }
      for (var a : v.getRegions().getCellRangeAddresses()) {
        if (a.isInRange(row, col)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void theTypingAreasReachTheSheetsLastRow() throws Exception {
    Path ws = excelWorkspace("areas");
    Path roster = dir.resolve("roster-template.xlsx");
    try (var out = Files.newOutputStream(roster)) {
      RosterTemplate.write(List.of("汽车零部件及配件制造"), PolicyLoader.load(PolicyLoader.DEFAULT), out);
    }
    int last = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    try (InputStream in = Files.newInputStream(roster);
        var wb = new XSSFWorkbook(in)) {
      var s = wb.getSheet("名单");
      assertThat(s.getProtect()).isTrue();
      assertThat(s.getRow(last) == null).as("no cell: it takes its column style").isTrue();
      for (int c = 0; c < 8; c++) {
        assertThat(s.getColumnStyle(c).getLocked()).as("column %s", c).isFalse();
      }
      assertThat(s.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
      assertThat(s.getRow(1).getCell(2).getCellStyle().getLocked()).isTrue();
      var list = ValidationType.LIST;
      var decimal = ValidationType.DECIMAL;
      assertThat(validated(s, last, 4, list)).as("企业类型 dropdown on the last row").isTrue();
      assertThat(validated(s, last, 5, list)).as("细分行业 dropdown on the last row").isTrue();
      assertThat(validated(s, last, 3, decimal)).isTrue();
      assertThat(validated(s, 2, 4, list)).isTrue();
    }
    Path plan = ws.resolve("plan.xlsx");
    int far = 2000;
    try (InputStream in = Files.newInputStream(plan);
        var wb = new XSSFWorkbook(in)) {
      var s = wb.getSheet(PlanLayout.FORM.generalSheet());
      for (int c = 0; c < 3; c++) {
        assertThat(s.getColumnStyle(c).getLocked()).isFalse();
      }
      var list = ValidationType.LIST;
      assertThat(validated(s, last, 1, list)).as("用途类别 dropdown on the last row").isTrue();
    }
    // a funding item typed far below the others, after blank rows, is read
    try (Typist t = Typist.open(plan)) {
      int items = Typist.row(t.sheet(0), PlanLayout.FORM.itemsLabel()).getRowNum();
      t.type(t.sheet(0), items + 1, 2, 7200);
      t.type(t.sheet(0), far, 0, "中小企业数字化改造补助（第二批）");
      t.type(t.sheet(0), far, 1, "中小企业数字化改造");
      t.type(t.sheet(0), far, 2, 1000);
    }
    assertThat(findings(ws)).isEmpty();
  }

  @Test
  void computedCellsWorkWhoeverSavedTheWorkbook() throws Exception {
    Path ws = excelWorkspace("computed");
    Path plan = ws.resolve("plan.xlsx");
    try (Typist t = Typist.open(plan)) {
      // mistakes in the inputs of 合计, none in 合计 itself: it is a formula
      t.type(t.sheet(2), "拟改造规上工业中小企业数量（家）", 2, 100);
      t.type(t.sheet(3), SPECIALIZED, 1, "二十二");
    }
    List<String> withoutResults = findings(ws);
    assertThat(withoutResults)
        .isNotEmpty()
        .noneMatch(f -> f.startsWith("METRIC-TOTAL"))
        .noneMatch(f -> f.contains("!B14 ") || f.contains("!C14 ") || f.contains("!D14 "));

    // the same workbook with formula results, as Excel saves it
    try (InputStream in = Files.newInputStream(plan);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (var out = Files.newOutputStream(plan)) {
        wb.write(out);
      }
    }
    assertThat(findings(ws)).isEqualTo(withoutResults);

    // and after LibreOffice opened and saved it
    Typist.withoutCachedResults(plan);
    Office.resave(plan, dir);
    assertThat(findings(ws)).isEqualTo(withoutResults);
  }
}
