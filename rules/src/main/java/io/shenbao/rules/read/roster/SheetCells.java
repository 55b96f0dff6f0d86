package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's cells as the file holds them (type and UTF-8 bytes), and how they become {@link
 * RawCell}s: first text ({@link #decode}: on a large sheet, on the scanning thread), then cells in
 * rows ({@link ToRows#text}: on the checking thread).
 */
final class SheetCells {
  static final int NUMBER = 0;
  static final int SHARED = 1;
  static final int INLINE = 2;
  static final int TEXT = 3;
  static final int BOOLEAN = 4;
  static final int ERROR = 5;

  private SheetCells() {}

  /** Receives a sheet's cells, row by row. */
  interface Sink {
    /**
     * One value of the row being read.
     *
     * @param value the bytes, valid during the call only, from {@code offset}
     * @param cut true when the file held more than a cell may (the rest was dropped)
     */
    void cell(int column, int type, byte[] value, int offset, int length, boolean cut)
        throws IOException;

    /** The row ends; returns false to stop reading. */
    boolean endRow(int row) throws IOException;

    /**
     * The cell being read holds a formula (before its cached value, if it has one; a formula
     * without a cached value gives no {@link #cell} call).
     */
    default void formula(int column) {}
  }

  /** A cell's type from {@link XmlBytes#columnAndCode}: its t attribute's first byte and length. */
  static int type(int code) {
    return switch (code) {
      case 's' | 1 << 8 -> SHARED;
      case 'i' | 9 << 8 -> INLINE;
      case 's' | 3 << 8, 'd' | 1 << 8 -> TEXT;
      case 'b' | 1 << 8 -> BOOLEAN;
      case 'e' | 1 << 8 -> ERROR;
      default -> NUMBER;
    };
  }

  /**
   * The text of a value as the file means it: a shared string looked up, a boolean as TRUE or
   * FALSE; null for an empty value or an empty shared string.
   */
  static String decode(int type, byte[] value, int offset, int len, SharedStrings strings)
      throws IOException {
    if (len == 0) {
      return null;
    }
    return switch (type) {
      case SHARED -> {
        String s = strings.get(parseIndex(value, offset, len));
        if (s == null) {
          throw new IOException(
              "a cell refers to shared string " + text(value, offset, len) + ", absent");
        }
        if (s.isEmpty()) {
          yield null;
        }
        yield unescape(s);
      }
      case BOOLEAN -> len == 1 && value[offset] == '1' ? "TRUE" : "FALSE";
      case INLINE, TEXT -> unescape(text(value, offset, len));
      default -> text(value, offset, len);
    };
  }

  /**
   * Text with Excel's escapes decoded: {@code _xHHHH_} stands for the character HHHH, which Excel
   * writes for characters XML cannot hold ({@code _x000D_}, a carriage return) and for an
   * underscore that would otherwise start one ({@code _x005F_}). Decoded left to right, as Apache
   * POI does, so that a roster reads the same here as in a plan workbook read with POI.
   */
  static String unescape(String s) {
    int at = s.indexOf("_x");
    StringBuilder out = null;
    int from = 0;
    while (at >= 0 && at + 7 <= s.length()) {
      int c = s.charAt(at + 6) == '_' ? hex4(s, at + 2) : -1;
      if (c < 0) {
        at = s.indexOf("_x", at + 1);
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length());
      }
      out.append(s, from, at).append((char) c);
      from = at + 7;
      at = s.indexOf("_x", from);
    }
    return out == null ? s : out.append(s, from, s.length()).toString();
  }

  private static int hex4(String s, int at) {
    int n = 0;
    for (int i = at; i < at + 4; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0 || s.charAt(i) > 'f') {
        return -1;
      }
      n = n * 16 + d;
    }
    return n;
  }

  /** True when the value is a shared string that was cut when the strings were read. */
  static boolean sharedCut(int type, byte[] value, int offset, int len, SharedStrings strings) {
    return type == SHARED && strings.isCut(parseIndex(value, offset, len));
  }

  /** Makes {@link RawCell}s and hands each row to a {@link RowSink}, with its cut cells first. */
  static final class ToRows implements Sink {
    private final SharedStrings strings;
    private final RowSink rows;
    private final List<RawCell> cells = new ArrayList<>();
    private final List<Integer> cut = new ArrayList<>();

    ToRows(SharedStrings strings, RowSink rows) {
      this.strings = strings;
      this.rows = rows;
    }

    /** The shared strings the values refer to. */
    SharedStrings strings() {
      return strings;
    }

    @Override
    public void cell(int column, int type, byte[] value, int offset, int length, boolean cut)
        throws IOException {
      String text = decode(type, value, offset, length, strings);
      if (text != null) {
        text(column, type, text, cut || sharedCut(type, value, offset, length, strings));
      }
    }

    /** A value already made text ({@link #decode}). */
    void text(int column, int type, String text, boolean tooLong) {
      String t = text;
      boolean cutHere = tooLong;
      if (t.length() > CsvRows.MAX_CELL) {
        t = t.substring(0, CsvRows.MAX_CELL);
        cutHere = true;
      }
      if (cutHere) {
        cut.add(column);
      }
      cells.add(new RawCell(column, t, type == NUMBER && !cutHere, type == ERROR && !cutHere));
    }

    @Override
    public boolean endRow(int row) {
      for (int column : cut) {
        rows.oversized(row, column);
      }
      boolean more = rows.row(row, cells);
      cells.clear();
      cut.clear();
      return more;
    }
  }

  private static int parseIndex(byte[] value, int offset, int len) {
    int from = offset;
    int to = offset + len;
    while (from < to && value[from] == ' ') {
      from++;
    }
    while (to > from && value[to - 1] == ' ') {
      to--;
    }
    return XmlBytes.parseInt(value, from, to);
  }

  private static String text(byte[] b, int offset, int len) {
    return new String(b, offset, len, StandardCharsets.UTF_8);
  }
}
