package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * Every sheet of a small .xlsx (a plan workbook) as a grid of cells, read by the roster's own
 * streaming reader rather than Apache POI (whose classes take a second to load): each cell's text
 * as the file holds it, whether it is a number, and whether it holds a formula (whose cached value
 * a writer may have left out).
 */
public final class XlsxBook {
  private XlsxBook() {}

  /**
   * One cell.
   *
   * @param text the value as stored (a number's digits, a string, TRUE/FALSE, an error such as
   *     #VALUE!), or null when the cell holds no value (empty, or a formula without a cached value)
   * @param number true when the value is a number
   * @param error true when the value is a formula's error
   * @param formula true when the cell holds a formula
   */
  public record Cell(String text, boolean number, boolean error, boolean formula) {}

  /**
   * One sheet: its name, whether it is visible, and its cells by 0-based row and column.
   *
   * @param date1904 true when the workbook's date serial numbers count from 1904-01-01
   */
  public record Sheet(String name, boolean visible, Map<Long, Cell> cells, boolean date1904) {
    /** The cell at a 0-based row and column, or null. */
    public Cell at(int row, int column) {
      return cells.get(key(row, column));
    }

    /** The last 0-based row with a cell, or -1. */
    public int lastRow() {
      int last = -1;
      for (long k : cells.keySet()) {
        last = Math.max(last, (int) (k >> 20));
      }
      return last;
    }

    static long key(int row, int column) {
      return ((long) row << 20) | column;
    }
  }

  /** The workbook's sheets in order; an IOException for a file that is no readable workbook. */
  public static List<Sheet> read(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      XlsxRows.Parts parts = new XlsxRows.Parts(zip);
      String workbook = parts.workbook();
      Map<String, String> rels = parts.relationships(workbook);
      SharedStrings strings = XlsxRows.sharedStrings(parts, rels);
      XlsxRows.Book book = XlsxRows.book(parts, workbook, rels);
      List<Sheet> out = new ArrayList<>();
      for (XlsxRows.SheetRef ref : book.sheets()) {
        Grid grid = new Grid(strings);
        try (InputStream in = parts.open(XlsxRows.part(parts, ref))) {
          XlsxRows.rows(new XmlBytes(in), grid);
        }
        out.add(new Sheet(ref.name(), ref.visible(), grid.cells, book.date1904()));
      }
      return out;
    }
  }

  /**
   * Collects a sheet's cells; a row's cells are placed when the row ends and its number is known.
   */
  private static final class Grid implements SheetCells.Sink {
    private final SharedStrings strings;
    private final Map<Long, Cell> cells = new HashMap<>();
    private final Map<Integer, Cell> row = new HashMap<>();

    Grid(SharedStrings strings) {
      this.strings = strings;
    }

    @Override
    public void formula(int column) {
      row.put(column, new Cell(null, false, false, true));
    }

    @Override
    public void cell(int column, int type, byte[] value, int offset, int length, boolean cut)
        throws IOException {
      String text = SheetCells.decode(type, value, offset, length, strings);
      Cell before = row.get(column);
      row.put(
          column,
          new Cell(
              text,
              type == SheetCells.NUMBER,
              type == SheetCells.ERROR,
              before != null && before.formula()));
    }

    @Override
    public boolean endRow(int r) {
      for (Map.Entry<Integer, Cell> e : row.entrySet()) {
        cells.put(Sheet.key(r - 1, e.getKey()), e.getValue());
      }
      row.clear();
      return true;
    }
  }
}
