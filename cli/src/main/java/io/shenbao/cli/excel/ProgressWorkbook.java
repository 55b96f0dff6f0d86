package io.shenbao.cli.excel;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.layout.Form;
import io.shenbao.rules.layout.ProgressLayout;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * progress.xlsx, a first-batch city's 工作进展情况 to fill in Excel or WPS instead of progress.yaml: a
 * 进展情况 sheet (数据截至日期, funds received, the narrative, the spent items by category) and one sheet per
 * sub-industry of the approved plan, each target indicator's approved target shown (locked) beside
 * the cell for its achieved value, 合计 computed. Written as plan.xlsx is ({@link PlanWorkbook}):
 * labels and headers locked, inputs with prompts and number constraints, dropdowns from a hidden
 * list sheet, the rule set's words.
 */
public final class ProgressWorkbook {
  /** The file's name in a progress workspace. */
  public static final String FILE = "progress.xlsx";

  private ProgressWorkbook() {}

  /** Writes the blank workbook for the approved {@code plan}, in its rule set's words. */
  public static void write(Plan plan, Policy policy, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheets st = new Sheets(wb);
      CellStyle date = wb.createCellStyle();
      date.cloneStyleFrom(st.input);
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      XSSFSheet general = wb.createSheet(ProgressLayout.FORM.generalSheet());
      List<Industry> inds =
          plan.industryList().isEmpty()
              ? List.of(new Industry(null, null, null, null, null, null, null, null))
              : plan.industryList();
      List<XSSFSheet> sheets = new ArrayList<>();
      for (int i = 0; i < inds.size(); i++) {
        sheets.add(wb.createSheet(PlanWorkbook.sheetName(i, inds.get(i))));
      }
      XSSFSheet lists = wb.createSheet(Form.LISTS_SHEET);
      String categories =
          Sheets.listColumn(lists, 0, new ArrayList<>(PlanWorkbook.categories(policy).keySet()));
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      generalSheet(general, plan, policy, st, date, categories);
      for (int i = 0; i < inds.size(); i++) {
        industrySheet(sheets.get(i), inds.get(i), i, policy, st);
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.setActiveSheet(0);
      wb.write(out);
    }
  }

  private static void generalSheet(
      XSSFSheet s, Plan plan, Policy policy, Sheets st, CellStyle date, String categories) {
    Sheets.cell(s, 0, 0, ProgressLayout.FORM.generalMark(), st.title);
    String city = plan.city() == null || plan.city().name() == null ? "" : plan.city().name();
    Sheets.cell(
        s,
        1,
        0,
        "带 * 的为必填项。请在 B 列填写；C 列为填写说明。对照两部门批复的实施方案报送（"
            + policy.notice()
            + "）："
            + city
            + (plan.approvedOn() == null ? "" : "，批复日期 " + plan.approvedOn())
            + "。",
        st.note);
    s.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
    Sheets.row(s, 1).setHeightInPoints(30);
    BigDecimal total = plan.funding() == null ? null : plan.funding().centralTotal();
    int r = 2;
    for (Map.Entry<String, String> e : ProgressLayout.GENERAL.entrySet()) {
      String path = e.getValue();
      boolean required = !path.equals("format");
      Sheets.cell(s, r, 0, (required ? "* " : "") + e.getKey(), st.label);
      CellRangeAddressList at = new CellRangeAddressList(r, r, 1, 1);
      switch (path) {
        case "format" -> {
          Sheets.value(s, r, 1, 1, st.input);
          Sheets.cell(s, r, 2, "固定为 1。", st.note);
        }
        case "as_of" -> {
          Sheets.value(s, r, 1, null, date);
          Sheets.cell(s, r, 2, "各项完成数和资金截至的日期，如 2024-04-30；不早于批复日期。", st.note);
          Sheets.prompt(s, at, e.getKey(), Sheets.words("workbook.as-of"));
        }
        case "funds.received" -> {
          Sheets.value(s, r, 1, null, st.input);
          String hint =
              "已到位的中央财政资金；尚未到位的填 0。"
                  + (total == null ? "" : "批复的中央财政资金总额 " + CellText.plain(total) + " 万元。");
          Sheets.cell(s, r, 2, hint, st.note);
          Sheets.decimal(s, at, "已到位资金（万元）", hint);
        }
        default -> {
          Sheets.value(s, r, 1, null, st.input);
          Sheets.prompt(s, at, e.getKey(), Sheets.words("workbook.paragraphs"));
          Sheets.row(s, r).setHeightInPoints(90);
        }
      }
      r++;
    }
    r++;
    st.items(
        s,
        r,
        ProgressLayout.FORM.itemsLabel(),
        List.of(),
        categories,
        Sheets.words("workbook.spent-category"),
        Sheets.words("workbook.spent-sum"));
    PlanWorkbook.finish(s);
  }

