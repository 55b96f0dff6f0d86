package io.shenbao.rules.engine;

import io.shenbao.rules.read.roster.RawCell;
import io.shenbao.rules.read.roster.RosterReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a CSV roster as the check reads them (encoding and separator detected the same way),
 * for a command that copies the file into a workbook: the annotated copy's cells are then the ones
 * the findings point to.
 */
public final class CsvCells {
  /**
   * A non-empty cell.
   *
   * @param column 0-based column
   * @param text the text as read
   */
  public record Cell(int column, String text) {}

  /** Receives each row with its non-empty cells, in column order. */
  @FunctionalInterface
  public interface Rows {
    /**
     * One row.
     *
     * @param row 1-based row, as the findings name it
     * @param cells the row's non-empty cells
     */
    void row(int row, List<Cell> cells);
  }

  private CsvCells() {}

  /** Streams the CSV file's rows to {@code rows}. */
  public static void read(Path file, Rows rows) throws IOException {
    RosterReader.csvRows(
        file,
        (row, raw) -> {
          List<Cell> cells = new ArrayList<>(raw.size());
          for (RawCell c : raw) {
            cells.add(new Cell(c.column(), c.text()));
          }
          rows.row(row, cells);
          return true;
        });
  }
}
