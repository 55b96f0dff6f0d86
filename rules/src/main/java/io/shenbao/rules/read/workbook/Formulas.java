package io.shenbao.rules.read.workbook;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Evaluates a formula a user typed into an input cell of a workbook saved without formula results
 * (openpyxl, some WPS builds, Excel with manual calculation), with Apache POI's evaluator. POI is
 * opened only when such a cell is met, once per file.
 */
final class Formulas implements AutoCloseable {
  private final Path file;
  private Workbook workbook;
  private FormulaEvaluator evaluator;
  private boolean failed;

  Formulas(Path file) {
    this.file = file;
  }

  /** The result of the formula in a cell as text, or null when it cannot be evaluated. */
  String evaluate(String sheetName, int row, int col) {
    if (failed) {
      return null;
    }
    try {
      if (workbook == null) {
        workbook = WorkbookFactory.create(file.toFile(), null, true);
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      }
      Sheet sheet = workbook.getSheet(sheetName);
      Row r = sheet == null ? null : sheet.getRow(row);
      Cell c = r == null ? null : r.getCell(col);
      if (c == null) {
        return null;
      }
      CellValue v = evaluator.evaluate(c);
      if (v == null) {
        return null;
      }
      return switch (v.getCellType()) {
        case NUMERIC -> WorkbookCells.plainNumber(Double.toString(v.getNumberValue()));
        case STRING -> v.getStringValue();
        case BOOLEAN -> v.getBooleanValue() ? "TRUE" : "FALSE";
        case ERROR -> FormulaError.forInt(v.getErrorValue()).getString();
        default -> null;
      };
    } catch (IOException | RuntimeException e) {
      failed = workbook == null;
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    if (workbook != null) {
      workbook.close();
    }
  }
}
