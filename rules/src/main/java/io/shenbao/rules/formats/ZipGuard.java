package io.shenbao.rules.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Refuses a workbook that would inflate far beyond any real roster (a zip bomb) before a reader
 * opens it. A 1,000,000-row roster's sheet inflates to about 320 MB at a ratio near 8.
 */
public final class ZipGuard {
  /** No part inflates beyond this, whatever its header says. */
  public static final long MAX_TOTAL = 3L * 1024 * 1024 * 1024;

  /** Beyond {@link #RATIO_FLOOR}, no part inflates more than this many times its packed size. */
  public static final long MAX_RATIO = 100;

  /** The size from which the ratio counts. */
  public static final long RATIO_FLOOR = 10L * 1024 * 1024;

  private ZipGuard() {}

  /** A part that inflates beyond {@link #MAX_TOTAL} while it is read, whatever its header said. */
  public static final class Bomb extends IOException {
    private static final long serialVersionUID = 1L;

    /** With the reason for the user. */
    public Bomb(String reason) {
      super(reason);
    }
  }

  /**
   * True when a part that has inflated to {@code inflated} bytes from {@code packed} (0 when not
   * known) is past the limits: more than {@link #MAX_TOTAL}, or past {@link #RATIO_FLOOR} at more
   * than {@link #MAX_RATIO} times its packed size.
   */
  public static boolean tooInflated(long inflated, long packed) {
    return inflated > MAX_TOTAL
        || (inflated > RATIO_FLOOR && packed > 0 && inflated / packed > MAX_RATIO);
  }

  /** Null when the archive looks sane, otherwise a reason for the user. */
  public static String check(Path file) throws IOException {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        long size = e.getSize();
        long packed = e.getCompressedSize();
        if (size < 0) {
          continue;
        }
        total += size;
        if (size > RATIO_FLOOR && packed > 0 && size / packed > MAX_RATIO) {
          return e.getName() + " " + (size / packed) + "×";
        }
      }
    }
    if (total > MAX_TOTAL) {
      return (total >> 20) + " MiB";
    }
    return null;
  }
}
