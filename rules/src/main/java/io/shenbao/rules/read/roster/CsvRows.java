package io.shenbao.rules.read.roster;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a CSV roster: RFC 4180 quoting, comma or tab separated, UTF-8 (with or without BOM),
 * UTF-16 with BOM, or GB18030/GBK detected when the bytes are not UTF-8. Row numbers count records
 * as Excel shows them. Cells longer than Excel allows are cut and reported.
 */
final class CsvRows {
  static final int MAX_CELL = 32767;
  static final int MAX_COLUMNS = 1024;
  private static final int SNIFF = 64 * 1024;
  private static final Charset GB18030 = Charset.forName("GB18030");

  private CsvRows() {}

  /** The charset the bytes are in, and how many BOM bytes to skip. */
  record Encoding(Charset charset, int skip) {}

  static Encoding detect(byte[] head, int n) {
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return new Encoding(StandardCharsets.UTF_8, 3);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new Encoding(StandardCharsets.UTF_16LE, 2);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new Encoding(StandardCharsets.UTF_16BE, 2);
    }
    boolean cut = n == SNIFF;
    int utf8 = StrictDecoder.errors(StandardCharsets.UTF_8, head, n, cut);
    if (utf8 == 0) {
      return new Encoding(StandardCharsets.UTF_8, 0);
    }
    // not UTF-8: GB18030 (GBK) when it reads cleanly, else whichever stumbles less
    int gb = StrictDecoder.errors(GB18030, head, n, cut);
    return new Encoding(gb < utf8 ? GB18030 : StandardCharsets.UTF_8, 0);
  }

  static void read(Path file, String display, RowSink sink, Consumer<Problem> problems)
      throws IOException {
    byte[] head = new byte[SNIFF];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, SNIFF);
    }
    Encoding enc = detect(head, n);
    StrictDecoder decoder =
        new StrictDecoder(skip(Files.newInputStream(file), enc.skip()), enc.charset());
    try (Reader reader = new BufferedReader(decoder, 1 << 16)) {
      parse(reader, display, sink, problems);
    }
    if (decoder.firstBad() >= 0) {
      problems.accept(
          new Problem(
              Keys.InputSyntax.CSV_ENCODING,
              display,
              Location.row(null, lineAt(file, decoder.firstBad() + enc.skip())),
              List.of(enc.charset() == GB18030 ? "GBK/GB18030" : "UTF-8")));
    }
  }

  /** The line (1-based) that holds byte {@code offset} of the file. */
  private static int lineAt(Path file, long offset) throws IOException {
    int line = 1;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      for (long i = 0; i < offset; i++) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        if (b == '\n') {
          line++;
        }
      }
    }
    return line;
  }

  private static InputStream skip(InputStream in, int n) throws IOException {
    long skipped = in.skip(n);
    if (skipped != n) {
      throw new IOException("cannot skip byte-order mark");
    }
    return in;
  }

  static void parse(Reader reader, String display, RowSink sink, Consumer<Problem> problems)
      throws IOException {
    List<RawCell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int row = 1;
    int col = 0;
    boolean quoted = false;
    boolean cut = false;
    char sep = separator(reader);
    int c;
    int quoteStartRow = 0;
    while (true) {
      c = reader.read();
      if (c < 0) {
        break;
      }
      if (quoted) {
        if (c == '"') {
          reader.mark(1);
          int next = reader.read();
          if (next == '"') {
            cut |= append(cell, '"');
          } else {
            quoted = false;
            if (next >= 0) {
              reader.reset();
            }
          }
        } else {
          cut |= append(cell, (char) c);
        }
        continue;
      }
      if (c == '"' && cell.length() == 0) {
        quoted = true;
        quoteStartRow = row;
      } else if (c == sep) {
        col = flush(cells, cell, col, row, cut, display, problems);
        cut = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r') {
          reader.mark(1);
          if (reader.read() != '\n') {
            reader.reset();
          }
        }
        flush(cells, cell, col, row, cut, display, problems);
        cut = false;
        if (!sink.row(row, List.copyOf(cells))) {
          return;
        }
        cells.clear();
        col = 0;
        row++;
      } else {
        cut |= append(cell, (char) c);
      }
    }
    if (quoted) {
      problems.accept(
          new Problem(
              Keys.InputSyntax.CSV_QUOTE, display, Location.row(null, quoteStartRow), List.of()));
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      flush(cells, cell, col, row, cut, display, problems);
      sink.row(row, List.copyOf(cells));
    }
  }

  /** Tab when the first line has more tabs than commas, else comma. */
  private static char separator(Reader reader) throws IOException {
    reader.mark(SNIFF);
    int commas = 0;
    int tabs = 0;
    for (int i = 0; i < SNIFF; i++) {
      int c = reader.read();
      if (c < 0 || c == '\n' || c == '\r') {
        break;
      }
      if (c == ',') {
        commas++;
      } else if (c == '\t') {
        tabs++;
      }
    }
    reader.reset();
    return tabs > commas ? '\t' : ',';
  }

  private static boolean append(StringBuilder cell, char c) {
    if (cell.length() >= MAX_CELL) {
      return true;
    }
    cell.append(c);
    return false;
  }

  private static int flush(
      List<RawCell> cells,
      StringBuilder cell,
      int col,
      int row,
      boolean cut,
      String display,
      Consumer<Problem> problems) {
    if (cut) {
      problems.accept(
          new Problem(
              Keys.InputSyntax.CELL_TOO_LONG,
              display,
              Location.cell(null, col, row),
              List.of(String.valueOf(MAX_CELL))));
    }
    if (cell.length() > 0 && col < MAX_COLUMNS) {
      cells.add(new RawCell(col, cell.toString(), false, false));
    }
    cell.setLength(0);
    return col + 1;
  }
}
