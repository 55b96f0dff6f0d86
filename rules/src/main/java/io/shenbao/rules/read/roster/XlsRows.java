package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads the roster sheet of an old .xls (at most 65,536 rows, so in memory) with POI HSSF. */
final class XlsRows {
  private XlsRows() {}

  static String read(Path file, SheetChoice choice, RowSink sink) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
      List<String> names = new ArrayList<>();
      List<Boolean> visible = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        names.add(wb.getSheetName(i));
        visible.add(!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i));
      }
      int index = choice.choose(names, visible);
      if (index < 0) {
        return null;
      }
      Sheet sheet = wb.getSheetAt(index);
      sink.start(sheet.getSheetName());
      for (Row row : sheet) {
        List<RawCell> cells = new ArrayList<>();
        for (Cell c : row) {
          RawCell rc = cell(c);
          if (rc != null) {
            cells.add(rc);
          }
        }
        if (!sink.row(row.getRowNum() + 1, cells)) {
          break;
        }
      }
      return sheet.getSheetName();
    }
  }

  private static RawCell cell(Cell c) {
    CellType t = c.getCellType();
    if (t == CellType.FORMULA) {
      t = c.getCachedFormulaResultType();
    }
    int col = c.getColumnIndex();
    return switch (t) {
      case NUMERIC ->
          new RawCell(
              col,
              new BigDecimal(Double.toString(c.getNumericCellValue())).toPlainString(),
              true,
              false);
      case STRING -> {
        String s = c.getRichStringCellValue().getString();
        yield s == null || s.isEmpty() ? null : new RawCell(col, s, false, false);
      }
      case BOOLEAN -> new RawCell(col, c.getBooleanCellValue() ? "TRUE" : "FALSE", false, false);
      case ERROR -> new RawCell(col, "#ERROR", false, true);
      default -> null;
    };
  }
}
