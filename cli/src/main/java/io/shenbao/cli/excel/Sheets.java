package io.shenbao.cli.excel;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.layout.Form;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Small helpers for the template workbooks: styles made once, cells, dropdowns and prompts. The
 * workbooks are Chinese documents whatever {@code --lang} says (their labels are what the reader
 * recognises, and they go to district officials and the receiving offices): their prompts and
 * checks' notes are the message bundle's {@code workbook.*} texts in Chinese ({@link #words}).
 */
final class Sheets {
  /** The bundle the workbooks' prompts and notes come from: always the Chinese one. */
  private static final Messages WORDS = Messages.of("zh");

  /**
   * The last row (0-based) of a typing area that repeats: every row a sheet has (1,048,576), so
   * that a roster or a list of funding items of any length is typed in the same way.
   */
  static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  final Workbook wb;
  final CellStyle label;
  final CellStyle header;
  final CellStyle input;
  final CellStyle inputText;
  final CellStyle note;
  final CellStyle computed;
  final CellStyle title;

  Sheets(Workbook wb) {
    this.wb = wb;
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font grey = wb.createFont();
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    title = style(true, false);
    title.setFont(big);
    label = style(true, true);
    label.setWrapText(true);
    header = style(true, true);
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    input = style(false, true);
    input.setWrapText(true);
    inputText = style(false, true);
    inputText.setDataFormat(wb.createDataFormat().getFormat("@"));
    note = style(true, false);
    note.setFont(grey);
    note.setWrapText(true);
    computed = style(true, true);
    computed.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
    computed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  private CellStyle style(boolean locked, boolean border) {
    CellStyle s = wb.createCellStyle();
    s.setLocked(locked);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    if (border) {
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }

  static Row row(Sheet s, int r) {
    Row row = s.getRow(r);
    return row == null ? s.createRow(r) : row;
  }

  static Cell cell(Sheet s, int r, int c, String text, CellStyle style) {
    Cell cell = row(s, r).createCell(c);
    cell.setCellStyle(style);
    if (text != null) {
      cell.setCellValue(text);
    }
    return cell;
  }

  /** A value cell: a number when the text is one, else text. */
  static Cell value(Sheet s, int r, int c, Object v, CellStyle style) {
    Cell cell = row(s, r).createCell(c);
    cell.setCellStyle(style);
    if (v instanceof BigDecimal n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v != null) {
      cell.setCellValue(v.toString());
    }
    return cell;
  }

  /**
   * Writes the table of items that ends a general sheet ({@link Form}), from row {@code r}: the
   * header ({@code label} | 用途类别 | 金额（万元）), then {@code items} (use, category word, amount) and
   * empty rows after them, bordered, at least 8 and 3 more than the items; below them the items go
   * on to the sheet's end: the columns are unlocked and the dropdown of {@code categories} and the
   * amount's number check cover them. Sets the sheet's column widths and freezes column A and the
   * two rows above the labels.
   */
  void items(
      Sheet s,
      int r,
      String label,
      List<Object[]> items,
      String categories,
      String categoryHint,
      String amountHint) {
    cell(s, r, 0, label, header);
    cell(s, r, 1, Form.CATEGORY_HEAD, header);
    cell(s, r, 2, Form.AMOUNT_HEAD, header);
    r++;
    int slots = Math.max(8, items.size() + 3);
    int first = r;
    for (int c = 0; c < 3; c++) {
      s.setDefaultColumnStyle(c, input);
    }
    for (int i = 0; i < slots; i++, r++) {
      Object[] item = i < items.size() ? items.get(i) : new Object[3];
      for (int c = 0; c < 3; c++) {
        value(s, r, c, item[c], input);
      }
    }
    list(
        s,
        new CellRangeAddressList(first, LAST_ROW, 1, 1),
        categories,
        Form.CATEGORY_HEAD,
        categoryHint);
    decimal(s, new CellRangeAddressList(first, LAST_ROW, 2, 2), Form.AMOUNT_HEAD, amountHint);
    s.setColumnWidth(0, 34 * 256);
    s.setColumnWidth(1, 50 * 256);
    s.setColumnWidth(2, 50 * 256);
    s.createFreezePane(1, 2);
  }

  /** A dropdown from a range of the hidden list sheet, with a prompt. */
  static void list(
      Sheet s, CellRangeAddressList where, String range, String promptTitle, String prompt) {
    DataValidationHelper h = s.getDataValidationHelper();
    DataValidation v = h.createValidation(h.createFormulaListConstraint(range), where);
    finish(v, promptTitle, prompt, DataValidation.ErrorStyle.STOP, words("workbook.choose"));
    s.addValidationData(v);
  }

  /** A whole number of at least 0, with a prompt. */
  static void whole(Sheet s, CellRangeAddressList where, String promptTitle, String prompt) {
    DataValidationHelper h = s.getDataValidationHelper();
    DataValidationConstraint c =
        h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000");
    DataValidation v = h.createValidation(c, where);
    finish(v, promptTitle, prompt, DataValidation.ErrorStyle.INFO, NUMBER_NOTE);
    s.addValidationData(v);
  }

  /** A decimal number of at least 0, with a prompt. */
  static void decimal(Sheet s, CellRangeAddressList where, String promptTitle, String prompt) {
    DataValidationHelper h = s.getDataValidationHelper();
    DataValidationConstraint c =
        h.createDecimalConstraint(
            DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
    DataValidation v = h.createValidation(c, where);
    finish(v, promptTitle, prompt, DataValidation.ErrorStyle.INFO, NUMBER_NOTE);
    s.addValidationData(v);
  }

  /** A prompt only. */
  static void prompt(Sheet s, CellRangeAddressList where, String promptTitle, String prompt) {
    DataValidationHelper h = s.getDataValidationHelper();
    DataValidationConstraint c = h.createCustomConstraint("TRUE");
    DataValidation v = h.createValidation(c, where);
    v.setShowErrorBox(false);
    v.createPromptBox(cut(promptTitle, 32), cut(prompt, 255));
    v.setShowPromptBox(true);
    s.addValidationData(v);
  }

  /**
   * What Excel, WPS and LibreOffice say when a number cell holds text ({@code workbook.number}).
   * The check reads a number typed with its unit ({@code 1亿}, {@code 8200万}, {@code 182家}) as the
   * number it says, so a number cell only informs ({@code INFO}: 确定 keeps what was typed) instead
   * of refusing it as a dropdown does; anything the check cannot read as a number is a finding at
   * its cell.
   */
  static final String NUMBER_NOTE = words("workbook.number");

  /** A prompt's or note's text: the Chinese bundle's {@code key} with its placeholders filled. */
  static String words(String key, String... args) {
    return WORDS.format(key, args);
  }

  private static void finish(
      DataValidation v, String title, String prompt, int errorStyle, String error) {
    v.setShowErrorBox(true);
    v.setErrorStyle(errorStyle);
    v.createErrorBox(
        words(errorStyle == DataValidation.ErrorStyle.STOP ? "workbook.refused" : "workbook.check"),
        error);
    v.createPromptBox(cut(title, 32), cut(prompt, 255));
    v.setShowPromptBox(true);
    v.setEmptyCellAllowed(true);
  }

  /** Excel limits a prompt's title to 32 and its text to 255 characters. */
  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  /** Writes a column of values into the hidden list sheet; returns its absolute range. */
  static String listColumn(Sheet lists, int col, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      row(lists, i).createCell(col).setCellValue(values.get(i));
    }
    String letter = Location.columnLetters(col);
    return "'"
        + lists.getSheetName()
        + "'!$"
        + letter
        + "$1:$"
        + letter
        + "$"
        + Math.max(1, values.size());
  }
}
