package io.shenbao.cli.bundle;

import io.shenbao.cli.bundle.BagVerifier.Contents;
import io.shenbao.cli.bundle.BagVerifier.Kind;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Reads a zipped bag for {@link BagVerifier}, entry by entry as the zip's central directory lists
 * them, every copy of a repeated name included (extractors differ in which copy they keep, so a
 * repeated name is damage, whichever copy is genuine; names that differ only in case or Unicode
 * form are one file on Windows and macOS, so they repeat too). An entry whose name leaves the bag's
 * folder (absolute, {@code ..}, another top folder), a symbolic link, or an entry the directory
 * does not list but the file holds, is damage; an entry that cannot be read is named and the rest
 * are still read. A zip cut short (no central directory) is read by its local headers as far as it
 * goes.
 */
final class ZipBag {
  private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

  private ZipBag() {}

  static void read(Path file, Contents c) throws IOException {
    List<ZipArchiveEntry> directory;
    ZipFile zip;
    try {
      zip = ZipFile.builder().setPath(file).setUseUnicodeExtraFields(true).get();
    } catch (IOException e) {
      if (!startsAsZip(file)) {
        throw new BagVerifier.NotAZip(String.valueOf(e.getMessage()), e);
      }
      c.problem(Kind.TRUNCATED, file.getFileName().toString(), null);
      readLocal(file, c);
      return;
    }
    // whether every entry was read whole, its packed data used to its last byte, without a problem
    boolean whole = true;
    int problems = c.problems.size();
    try (ZipFile z = zip) {
      directory = Collections.list(z.getEntries());
      String prefix = prefix(directory);
      Map<String, Integer> seen = new HashMap<>();
      for (ZipArchiveEntry e : directory) {
        String name = e.getName();
        if (!admit(name, e.isUnixSymlink(), prefix, seen, c) || e.isDirectory()) {
          whole = false;
          continue;
        }
        try {
          Inflating inflating = Inflating.of(z, e);
          c.read(
              name.substring(prefix.length()),
              new Checked(
                  inflating != null ? inflating : z.getInputStream(e), e.getCrc(), e.getSize()),
              e.getCompressedSize());
          whole &=
              inflating != null ? inflating.exact : e.getMethod() == ZipMethod.STORED.getCode();
        } catch (IOException ex) {
          c.problem(Kind.UNREADABLE, name.substring(prefix.length()), reason(ex));
        }
      }
    }
    if (!whole || c.problems.size() != problems || !LocalHeaders.tile(file, directory)) {
      hidden(file, directory, c);
    }
  }

  /**
   * Whether an entry is read: its name is checked (outside the bag, a repeated name, a link are
   * problems, and such an entry is not read).
   */
  private static boolean admit(
      String name, boolean link, String prefix, Map<String, Integer> seen, Contents c) {
    if (!plain(name) || !name.startsWith(prefix)) {
      c.problem(Kind.OUTSIDE, name, null);
      return false;
    }
    if (seen.merge(onDisk(name), 1, Integer::sum) > 1) {
      c.problem(Kind.DUPLICATE, name, null);
      return false;
    }
    if (link) {
      c.problem(Kind.LINK, name, null);
      return false;
    }
    return true;
  }

