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

  /** Collects what arrives as text: "row:column=text…", a cut cell as "cut row/column". */
  private static class Seen implements RowSink {
    final List<String> rows = new ArrayList<>();
    private final int stopAfter;

    Seen(int stopAfter) {
      this.stopAfter = stopAfter;
    }

    @Override
    public boolean row(int row, List<RawCell> cells) {
      StringBuilder sb = new StringBuilder().append(row).append(':');
      for (RawCell c : cells) {
        sb.append('|')
            .append(c.column())
            .append('=')
            .append(c.text())
            .append(c.number() ? "#" : "");
      }
      rows.add(sb.toString());
      return rows.size() < stopAfter;
    }

    @Override
    public void oversized(int row, int column) {
      rows.add("cut " + row + "/" + column);
    }
  }

  private static SheetCells.ToRows to(Seen seen) {
    return new SheetCells.ToRows(new SharedStrings(), seen);
  }

  @Test
  void everyRowArrivesInOrderWithItsCells() throws IOException {
    Seen seen = new Seen(Integer.MAX_VALUE);
    RowPipe.run(rows(5000, 1234, new AtomicInteger()), to(seen));
    assertThat(seen.rows.get(0)).isEqualTo("1:|0=行1|3=1#");
    assertArrived(seen, 5000, 1234);
  }

  /** All {@code n} rows arrived in order, the cut cell of row {@code cutAt} reported before it. */
  private static void assertArrived(Seen seen, int n, int cutAt) {
    assertThat(seen.rows).hasSize(n + 1);
    assertThat(seen.rows.subList(cutAt - 1, cutAt + 1))
        .containsExactly("cut " + cutAt + "/3", cutAt + ":|0=行" + cutAt + "|3=" + cutAt);
    assertThat(seen.rows.get(n)).isEqualTo(n + ":|0=行" + n + "|3=" + n + "#");
  }

  /**
   * The first batch always leaves decoding to the receiver (nothing is queued yet); a receiver that
   * falls behind gets batches decoded by the scanner. Both arrive the same.
   */
  @Test
  void aSlowReceiverGetsTheSameRows() throws IOException {
    Seen seen =
        new Seen(Integer.MAX_VALUE) {
          @Override
          public boolean row(int row, List<RawCell> cells) {
            if (row == 1) {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return super.row(row, cells);
          }
        };
    RowPipe.run(rows(6000, 4321, new AtomicInteger()), to(seen));
    assertThat(seen.rows.get(1)).isEqualTo("2:|0=行2|3=2#");
    assertArrived(seen, 6000, 4321);
  }

  @Test
  void aSinkThatStopsStopsTheScanner() throws IOException {
    AtomicInteger scanned = new AtomicInteger();
    Seen seen = new Seen(10);
    RowPipe.run(rows(1_000_000, -1, scanned), to(seen));
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
    assertThatThrownBy(() -> RowPipe.run(failing, to(seen)))
        .isInstanceOf(IOException.class)
        .hasMessage("XML tag not closed");
    assertThat(seen.rows).hasSize(1700);
  }

  @Test
  void anErrorOnTheScanningThreadReachesTheCallerInsteadOfLeavingItWaiting() {
    OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
    RowPipe.Reader failing =
        sink -> {
          rows(3000, 0, new AtomicInteger()).read(sink);
          throw oom;
        };
    Seen seen = new Seen(Integer.MAX_VALUE);
    assertThatThrownBy(() -> RowPipe.run(failing, to(seen))).isSameAs(oom);
  }
}
