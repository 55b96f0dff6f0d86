package io.shenbao.rules.read.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hand-over between the sheet-scanning thread and the checking one. */
class RowPipeTest {
  /** A scanner of {@code count} rows of two cells, the second cut on row {@code cutAt}. */
  private static RowPipe.Reader rows(int count, int cutAt, AtomicInteger scanned) {
    return sink -> {
      for (int r = 1; r <= count; r++) {
        byte[] a = ("行" + r).getBytes(StandardCharsets.UTF_8);
        byte[] b = ("xx" + r + "yy").getBytes(StandardCharsets.UTF_8);
        sink.cell(0, SheetCells.INLINE, a, 0, a.length, false);
        sink.cell(3, SheetCells.NUMBER, b, 2, b.length - 4, r == cutAt);
        scanned.set(r);
        if (!sink.endRow(r)) {
          return;
        }
      }
    };
  }

  /** Collects what arrives as text: "row:cell|cell", cut cells marked with a star. */
  private static final class Seen implements SheetCells.Sink {
    final List<String> rows = new ArrayList<>();
    private final StringBuilder row = new StringBuilder();
    private final int stopAfter;

    Seen(int stopAfter) {
      this.stopAfter = stopAfter;
    }

    @Override
    public void cell(int column, int type, byte[] value, int offset, int length, boolean cut) {
      row.append('|')
          .append(column)
          .append('=')
          .append(new String(value, offset, length, StandardCharsets.UTF_8))
          .append(cut ? "*" : "");
    }

    @Override
    public boolean endRow(int r) {
      rows.add(r + ":" + row);
      row.setLength(0);
      return rows.size() < stopAfter;
    }
  }

  @Test
  void everyRowArrivesInOrderWithItsCells() throws IOException {
    Seen seen = new Seen(Integer.MAX_VALUE);
    RowPipe.run(rows(5000, 1234, new AtomicInteger()), seen);
    assertThat(seen.rows).hasSize(5000);
    assertThat(seen.rows.get(0)).isEqualTo("1:|0=行1|3=1");
    assertThat(seen.rows.get(1233)).isEqualTo("1234:|0=行1234|3=1234*");
    assertThat(seen.rows.get(4999)).isEqualTo("5000:|0=行5000|3=5000");
  }

  @Test
  void aSinkThatStopsStopsTheScanner() throws IOException {
    AtomicInteger scanned = new AtomicInteger();
    Seen seen = new Seen(10);
    RowPipe.run(rows(1_000_000, -1, scanned), seen);
    assertThat(seen.rows).hasSize(10);
    // the scanner ran ahead by at most the batches in flight, not to the end
    assertThat(scanned.get()).isLessThan(10_000);
  }

  @Test
  void theScannersErrorComesAfterTheRowsBeforeIt() {
    Seen seen = new Seen(Integer.MAX_VALUE);
    RowPipe.Reader failing =
        sink -> {
          byte[] x = {'x'};
          for (int r = 1; r <= 1700; r++) {
            sink.cell(0, SheetCells.INLINE, x, 0, 1, false);
            sink.endRow(r);
          }
          sink.cell(0, SheetCells.INLINE, x, 0, 1, false);
          throw new IOException("XML tag not closed");
        };
    assertThatThrownBy(() -> RowPipe.run(failing, seen))
        .isInstanceOf(IOException.class)
        .hasMessage("XML tag not closed");
    assertThat(seen.rows).hasSize(1700);
  }
}
