package io.shenbao.cli.receive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the receiving office's workbooks have in common: a bold header row that stays in view and
 * carries the filter buttons, numbers stored as numbers (counts whole, shares with one decimal),
 * times as real date-times in Beijing time, and fixed document dates so that the same input gives
 * the same file.
 */
final class Books {
  private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  /** The cell styles, made once per workbook. */
  static final class Styles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle count;
    final CellStyle decimal;
    final CellStyle money;
    final CellStyle date;
    final CellStyle time;

    Styles(Workbook wb) {
      header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setWrapText(true);
      text = wb.createCellStyle();
      text.setWrapText(true);
      count = wb.createCellStyle();
      count.setDataFormat(wb.createDataFormat().getFormat("0"));
      decimal = wb.createCellStyle();
      decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
      money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
      date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      time = wb.createCellStyle();
      time.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
    }
  }

  private Books() {}

  /** Writes the header row (row 1). */
  static void header(Sheet s, Styles st, List<String> names) {
    Row r = s.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      Cell c = r.createCell(i);
      c.setCellStyle(st.header);
      c.setCellValue(names.get(i));
    }
  }

  /** A text cell; nothing for null. */
  static void text(Row r, int col, String v, Styles st) {
    if (v != null) {
      Cell c = r.createCell(col);
      c.setCellStyle(st.text);
      c.setCellValue(v);
    }
  }

  /** A number cell in {@code style}; nothing for null. */
  static void number(Row r, int col, Number v, CellStyle style) {
    if (v != null) {
      Cell c = r.createCell(col);
      c.setCellStyle(style);
      c.setCellValue(v instanceof BigDecimal b ? b.doubleValue() : v.doubleValue());
    }
  }

  /** A date-time cell, as Beijing's clock shows the instant; nothing for null. */
  static void time(Row r, int col, OffsetDateTime v, Styles st) {
    if (v != null) {
      Cell c = r.createCell(col);
      c.setCellStyle(st.time);
      c.setCellValue(v.atZoneSameInstant(BEIJING).toLocalDateTime());
    }
  }

  /** A date cell from {@code YYYY-MM-DD}; the text as it is when it is not one. */
  static void date(Row r, int col, String v, Styles st) {
    if (v == null) {
      return;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      text(r, col, v, st);
      return;
    }
    Cell c = r.createCell(col);
    c.setCellValue(d);
    c.setCellStyle(st.date);
  }

  /**
   * Freezes the header row, puts the filter buttons on it over {@code rows} data rows, and sets the
   * columns' widths (in characters); printed on landscape A4 with the header on every page and,
   * when {@code fitWidth}, every column on one page's width.
   */
  static void finish(Sheet s, int[] widths, int rows, boolean fitWidth) {
    s.createFreezePane(0, 1);
    s.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, widths.length - 1));
    for (int i = 0; i < widths.length; i++) {
      s.setColumnWidth(i, Math.min(255, widths[i]) * 256);
    }
    s.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    PrintSetup print = s.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    if (fitWidth) {
      s.setFitToPage(true);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
    }
  }

  /** The workbook's bytes, dated {@code when} (so that the same content gives the same file). */
  static byte[] bytes(XSSFWorkbook wb, OffsetDateTime when) throws IOException {
    LocalDateTime t = when.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    cal.clear();
    cal.set(
        t.getYear(),
        t.getMonthValue() - 1,
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond());
    var core = wb.getProperties().getCoreProperties();
    core.setCreated(Optional.of(cal.getTime()));
    core.setModified(Optional.of(cal.getTime()));
    core.setCreator("shenbao");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
