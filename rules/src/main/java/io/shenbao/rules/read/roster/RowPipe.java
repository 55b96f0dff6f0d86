package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a sheet on a second thread and hands its rows, in batches, to the caller's sink on the
 * caller's thread: a large roster is inflated and parsed on one core while the other interprets and
 * checks the rows already read. The sink sees exactly what it would see without the pipe, in the
 * same order; an error of the reader reaches the caller after the rows read before it; a sink that
 * stops the reading stops the reader too. At most a few batches are held at a time.
 */
final class RowPipe {
  private static final int BATCH = 512;
  private static final int BATCHES = 4;

  /** Reads rows into a sink. */
  @FunctionalInterface
  interface Reader {
    void read(RowSink sink) throws IOException;
  }

  /** One row, or a cell cut as too long ({@code cells == null}). */
  private record Item(int row, int column, RawCell[] cells) {}

  /** A batch of items; {@code last} ends the stream, with the reader's error if any. */
  private record Batch(List<Item> items, boolean last, IOException error) {}

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
  private volatile boolean stopped;

  private RowPipe() {}

  /** Runs {@code reader} on a second thread, delivering to {@code sink} on this one. */
  static void run(Reader reader, RowSink sink) throws IOException {
    RowPipe pipe = new RowPipe();
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
    Collector collector = new Collector();
    IOException error = null;
    try {
      reader.read(collector);
    } catch (IOException e) {
      error = e;
    } catch (RuntimeException e) {
      error = new IOException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
    send(new Batch(collector.items, true, error));
  }

  /** The reader's side: fills batches and queues each when full. */
  private final class Collector implements RowSink {
    private List<Item> items = new ArrayList<>(BATCH);

    @Override
    public boolean row(int row, List<RawCell> cells) {
      items.add(new Item(row, 0, cells.toArray(new RawCell[0])));
      if (items.size() >= BATCH) {
        send(new Batch(items, false, null));
        items = new ArrayList<>(BATCH);
      }
      return !stopped;
    }

    @Override
    public void oversized(int row, int column) {
      items.add(new Item(row, column, null));
    }
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

  private void consume(RowSink sink) throws IOException {
    while (true) {
      Batch b;
      try {
        b = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the workbook");
      }
      for (Item item : b.items()) {
        if (item.cells() == null) {
          sink.oversized(item.row(), item.column());
        } else if (!sink.row(item.row(), Arrays.asList(item.cells()))) {
          return;
        }
      }
      if (b.last()) {
        if (b.error() != null) {
          throw b.error();
        }
        return;
      }
    }
  }
}
