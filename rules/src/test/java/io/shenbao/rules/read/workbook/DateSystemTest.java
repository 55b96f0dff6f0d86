package io.shenbao.rules.read.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.finding.Problem;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

/**
 * A date typed into a workbook is stored as a serial number counted from the workbook's epoch:
 * 1899-12-30 in the 1900 date system every current spreadsheet writes, 1904-01-01 in a workbook
 * made in the 1904 system (Excel for Mac before 2011; a workbook keeps its system when it is saved
 * again). Both read as the day that was typed, not four years and a day earlier.
 */
class DateSystemTest {
  @TempDir Path dir;

  /** A workbook with 2024-04-30 typed into A1, saved in the given date system. */
  private Path workbook(String name, boolean date1904) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CTWorkbook ct = wb.getCTWorkbook();
      (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(date1904);
      XSSFCell cell = wb.createSheet("进展情况").createRow(0).createCell(0);
      XSSFCellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      cell.setCellStyle(style);
      cell.setCellValue(LocalDate.of(2024, 4, 30));
      assertThat(wb.isDate1904()).isEqualTo(date1904);
      wb.write(out);
    }
    return file;
  }

  /** The date in A1 as the workbook reader gives it. */
  private static String a1(Path file) {
    List<Problem> problems = new ArrayList<>();
    String[] read = new String[2];
    WorkbookCells.read(
        file,
        file.getFileName().toString(),
        problems,
        (sheets, cells) -> {
          read[0] = cells.date(sheets.get(0), 0, 0);
          read[1] = cells.text(sheets.get(0), 0, 0);
          return false;
        });
    assertThat(problems).isEmpty();
    return read[0] + " " + read[1];
  }

  @Test
  void aDateReadsAsTypedInEitherDateSystem() throws Exception {
    // the serial numbers differ by the 1,462 days between the epochs; the day does not
    assertThat(a1(workbook("1900.xlsx", false))).isEqualTo("2024-04-30 45412");
    assertThat(a1(workbook("1904.xlsx", true))).isEqualTo("2024-04-30 43950");
  }
}
