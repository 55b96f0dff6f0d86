package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads (inflates) a stream on a second thread while the caller parses what was already read: a
 * large sheet part is inflated and scanned at the same time on two cores. Four chunks circulate
 * between the threads, so memory stays at about a megabyte whatever the size of the part. An error
 * of the source reaches the caller at the point where the data would have.
 */
final class Prefetch extends InputStream {
  private static final int CHUNK = 256 * 1024;
  private static final int CHUNKS = 4;

  /** A filled buffer, or the end of the stream ({@code length < 0}), or the source's error. */
  private record Chunk(byte[] data, int length, IOException error) {}

  private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS + 1);
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS);
  private final Thread worker;
  private Chunk current;
  private int offset;
  private boolean done;

  Prefetch(InputStream source) {
    for (int i = 0; i < CHUNKS; i++) {
      free.add(new byte[CHUNK]);
    }
    worker = new Thread(() -> pump(source), "shenbao-inflate");
    worker.setDaemon(true);
    worker.start();
  }

  private void pump(InputStream source) {
    try (source) {
      while (true) {
        byte[] b = free.take();
        int n = 0;
        while (n < b.length) {
          int r = source.read(b, n, b.length - n);
          if (r < 0) {
            break;
          }
          n += r;
        }
        if (n > 0) {
          full.put(new Chunk(b, n, null));
        }
        if (n < b.length) {
          full.put(new Chunk(null, -1, null));
          return;
        }
      }
    } catch (IOException e) {
      putQuietly(new Chunk(null, -1, e));
    } catch (RuntimeException e) {
      putQuietly(new Chunk(null, -1, new IOException(e.getMessage(), e)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void putQuietly(Chunk c) {
    try {
      full.put(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!advance()) {
      return -1;
    }
    int n = Math.min(len, current.length() - offset);
    System.arraycopy(current.data(), offset, b, off, n);
    offset += n;
    return n;
  }

  @Override
  public int read() throws IOException {
    if (!advance()) {
      return -1;
    }
    return current.data()[offset++] & 0xFF;
  }

  /** Makes a chunk with unread bytes current; false at the end. */
  private boolean advance() throws IOException {
    while (!done && (current == null || offset >= current.length())) {
      if (current != null && current.data() != null) {
        free.add(current.data());
      }
      try {
        current = full.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the workbook");
      }
      offset = 0;
      if (current.error() != null) {
        done = true;
        throw current.error();
      }
      if (current.length() < 0) {
        done = true;
      }
    }
    return !done;
  }

  @Override
  public void close() throws IOException {
    done = true;
    worker.interrupt();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
