package io.shenbao.cli.excel;

import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An empty roster workbook with the contract's columns: a locked header, the credit-code column
 * formatted as text (so Excel cannot turn codes into numbers), dropdowns for 企业类型 and 细分行业, number
 * constraints, prompts quoting 附件1, frozen header, A4 print setup with the header repeated.
 */
public final class RosterTemplate {
  private RosterTemplate() {}

  /** The template's column headers: 序号, then the rule set's roster columns. */
  static List<String> headers(Policy policy) {
    List<String> out = new ArrayList<>(List.of("序号"));
    out.addAll(policy.rosterHeaders());
    return out;
  }

  public static void write(List<String> subIndustries, Policy policy, OutputStream out)
      throws IOException {
    List<String> headers = headers(policy);
    String revenueHint =
        policy.word(policy.docs().roster(), "revenue")
            + "；规上工业企业应不低于"
            + CellText.plain(policy.rosterThresholds().value().aboveScaleRevenue())
            + "万元。";
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheets st = new Sheets(wb);
      XSSFSheet s = wb.createSheet("名单");
      XSSFSheet lists = wb.createSheet("_lists");
      String tiers = Sheets.listColumn(lists, 0, List.of("小巨人", "专精特新", "否"));
      String subs = subIndustries.isEmpty() ? null : Sheets.listColumn(lists, 1, subIndustries);
      wb.setSheetHidden(1, true);
      Sheets.cell(s, 0, 0, "试点细分行业规上工业中小企业名单（从第3行起逐行填写，不要改动表头）", st.title);
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
      for (int c = 0; c < headers.size(); c++) {
        Sheets.cell(s, 1, c, headers.get(c), st.header);
      }
      // the typing area, from row 3 to the sheet's last: each column unlocked by its own style
      // (an empty cell takes its column's; the credit codes' is text), with its checks and prompt
      for (int c = 0; c < headers.size(); c++) {
        s.setDefaultColumnStyle(c, c == 2 ? st.inputText : st.input);
      }
      int last = Sheets.LAST_ROW;
      Sheets.prompt(
          s, new CellRangeAddressList(2, last, 1, 1), "企业名称", Sheets.words("workbook.enterprise"));
      Sheets.prompt(
          s,
          new CellRangeAddressList(2, last, 2, 2),
          "统一社会信用代码",
          Sheets.words("workbook.credit-code"));
      Sheets.decimal(s, new CellRangeAddressList(2, last, 3, 3), "主营业务收入（万元）", revenueHint);
      Sheets.list(
          s, new CellRangeAddressList(2, last, 4, 4), tiers, "企业类型", Sheets.words("workbook.tier"));
      if (subs != null) {
        Sheets.list(
            s,
            new CellRangeAddressList(2, last, 5, 5),
            subs,
            "细分行业",
            Sheets.words("workbook.roster-sub-industry"));
      }
      Sheets.whole(
          s,
          new CellRangeAddressList(2, last, 6, 6),
          "从业人员（人）",
          Sheets.words("workbook.employees"));
      int[] widths = {6, 36, 22, 18, 12, 24, 10, 12};
      for (int c = 0; c < widths.length; c++) {
        s.setColumnWidth(c, widths[c] * 256);
      }
      s.createFreezePane(0, 2);
      PlanWorkbook.finish(s);
      s.lockInsertRows(false);
      s.lockDeleteRows(false);
      s.lockSort(false);
      s.lockAutoFilter(false);
      s.setAutoFilter(new CellRangeAddress(1, 1, 0, headers.size() - 1));
      wb.write(out);
    }
  }
}
