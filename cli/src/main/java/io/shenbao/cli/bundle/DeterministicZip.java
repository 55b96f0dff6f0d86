package io.shenbao.cli.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Zip archives that are the same bytes every time: fixed entry times (the bundle date, no extended
 * time fields), sorted entries where order is free, default compression.
 */
final class DeterministicZip {
  private DeterministicZip() {}

  /** Rewrites a zip (an .xlsx) keeping its entry order but with fixed times. */
  static byte[] normalise(byte[] zip, LocalDateTime time) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(time);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** Zips a folder into {@code os}: entries under {@code top/}, sorted by path, fixed times. */
  static void zipFolder(Path folder, String top, OutputStream os, LocalDateTime time)
      throws IOException {
    TreeMap<String, Path> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(top + "/" + folder.relativize(p).toString().replace('\\', '/'), p);
        }
      }
    }
    try (ZipOutputStream z = new ZipOutputStream(os)) {
      for (var e : files.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(time);
        z.putNextEntry(entry);
        try (InputStream in = Files.newInputStream(e.getValue())) {
          in.transferTo(z);
        }
        z.closeEntry();
      }
    }
  }
}
