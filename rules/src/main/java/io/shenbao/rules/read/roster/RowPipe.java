package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Scans a sheet on a second thread and hands its cells, in batches, to the caller's sink on the
 * caller's thread: a large roster is inflated, scanned and decoded to text on one core while the
 * other makes rows of the cells and checks the rows already read. Decoding goes to whichever side
 * is idle: a batch started while the caller waits for work carries raw bytes instead of texts. A
 * batch is a few flat arrays (texts or bytes, columns, types), recycled. The sink sees exactly what
 * it would see without the pipe, in the same order; an error of the scanner reaches the caller
 * after the rows read before it; a sink that stops the reading stops the scanner too. At most a few
 * batches are held at a time.
 */
final class RowPipe {
  private static final int BATCH_ROWS = 1024;
  private static final int BATCH_CHARS = 256 * 1024;
  private static final int BATCHES = 4;

  /** Scans cells into a sink. */
  @FunctionalInterface
  interface Reader {
    void read(SheetCells.Sink sink) throws IOException;
  }

  /**
   * Rows of cells in flat arrays; {@code last} ends the stream, with the scanner's error if any.
   */
  private static final class Batch implements SheetCells.Sink {
    private final SharedStrings strings;
    int[] rows = new int[BATCH_ROWS];
    int[] rowEnds = new int[BATCH_ROWS];
    int rowCount;
    int[] columns = new int[BATCH_ROWS * 8];
    int[] types = new int[BATCH_ROWS * 8];
    String[] texts = new String[BATCH_ROWS * 8];
    boolean[] cuts = new boolean[BATCH_ROWS * 8];
    int[] ends = new int[BATCH_ROWS * 8];
    int cellCount;
    int chars;

    /** Values kept as bytes, to be decoded by the receiver (when the scanner is the slower). */
    boolean raw;

    byte[] bytes = new byte[BATCH_CHARS];
    int used;
    boolean last;
    IOException error;
    Error fatal;

    Batch(SharedStrings strings) {
      this.strings = strings;
    }

    @Override
    public void cell(int column, int type, byte[] value, int offset, int length, boolean cut)
        throws IOException {
      String text = null;
      boolean tooLong = cut;
      if (raw) {
        if (length == 0) {
          return;
        }
        if (used + length > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(used + length, bytes.length * 2));
        }
        System.arraycopy(value, offset, bytes, used, length);
        used += length;
      } else {
        text = SheetCells.decode(type, value, offset, length, strings);
        if (text == null) {
          return;
        }
        tooLong |= SheetCells.sharedCut(type, value, offset, length, strings);
        chars += text.length();
      }
      if (cellCount == columns.length) {
        int n = cellCount * 2;
        columns = Arrays.copyOf(columns, n);
        types = Arrays.copyOf(types, n);
        texts = Arrays.copyOf(texts, n);
        cuts = Arrays.copyOf(cuts, n);
        ends = Arrays.copyOf(ends, n);
      }
      columns[cellCount] = column;
      types[cellCount] = type;
      texts[cellCount] = text;
      cuts[cellCount] = tooLong;
      ends[cellCount] = used;
      cellCount++;
    }

    @Override
    public boolean endRow(int row) {
      rows[rowCount] = row;
      rowEnds[rowCount] = cellCount;
      rowCount++;
      return true;
    }

    void reset(boolean keepRaw) {
      Arrays.fill(texts, 0, cellCount, null);
      rowCount = 0;
      cellCount = 0;
      chars = 0;
      used = 0;
      raw = keepRaw;
    }

    boolean full() {
      return rowCount == BATCH_ROWS || chars >= BATCH_CHARS || used >= BATCH_CHARS;
    }

    /** Hands the batch's rows on; false when the sink stopped. */
    boolean deliver(SheetCells.ToRows sink) throws IOException {
      int cell = 0;
      for (int r = 0; r < rowCount; r++) {
        for (; cell < rowEnds[r]; cell++) {
          if (raw) {
            int from = cell == 0 ? 0 : ends[cell - 1];
            sink.cell(columns[cell], types[cell], bytes, from, ends[cell] - from, cuts[cell]);
          } else {
            sink.text(columns[cell], types[cell], texts[cell], cuts[cell]);
          }
        }
        if (!sink.endRow(rows[r])) {
          return false;
        }
      }
      return true;
    }
  }

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
  private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES + 2);
  private final SharedStrings strings;
  private volatile boolean stopped;

  private RowPipe(SharedStrings strings) {
    this.strings = strings;
  }

  /** Runs {@code reader} on a second thread, delivering to {@code sink} on this one. */
  static void run(Reader reader, SheetCells.ToRows sink) throws IOException {
    RowPipe pipe = new RowPipe(sink.strings());
    Thread worker = new Thread(() -> pipe.produce(reader), "shenbao-sheet-reader");
    worker.setDaemon(true);
    worker.start();
    try {
      pipe.consume(sink);
    } finally {
      pipe.stopped = true;
      pipe.queue.clear();
      worker.interrupt();
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void produce(Reader reader) {
    Batch[] current = {fresh()};
    SheetCells.Sink collector =
        new SheetCells.Sink() {
          @Override
          public void cell(int column, int type, byte[] value, int offset, int length, boolean cut)
              throws IOException {
            current[0].cell(column, type, value, offset, length, cut);
          }

          @Override
          public boolean endRow(int row) {
            current[0].endRow(row);
            if (current[0].full()) {
              Batch full = current[0];
              current[0] = null; // sent: never touched again, even if what follows fails
              send(full);
              current[0] = fresh();
            }
            return !stopped;
          }
        };
    try {
      reader.read(collector);
    } catch (IOException e) {
      current[0].error = e;
    } catch (RuntimeException e) {
      current[0].error = new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    } catch (Error e) {
      // out of memory, say: the caller must hear of it rather than wait for a last batch forever
      if (current[0] == null) {
        current[0] = new Batch(strings);
      }
      current[0].fatal = e;
    }
    current[0].last = true;
    send(current[0]);
  }

  /**
   * An emptied batch the caller is done with, or a new one. When no batch is waiting for the
   * caller, the scanner is the slower of the two, and leaves decoding this batch to the caller.
   */
  private Batch fresh() {
    Batch b = free.poll();
    if (b == null) {
      b = new Batch(strings);
    }
    b.reset(queue.isEmpty());
    return b;
  }

  /** Queues a batch, giving up when the caller has stopped listening. */
  private void send(Batch b) {
    try {
      while (!stopped && !queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
        // the caller is still busy with earlier rows
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }

  private void consume(SheetCells.ToRows sink) throws IOException {
    while (true) {
      Batch b;
      try {
        b = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the workbook");
      }
      if (!b.deliver(sink)) {
        return;
      }
      if (b.last) {
        if (b.fatal != null) {
          throw b.fatal;
        }
        if (b.error != null) {
          throw b.error;
        }
        return;
      }
      free.offer(b);
    }
  }
}
