package io.shenbao.cli.bundle;

import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.text.CellText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two workbooks of the bundle: 实施方案主要数据表.xlsx (overall sheet plus one per sub-industry, with
 * yearly targets) and 规上工业中小企业名单.xlsx (the roster as read, in the contract's columns, codes as
 * text). Byte-identical for the same inputs and date.
 */
final class Workbooks {
  private Workbooks() {}

  static byte[] dataTable(WorkspaceContents ws, LocalDateTime time) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      List<Industry> inds = ws.plan().industryList();
      writeTable(
          wb.createSheet("总体数据表"), DataTable.overall(inds, ws.policy()), st, "实施方案主要数据表（总体数据表）");
      int years = ws.policy().implementationYears().value();
      List<String> used = new ArrayList<>();
      for (Industry ind : inds) {
        String name = sheetName(ind.subIndustry(), used);
        Sheet s = wb.createSheet(name);
        int r =
            writeTable(
                s,
                DataTable.forIndustry(ind, ws.policy()),
                st,
                "分行业数据表：" + ind.keyIndustry() + "—" + ind.subIndustry());
        r++;
        Row h = s.createRow(r++);
        List<String> header = DataTable.yearlyHeader(ind, years);
        cell(h, 0, "分年度目标", st.bold);
        for (int c = 1; c < header.size(); c++) {
          cell(h, c, header.get(c), st.bold);
        }
        for (List<String> row : DataTable.yearly(ind, years, ws.policy())) {
          Row x = s.createRow(r++);
          cell(x, 0, row.get(0), st.text);
          for (int c = 1; c < row.size(); c++) {
            number(x, c, row.get(c), st.text);
          }
        }
      }
      return finish(wb, time, ws.policy().zone());
    }
  }

  /**
   * The roster, written row by row as it goes (a streaming workbook keeps 100 rows in memory), so
   * that 20,000 enterprises cost neither the heap nor the time an in-memory workbook would.
   */
  static byte[] roster(WorkspaceContents ws, LocalDateTime time) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        SXSSFWorkbook wb = new SXSSFWorkbook(book, 100, true, false)) {
      // plain zip entries (no Zip64 fields), as XSSF writes them and java.util.zip reads them
      wb.setZip64Mode(Zip64Mode.Never);
      Styles st = new Styles(wb);
      Sheet s = wb.createSheet("名单");
      List<String> head = new ArrayList<>(List.of("序号"));
      head.addAll(ws.policy().rosterHeaders());
      Row h = s.createRow(0);
      for (int i = 0; i < head.size(); i++) {
        cell(h, i, head.get(i), st.bold);
      }
      int r = 1;
      for (RosterRow row : ws.rows()) {
        Row x = s.createRow(r);
        x.createCell(0).setCellValue(r);
        cell(x, 1, row.name(), st.text);
        cell(x, 2, row.code(), st.code);
        if (row.revenue() != null) {
          x.createCell(3).setCellValue(row.revenue().doubleValue());
        }
        cell(x, 4, PlanPdf.tier(row.tier()), st.text);
        cell(
            x,
            5,
            row.subIndustry() != null
                ? row.subIndustry()
                : ws.plan().industryList().get(0).subIndustry(),
            st.text);
        if (row.staff() != null) {
          x.createCell(6).setCellValue(row.staff().doubleValue());
        }
        cell(x, 7, row.district(), st.text);
        r++;
      }
      s.createFreezePane(0, 1);
      s.setColumnWidth(1, 40 * 256);
      s.setColumnWidth(2, 22 * 256);
      s.setColumnWidth(3, 18 * 256);
      return finish(book, wb, time, ws.policy().zone());
    }
  }

  private static int writeTable(Sheet s, List<DataTable.Line> lines, Styles st, String title) {
    cell(s.createRow(0), 0, title, st.bold);
    int r = 1;
    for (DataTable.Line l : lines) {
      Row row = s.createRow(r++);
      cell(row, 0, l.label(), l.group() ? st.bold : st.text);
      if (!l.group()) {
        number(row, 1, l.value(), st.text);
      }
    }
    s.setColumnWidth(0, 60 * 256);
    s.setColumnWidth(1, 40 * 256);
    return r;
  }

  private static void cell(Row row, int c, String v, CellStyle style) {
    var cell = row.createCell(c);
    cell.setCellStyle(style);
    if (v != null) {
      cell.setCellValue(v);
    }
  }

  /** Writes figures as numbers, anything else as text. */
  private static void number(Row row, int c, String v, CellStyle style) {
    var n = CellText.number(v);
    if (n == null) {
      cell(row, c, v, style);
    } else {
      var cell = row.createCell(c);
      cell.setCellStyle(style);
      cell.setCellValue(n.doubleValue());
    }
  }

  private static String sheetName(String sub, List<String> used) {
    String base = WorkbookUtil.createSafeSheetName(sub == null ? "细分行业" : sub);
    String name = base;
    for (int i = 2; used.contains(name); i++) {
      name = base.substring(0, Math.min(base.length(), 28)) + "-" + i;
    }
    used.add(name);
    return name;
  }

  private static byte[] finish(XSSFWorkbook wb, LocalDateTime time, ZoneId zone)
      throws IOException {
    return finish(wb, wb, time, zone);
  }

  /**
   * Dates the workbook and writes it through {@code writer} (itself, or its streaming front);
   * {@code time} is the package's date on the rule set's clock ({@code zone}), as its zip entries
   * carry it.
   */
  private static byte[] finish(XSSFWorkbook wb, Workbook writer, LocalDateTime time, ZoneId zone)
      throws IOException {
    Date d = Date.from(time.atZone(zone).toInstant());
    var core = wb.getProperties().getCoreProperties();
    core.setCreated(Optional.of(d));
    core.setModified(Optional.of(d));
    core.setCreator("shenbao");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(out);
    return DeterministicZip.normalise(out.toByteArray(), time);
  }

  /** The few cell styles the workbooks use, made once. */
  private static final class Styles {
    final CellStyle text;
    final CellStyle bold;
    final CellStyle code;

    Styles(Workbook wb) {
      text = wb.createCellStyle();
      text.setWrapText(true);
      border(text);
      bold = wb.createCellStyle();
      Font f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      border(bold);
      code = wb.createCellStyle();
      code.setDataFormat(wb.createDataFormat().getFormat("@"));
      border(code);
    }

    private static void border(CellStyle s) {
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
  }
}
