package io.shenbao.rules.read.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hand-over between the sheet-reading thread and the checking one. */
class RowPipeTest {
  private static RowPipe.Reader rows(int count, int cutAt, AtomicInteger readerSaw) {
    return sink -> {
      for (int r = 1; r <= count; r++) {
        if (r == cutAt) {
          sink.oversized(r, 2);
        }
        readerSaw.set(r);
        if (!sink.row(r, List.of(new RawCell(0, "行" + r, false, false)))) {
          return;
        }
      }
    };
  }

  @Test
  void everyRowArrivesInOrderWithItsCutCellFirst() throws IOException {
    List<String> seen = new ArrayList<>();
    RowPipe.run(
        rows(5000, 1234, new AtomicInteger()),
        new RowSink() {
          @Override
          public boolean row(int row, List<RawCell> cells) {
            seen.add(row + ":" + cells.get(0).text());
            return true;
          }

          @Override
          public void oversized(int row, int column) {
            seen.add("cut " + row + "/" + column);
          }
        });
    assertThat(seen).hasSize(5001);
    assertThat(seen.get(0)).isEqualTo("1:行1");
    assertThat(seen.subList(1233, 1235)).containsExactly("cut 1234/2", "1234:行1234");
    assertThat(seen.get(5000)).isEqualTo("5000:行5000");
  }

  @Test
  void aSinkThatStopsStopsTheReader() throws IOException {
    AtomicInteger readerSaw = new AtomicInteger();
    List<Integer> seen = new ArrayList<>();
    RowPipe.run(
        rows(1_000_000, -1, readerSaw),
        (row, cells) -> {
          seen.add(row);
          return row < 10;
        });
    assertThat(seen).hasSize(10);
    // the reader ran ahead by at most the batches in flight, not to the end
    assertThat(readerSaw.get()).isLessThan(10_000);
  }

  @Test
  void theReadersErrorComesAfterTheRowsBeforeIt() {
    List<Integer> seen = new ArrayList<>();
    RowPipe.Reader failing =
        sink -> {
          for (int r = 1; r <= 700; r++) {
            sink.row(r, List.of(new RawCell(0, "x", false, false)));
          }
          throw new IOException("XML tag not closed");
        };
    assertThatThrownBy(
            () ->
                RowPipe.run(
                    failing,
                    (row, cells) -> {
                      seen.add(row);
                      return true;
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("XML tag not closed");
    assertThat(seen).hasSize(700);
  }
}
