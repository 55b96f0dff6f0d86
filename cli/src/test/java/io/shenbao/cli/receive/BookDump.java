package io.shenbao.cli.receive;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text, for golden files and assertions: each sheet with its filter range, frozen
 * rows and print setup (paper, orientation, fit to pages wide, rows repeated on every page), then
 * each cell as {@code A1 n 92.5 [0.0]} (a number with its format), {@code A1 s text}, or {@code A1
 * d 2024-05-16T17:30} (a date-time).
 */
final class BookDump {
  private BookDump() {}

  static String of(Path xlsx) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        XSSFSheet s = wb.getSheetAt(i);
        sb.append("== ").append(s.getSheetName());
        if (s.getCTWorksheet().isSetAutoFilter()) {
          var filter = s.getCTWorksheet().getAutoFilter();
          sb.append(" filter ").append(filter.getRef());
          if (filter.isSetSortState()) {
            sb.append(" sorted");
            for (var c : filter.getSortState().getSortConditionArray()) {
              sb.append(' ').append(c.getRef()).append(c.getDescending() ? " desc" : "");
            }
          }
        }
        if (s.getPaneInformation() != null && s.getPaneInformation().isFreezePane()) {
          sb.append(" frozen ").append(s.getPaneInformation().getHorizontalSplitPosition());
        }
        XSSFPrintSetup print = s.getPrintSetup();
        sb.append(" print ")
            .append(print.getPaperSize() == PrintSetup.A4_PAPERSIZE ? "A4" : print.getPaperSize())
            .append(print.getLandscape() ? " landscape" : " portrait");
        if (s.getFitToPage()) {
          sb.append(" fit ").append(print.getFitWidth()).append(" wide");
        }
        CellRangeAddress titles = s.getRepeatingRows();
        if (titles != null) {
          sb.append(" titles ").append(titles.formatAsString());
        }
        sb.append('\n');
        for (Row r : s) {
          for (Cell c : r) {
            sb.append(c.getAddress()).append(' ').append(cell(c)).append('\n');
          }
        }
      }
    }
    return sb.toString();
  }

  /** The cells of one sheet's rows as text, row by row (for assertions). */
  static List<List<String>> rows(Path xlsx, int sheet) throws Exception {
    List<List<String>> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Row r : wb.getSheetAt(sheet)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
          Cell x = r.getCell(c);
          cells.add(x == null ? "" : cell(x));
        }
        out.add(cells);
      }
    }
    return out;
  }

  private static String cell(Cell c) {
    if (c.getCellType() == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(c)) {
        return "d " + c.getLocalDateTimeCellValue();
      }
      double v = c.getNumericCellValue();
      String n =
          v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
      return "n " + n + " [" + c.getCellStyle().getDataFormatString() + "]";
    }
    return "s " + c.getStringCellValue();
  }
}