  /**
   * The file a name becomes on the receiving office's disk: Windows and macOS take names that
   * differ only in case, or in Unicode's composed and decomposed forms (é, e + ◌́), for one file,
   * and Windows drops the dots and spaces that end a name ({@code 实施方案.pdf.} is {@code 实施方案.pdf}).
   */
  static String onDisk(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (String seg : name.split("/", -1)) {
      int end = seg.length();
      while (end > 0 && (seg.charAt(end - 1) == '.' || seg.charAt(end - 1) == ' ')) {
        end--;
      }
      if (!sb.isEmpty()) {
        sb.append('/');
      }
      sb.append(seg, 0, end);
    }
    return Normalizer.normalize(sb, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** A relative path of plain segments: no drive, no leading slash, no "." or ".." or "". */
  static boolean plain(String name) {
    if (name.isEmpty()
        || name.startsWith("/")
        || name.startsWith("\\")
        || (name.length() > 1 && name.charAt(1) == ':')) {
      return false;
    }
    String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    for (String seg : body.split("[/\\\\]", -1)) {
      if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
        return false;
      }
    }
    return true;
  }

  /** The bag's folder in the zip ("name/"), or "" when bagit.txt is at the root. */
  private static String prefix(List<ZipArchiveEntry> entries) {
    for (ZipArchiveEntry e : entries) {
      String n = e.getName();
      if (n.equals("bagit.txt")) {
        return "";
      }
      int slash = n.indexOf('/');
      if (slash > 0 && n.substring(slash + 1).equals("bagit.txt")) {
        return n.substring(0, slash + 1);
      }
    }
    return "";
  }

  /**
   * Entries the file holds that its directory does not list: extractors that read a zip from the
   * front (by its local headers) would unpack them. A zip the local reader cannot follow is left to
   * the directory's account. Read again from the front only when the local headers do not simply
   * tile the file as the directory says ({@link LocalHeaders#tile}): then the front reader would
   * inflate every entry a second time to find where the next begins.
   */
  private static void hidden(Path file, List<ZipArchiveEntry> directory, Contents c) {
    Map<String, Integer> listed = new HashMap<>();
    for (ZipArchiveEntry e : directory) {
      listed.merge(e.getName(), 1, Integer::sum);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        ZipArchiveInputStream local =
            new ZipArchiveInputStream(in, StandardCharsets.UTF_8.name(), true, true)) {
      for (ZipArchiveEntry e = local.getNextEntry(); e != null; e = local.getNextEntry()) {
        if (listed.merge(e.getName(), -1, Integer::sum) < 0) {
          c.problem(Kind.HIDDEN, e.getName(), null);
        }
      }
    } catch (IOException e) {
      // the directory was read and checked; the local headers add nothing more here
    }
  }

  /** A zip without its directory: its entries read from the front, up to the first that fails. */
  private static void readLocal(Path file, Contents c) throws IOException {
    List<String> all = new ArrayList<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        ZipArchiveInputStream local =
            new ZipArchiveInputStream(in, StandardCharsets.UTF_8.name(), true, true)) {
      String prefix = null;
      Map<String, Integer> seen = new HashMap<>();
      while (true) {
        ZipArchiveEntry e;
        try {
          e = local.getNextEntry();
        } catch (IOException ex) {
          String last = all.isEmpty() ? file.getFileName().toString() : all.get(all.size() - 1);
          c.problem(Kind.UNREADABLE, last, reason(ex));
          return;
        }
        if (e == null) {
          return;
        }
        String name = e.getName();
        all.add(name);
        if (prefix == null) {
          int slash = name.indexOf('/');
          prefix = slash > 0 ? name.substring(0, slash + 1) : "";
        }
        if (!admit(name, e.isUnixSymlink(), prefix, seen, c) || e.isDirectory()) {
          continue;
        }
        String rel = name.substring(prefix.length());
        c.read(rel, new Unclosed(local), e.getCompressedSize() > 0 ? e.getCompressedSize() : 0);
        if (c.problems.stream().anyMatch(p -> p.kind() == Kind.UNREADABLE)) {
          return; // a stream cannot be followed past a broken entry
        }
      }
    }
  }

  private static boolean startsAsZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(LOCAL_HEADER.length);
      return Arrays.equals(head, LOCAL_HEADER);
    }
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /**
   * An entry's data checked against the CRC-32 and size its directory records: corrupt data that
   * inflates without complaint is still found, and said to be unreadable rather than changed.
   */
  private static final class Checked extends Inspecting {
    private final long crc;
    private final long size;
    private final CRC32 actual = new CRC32();
    private long count;

    Checked(InputStream in, long crc, long size) {
      super(in);
      this.crc = crc;
      this.size = size;
    }

    @Override
    void seen(byte[] b, int off, int n) {
      actual.update(b, off, n);
      count += n;
    }

    @Override
    void ended() throws IOException {
      if (crc >= 0 && actual.getValue() != crc) {
        throw new IOException(
            "CRC-32 " + Long.toHexString(actual.getValue()) + " ≠ " + Long.toHexString(crc));
      }
      if (size >= 0 && count != size) {
        throw new IOException(count + " bytes ≠ " + size);
      }
    }
  }

  /**
   * A deflated entry's data, inflated as the zip library inflates it (the same stream over its
   * packed bytes and one dummy byte, the same errors), that also tells whether the deflate stream
   * ended on the last packed byte: only then does a reader from the front find the next entry where
   * the directory says it is.
   */
  static final class Inflating extends InflaterInputStream {
    private final long packed;

    /** Set when closed: whether the stream ended exactly at the end of the packed data. */
    boolean exact;

    private Inflating(InputStream raw, Inflater inflater, long packed) {
      super(
          new SequenceInputStream(
              new BufferedInputStream(raw), new ByteArrayInputStream(new byte[1])),
          inflater);
      this.packed = packed;
    }

    /** The entry's data, or null when it is not deflated (or encrypted): the library reads it. */
    static Inflating of(ZipFile z, ZipArchiveEntry e) throws IOException {
      if (e.getMethod() != ZipMethod.DEFLATED.getCode()
          || e.getGeneralPurposeBit().usesEncryption()
          || e.getGeneralPurposeBit().usesStrongEncryption()) {
        return null;
      }
      return new Inflating(z.getRawInputStream(e), new Inflater(true), e.getCompressedSize());
    }

    private boolean ended;

    @Override
    public void close() throws IOException {
      if (ended) {
        return;
      }
      ended = true;
      try {
        exact = inf.finished() && inf.getRemaining() == 0 && inf.getBytesRead() == packed;
        super.close();
      } finally {
        inf.end();
      }
    }
  }

  /** The current entry of a local reader, which reading it must not close. */
  private static final class Unclosed extends FilterInputStream {
    Unclosed(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the archive stream stays open for the next entry
    }
  }
}
