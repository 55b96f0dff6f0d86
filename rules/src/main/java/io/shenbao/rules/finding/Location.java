package io.shenbao.rules.finding;

import java.util.Comparator;

/**
 * Where a finding points: a YAML position (1-based line and column plus key path), a workbook cell
 * as Excel shows it (sheet, row, column letters; sheet absent for CSV), or a PDF page.
 */
public record Location(
    Integer line,
    Integer column,
    String path,
    String sheet,
    String cell,
    Integer row,
    String columnName,
    Integer page) {

  /** Orders YAML positions by line and column, cells by row then column, then pages. */
  public static final Comparator<Location> ORDER =
      Comparator.comparing(Location::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Location::column, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Location::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Location::row, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              Location::columnName,
              Comparator.nullsFirst(
                  Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())))
          .thenComparing(Location::page, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Location::path, Comparator.nullsFirst(Comparator.naturalOrder()));

  public Location {
    requirePositive("line", line);
    requirePositive("column", column);
    requirePositive("row", row);
    requirePositive("page", page);
  }

  /** A YAML position. */
  public static Location yaml(int line, int column, String path) {
    return new Location(line, column, path, null, null, null, null, null);
  }

  /** A workbook or CSV cell; {@code columnIndex} is 0-based, {@code row} 1-based. */
  public static Location cell(String sheet, int columnIndex, int row) {
    String letters = columnLetters(columnIndex);
    return new Location(null, null, null, sheet, letters + row, row, letters, null);
  }

  /** A whole row of a workbook or CSV (no single cell). */
  public static Location row(String sheet, int row) {
    return new Location(null, null, null, sheet, null, row, null, null);
  }

  /** This location with the key path of the plan field it stands for (a workbook cell's too). */
  public Location withPath(String keyPath) {
    return new Location(line, column, keyPath, sheet, cell, row, columnName, page);
  }

  /** True for a cell or row of a workbook or CSV. */
  public boolean isCell() {
    return line == null && (cell != null || row != null);
  }

  /** A page of a PDF. */
  public static Location page(int page) {
    return new Location(null, null, null, null, null, null, null, page);
  }

  /** Excel's column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
  public static String columnLetters(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("column index " + index);
    }
    StringBuilder sb = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      sb.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return sb.toString();
  }

  /** A short human form: {@code 27:24}, {@code 名单!C7}, {@code C7}, {@code 第3页}-free {@code p.3}. */
  public String shortForm() {
    if (line != null) {
      return line + ":" + column;
    }
    if (cell != null || row != null) {
      String where = cell != null ? cell : String.valueOf(row);
      return sheet == null ? where : sheet + "!" + where;
    }
    if (page != null) {
      return "p." + page;
    }
    return "";
  }

  private static void requirePositive(String what, Integer value) {
    if (value != null && value < 1) {
      throw new IllegalArgumentException(what + " must be 1 or more, was " + value);
    }
  }
}
