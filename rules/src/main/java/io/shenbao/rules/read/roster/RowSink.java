package io.shenbao.rules.read.roster;

import java.util.List;

/** Receives a sheet's rows in order; returns false to stop reading. */
@FunctionalInterface
public interface RowSink {
  /** Called once before the rows of a workbook sheet, with the sheet's name. */
  default void start(String sheetName) {}

  /**
   * One row.
   *
   * @param row 1-based row as Excel shows it
   * @param cells the non-empty cells, in column order; the list is valid only during the call
   * @return false to stop reading
   */
  boolean row(int row, List<RawCell> cells);

  /** A cell of the coming row was longer than a cell can be and was cut (0-based column). */
  default void oversized(int row, int column) {}
}