  private static void industrySheet(
      XSSFSheet s, Industry ind, int index, Policy policy, Sheets st) {
    Sheets.cell(s, 0, 0, ProgressLayout.FORM.industryMark() + " " + (index + 1), st.title);
    Sheets.cell(s, 1, 0, "C 列填自批复之日起截至数据截至日期的累计完成数（没有进展的填 0）；B 列为批复的全期目标，仅供对照。“合计”自动计算。", st.note);
    s.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
    Sheets.row(s, 1).setHeightInPoints(45);
    int r = 2;
    for (Map.Entry<String, String> e : ProgressLayout.INDUSTRY.entrySet()) {
      String name = ind.subIndustry();
      Sheets.cell(s, r, 0, "* " + e.getKey(), st.label);
      // the sub-industry the sheet was made for, as the approved plan names it
      Sheets.value(s, r, 1, name, name == null || name.isBlank() ? st.input : st.computed);
      r++;
    }
    r++;
    Sheets.cell(s, r, 0, ProgressLayout.FORM.targetsHeader(), st.header);
    Sheets.cell(s, r, ProgressLayout.TARGET_COLUMN, "全期目标（批复）", st.header);
    Sheets.cell(s, r, ProgressLayout.ACHIEVED_COLUMN, "已完成（累计）", st.header);
    int headerRow = r;
    r++;
    int firstRow = r;
    int aboveRow = -1;
    Map<String, BigDecimal> targets = ind.targets() == null ? Map.of() : ind.targets().byKey();
    for (Map.Entry<String, String> e : ProgressLayout.labels(policy).entrySet()) {
      String key = e.getKey();
      Sheets.cell(s, r, 0, "* " + e.getValue(), st.label);
      Sheets.value(s, r, ProgressLayout.TARGET_COLUMN, targets.get(key), st.computed);
      if (key.equals("transform_above_scale")) {
        aboveRow = r;
      }
      if (key.equals("transform_total") && aboveRow >= 0) {
        String col = Location.columnLetters(ProgressLayout.ACHIEVED_COLUMN);
        Cell cell = Sheets.row(s, r).createCell(ProgressLayout.ACHIEVED_COLUMN);
        cell.setCellStyle(st.computed);
        cell.setCellFormula(col + (aboveRow + 1) + "+" + col + (aboveRow + 2));
      } else {
        Sheets.value(s, r, ProgressLayout.ACHIEVED_COLUMN, null, st.input);
      }
      r++;
    }
    Sheets.whole(
        s,
        new CellRangeAddressList(
            firstRow, r - 1, ProgressLayout.ACHIEVED_COLUMN, ProgressLayout.ACHIEVED_COLUMN),
        "完成数（家/个）",
        Sheets.words("workbook.achieved"));
    s.setColumnWidth(0, 46 * 256);
    s.setColumnWidth(1, 16 * 256);
    s.setColumnWidth(2, 16 * 256);
    s.createFreezePane(1, headerRow + 1);
    PlanWorkbook.finish(s);
  }
}
