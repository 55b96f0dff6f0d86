package io.shenbao.cli.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

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

  /**
   * Zips a folder into {@code os}: entries under {@code top/}, sorted by path, fixed times. Each
   * entry is marked as made on Unix (mode 0644) with its UTF-8 name flagged: an entry marked as
   * made on MS-DOS has its Chinese name decoded as a DOS code page by Debian's and Ubuntu's unzip,
   * which extracts the package into a folder of garbled names that verify cannot find.
   */
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
    // the entries' DOS time is the local date and time given, in any time zone the JVM runs in
    long when = time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(os)) {
      z.setEncoding(StandardCharsets.UTF_8.name());
      z.setUseLanguageEncodingFlag(true);
      for (var e : files.entrySet()) {
        ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
        entry.setUnixMode(UnixStat.FILE_FLAG | 0644);
        entry.setTime(when);
        z.putArchiveEntry(entry);
        try (InputStream in = Files.newInputStream(e.getValue())) {
          in.transferTo(z);
        }
        z.closeArchiveEntry();
      }
    }
  }
}
