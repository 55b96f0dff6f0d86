package io.shenbao.cli.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bordered table typeset from its content: each column is as wide as its cells ask, measured with
 * the font's advance widths, within the width given. A column of codes, numbers, amounts or dates
 * ({@link Kind#KEEP}) is never narrower than its widest cell; a column of Chinese text ({@link
 * Kind#TEXT}) may be narrower and then breaks as the body does, never splitting a code, number,
 * date or file name inside it. Where the columns cannot all have their widest cell on one line, the
 * width goes where it saves the most lines, first of all lines that would hold a single character.
 */
final class Table {
  /** How a column's cells may break. */
  enum Kind {
    /** Chinese text: breaks between characters. */
    TEXT,
    /** Codes, numbers, amounts, dates, short terms: each cell's lines are never broken. */
    KEEP
  }

  /** One column: its header, how its cells break, how they are aligned. */
  record Column(String header, Kind kind, PageWriter.Align align) {}

  /** One row; a {@code span} row runs across all columns (a group heading). */
  record Row(List<String> cells, boolean span, boolean bold, String field) {}

  /** Horizontal padding inside a cell, each side, in points. */
  static final float PAD_X = 4f;

  /** Vertical padding inside a cell, each side, in points. */
  static final float PAD_Y = 3f;

  /** Rows the column fitting looks at, at most: a longer table is judged on an even sample. */
  static final int SAMPLE = 2000;

  /** Line pitch inside a cell, as a multiple of the type size. */
  static final float LEADING = 1.35f;

  private final List<Column> columns;
  private final List<Row> rows;
  private final float size;

  Table(List<Column> columns, List<Row> rows, float size) {
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.size = size;
  }

  List<Column> columns() {
    return columns;
  }

  List<Row> rows() {
    return rows;
  }

  float size() {
    return size;
  }

  float lineHeight() {
    return size * LEADING;
  }

  /** The height of a row of {@code lines} lines. */
  float rowHeight(int lines) {
    return lines * lineHeight() + 2 * PAD_Y;
  }

  /**
   * The table's cells cut into units once (header in the heading face, rows in the body face or the
   * heading face for bold rows), ready to be fitted at any width.
   */
  static final class Prepared {
    final Table table;
    final TextFlow.Prepared[] header;
    final TextFlow.Prepared[][] cells;
    private final float[] min;
    private final float[] max;
    private final Map<Long, int[]> counts = new HashMap<>();
    private final int[] sample;

    Prepared(Table table, Glyphs body, Glyphs heading) {
      this.table = table;
      int n = table.columns.size();
      float size = table.size;
      header = new TextFlow.Prepared[n];
      min = new float[n];
      max = new float[n];
      for (int c = 0; c < n; c++) {
        header[c] = TextFlow.prepare(table.columns.get(c).header(), heading, size);
        min[c] = textMin(header[c], size);
        max[c] = header[c].natural();
      }
      cells = new TextFlow.Prepared[table.rows.size()][];
      for (int r = 0; r < cells.length; r++) {
        Row row = table.rows.get(r);
        Glyphs g = row.bold() ? heading : body;
        cells[r] = new TextFlow.Prepared[row.cells().size()];
        for (int c = 0; c < cells[r].length; c++) {
          TextFlow.Prepared p = TextFlow.prepare(row.cells().get(c), g, size);
          cells[r][c] = p;
          if (row.span()) {
            continue;
          }
          float natural = p.natural();
          max[c] = Math.max(max[c], natural);
          min[c] =
              Math.max(
                  min[c], table.columns.get(c).kind() == Kind.KEEP ? natural : textMin(p, size));
        }
      }
      sample = sample(table.rows);
    }

    /** Rows that are not group headings: all of them, or an even sample of a long table. */
    private static int[] sample(List<Row> rows) {
      List<Integer> plain = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        if (!rows.get(r).span()) {
          plain.add(r);
        }
      }
      int stride = Math.max(1, (plain.size() + SAMPLE - 1) / SAMPLE);
      int[] out = new int[(plain.size() + stride - 1) / stride];
      for (int i = 0; i < out.length; i++) {
        out[i] = plain.get(i * stride);
      }
      return out;
    }

    /**
     * The narrowest a text cell may be: its widest unit, and three characters, so that a line never
     * has to hold one character alone.
     */
    private static float textMin(TextFlow.Prepared p, float size) {
      return Math.max(p.widestUnit(), Math.min(p.natural(), 3 * size));
    }

    /** The narrowest the table can be, padding included. */
    float minWidth() {
      float sum = 0;
      for (float m : min) {
        sum += m + 2 * PAD_X;
      }
      return sum;
    }

    /**
     * Column widths (padding included) that fill {@code available}: every cell on one line when
     * that fits, else the fewest lines — with no line holding a single character alone where any
     * allocation avoids it — searched from the widths that share the space as the content asks.
     */
    float[] fit(float available) {
      int n = min.length;
      float[] w = new float[n];
      float sumMin = 0;
      float sumMax = 0;
      for (int c = 0; c < n; c++) {
        sumMin += min[c];
        sumMax += max[c];
      }
      float inner = available - 2 * PAD_X * n;
      if (sumMax <= inner) {
        for (int c = 0; c < n; c++) {
          w[c] = max[c] + (inner - sumMax) * (sumMax == 0 ? 1f / n : max[c] / sumMax);
        }
        return padded(w);
      }
      float spare = Math.max(0, inner - sumMin);
      float want = sumMax - sumMin;
      for (int c = 0; c < n; c++) {
        w[c] = min[c] + spare * (want == 0 ? 0 : (max[c] - min[c]) / want);
      }
      improve(w);
      return padded(w);
    }

    /** Moves width between columns while that lowers the cost, in halving steps. */
    private void improve(float[] w) {
      int n = w.length;
      long best = cost(w);
      for (float step = 8 * table.size; step >= table.size / 2; step /= 2) {
        boolean moved = true;
        while (moved) {
          moved = false;
          int bestTo = -1;
          int bestFrom = -1;
          for (int to = 0; to < n; to++) {
            for (int from = 0; from < n; from++) {
              if (to == from || w[from] - step < min[from] - 0.001f || w[to] >= max[to]) {
                continue;
              }
              w[to] += step;
              w[from] -= step;
              long c = cost(w);
              w[to] -= step;
              w[from] += step;
              if (c < best) {
                best = c;
                bestTo = to;
                bestFrom = from;
              }
            }
          }
          if (bestTo >= 0) {
            w[bestTo] += step;
            w[bestFrom] -= step;
            moved = true;
          }
        }
      }
    }

    /**
     * Lines that hold a single character alone weigh more than any number of saved lines; then the
     * table's height in lines, the header counted once for every page it will likely be repeated
     * on. A long table is judged on an even sample of its rows (every row up to {@value #SAMPLE}).
     */
    private long cost(float[] w) {
      int n = w.length;
      int[][] per = new int[n][];
      long lone = 0;
      for (int c = 0; c < n; c++) {
        per[c] = counts(c, w[c]);
        lone += per[c][0];
      }
      int headerLines = 1;
      for (int c = 0; c < n; c++) {
        headerLines = Math.max(headerLines, header[c].count(w[c]));
        lone += header[c].lone(w[c]);
      }
      long lines = 0;
      for (int i = 0; i < sample.length; i++) {
        int m = 1;
        for (int c = 0; c < n; c++) {
          m = Math.max(m, per[c][i + 1]);
        }
        lines += m;
      }
      long pages = 1L + sample.length / 30;
      return lone * 1_000_000_000L + lines + headerLines * pages;
    }

    /** For column c at width w: [lone lines, lines of each sampled row …], cached. */
    private int[] counts(int c, float w) {
      long key = ((long) c << 32) | Float.floatToIntBits(w);
      int[] cached = counts.get(key);
      if (cached != null) {
        return cached;
      }
      int[] out = new int[sample.length + 1];
      for (int i = 0; i < sample.length; i++) {
        TextFlow.Prepared p = cells[sample[i]][c];
        if (p.natural() <= w + 0.01f) {
          out[i + 1] = p.lineCount();
        } else {
          out[i + 1] = p.count(w);
          out[0] += p.lone(w);
        }
      }
      counts.put(key, out);
      return out;
    }

    private static float[] padded(float[] w) {
      float[] out = new float[w.length];
      for (int c = 0; c < w.length; c++) {
        out[c] = w[c] + 2 * PAD_X;
      }
      return out;
    }

    /** The lines of each cell of a row at the given widths (padding included). */
    List<List<String>> lines(int r, float[] widths) {
      List<List<String>> out = new ArrayList<>();
      Row row = table.rows.get(r);
      if (row.span()) {
        float total = 0;
        for (float x : widths) {
          total += x;
        }
        out.add(cells[r][0].lines(total - 2 * PAD_X, 0));
        return out;
      }
      for (int c = 0; c < cells[r].length; c++) {
        out.add(cells[r][c].lines(widths[c] - 2 * PAD_X, 0));
      }
      return out;
    }

    /** The header's lines at the given widths. */
    List<List<String>> header(float[] widths) {
      List<List<String>> out = new ArrayList<>();
      for (int c = 0; c < header.length; c++) {
        out.add(header[c].lines(widths[c] - 2 * PAD_X, 0));
      }
      return out;
    }

    /** How many lines row r takes at these widths (padding included). */
    int rowLines(int r, float[] widths) {
      if (table.rows.get(r).span()) {
        float total = 0;
        for (float x : widths) {
          total += x;
        }
        return cells[r][0].count(total - 2 * PAD_X);
      }
      int m = 1;
      for (int c = 0; c < cells[r].length; c++) {
        m = Math.max(m, cells[r][c].count(widths[c] - 2 * PAD_X));
      }
      return m;
    }

    /** How many lines the header takes at these widths. */
    int headerLines(float[] widths) {
      int m = 1;
      for (int c = 0; c < header.length; c++) {
        m = Math.max(m, header[c].count(widths[c] - 2 * PAD_X));
      }
      return m;
    }

    /**
     * How many pages the table takes at these widths on pages {@code height} high: rows never
     * split, the header repeated on each.
     */
    int pages(float[] widths, float height) {
      float headerH = table.rowHeight(headerLines(widths));
      int pages = 1;
      float used = headerH;
      for (int r = 0; r < cells.length; r++) {
        float h = table.rowHeight(rowLines(r, widths));
        if (used + h > height) {
          pages++;
          used = headerH;
        }
        used += h;
      }
      return pages;
    }

    /** The most lines of any cell. */
    static int max(List<List<String>> cellLines) {
      int m = 1;
      for (List<String> l : cellLines) {
        m = Math.max(m, l.size());
      }
      return m;
    }
  }
}
