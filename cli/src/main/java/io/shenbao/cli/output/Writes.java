package io.shenbao.cli.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * Every file the tool writes goes through here: created new, through the {@link Faults} seam, and
 * any failure while writing it becomes a {@link WriteFailure} that names the file.
 */
public final class Writes {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Writes() {}

  /** What writes a file's content. */
  @FunctionalInterface
  public interface Body {
    void write(OutputStream out) throws IOException;
  }

  /** Creates {@code file} (it must not exist) and writes it. */
  public static void create(Path file, Faults faults, Body body) throws IOException {
    OutputStream raw;
    try {
      raw = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new WriteFailure(file, e);
    }
    try (OutputStream out =
        new Named(file, new BufferedOutputStream(faults.wrap(file, raw), 1 << 16))) {
      body.write(out);
    } catch (WriteFailure e) {
      throw e;
    } catch (IOException e) {
      throw new WriteFailure(file, e);
    }
  }

  /** Creates {@code file} holding {@code bytes}. */
  public static void write(Path file, byte[] bytes, Faults faults) throws IOException {
    create(file, faults, out -> out.write(bytes));
  }

  /** Copies {@code from} to the new file {@code to}. */
  public static void copy(Path from, Path to, Faults faults) throws IOException {
    try (InputStream in = Files.newInputStream(from)) {
      create(to, faults, in::transferTo);
    }
  }

  /**
   * Writes {@code target} whole or not at all: through a temporary file beside it that is moved
   * into place when complete (rw-r--r--, replacing what was there) and removed on any failure.
   */
  public static void atomically(Path target, Faults faults, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      WriteFailure w = WriteFailure.of(e, abs);
      throw w != null ? w : e;
    }
    Path tmp = temporary(abs);
    try {
      create(tmp, faults, body);
      readable(tmp);
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (WriteFailure e) {
      throw new WriteFailure(abs, (IOException) e.getCause());
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A fresh hidden name beside {@code target} for writing it. */
  public static Path temporary(Path target) {
    return target.resolveSibling(
        "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
  }

  /** An ordinary file, readable by all (rw-r--r--), whatever the umask. */
  public static void readable(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /** A stream whose failures name its file. */
  private static final class Named extends FilterOutputStream {
    private final Path file;

    Named(Path file, OutputStream out) {
      super(out);
      this.file = file;
    }

    /** One step of writing. */
    private interface Step {
      void run() throws IOException;
    }

    private void named(Step step) throws WriteFailure {
      try {
        step.run();
      } catch (IOException e) {
        throw new WriteFailure(file, e);
      }
    }

    @Override
    public void write(int b) throws IOException {
      named(() -> out.write(b));
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      named(() -> out.write(b, off, len));
    }

    @Override
    public void flush() throws IOException {
      named(out::flush);
    }

    @Override
    public void close() throws IOException {
      named(out::close);
    }
  }
}
