package io.shenbao.cli.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.zip.GeneralPurposeBit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * A zip read from the front, as an extractor that ignores the central directory reads it, without
 * inflating anything: it holds exactly the entries its directory lists when, from the file's first
 * byte, each local header stands where the directory says its entry starts, names it with the same
 * bytes and flags and no extra field, is followed by the entry's packed data (whose deflate stream
 * the caller has seen end on its last byte) and, when flagged, a data descriptor with its
 * signature, and the directory's first header follows the last entry. Anything else (a gap, a
 * header the directory does not list, an extra field, Zip64, a stored entry with a descriptor) is
 * not decided here: the caller reads the file from the front.
 */
final class LocalHeaders {
  private static final int LOCAL = 0x04034b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int DESCRIPTOR = 0x08074b50;
  private static final int FLAG_DESCRIPTOR = 1 << 3;
  private static final int FLAG_UTF8 = 1 << 11;
  private static final long MAX_32 = 0xFFFFFFFFL;

  private LocalHeaders() {}

  /**
   * Whether the local headers of {@code file} tile it exactly as its directory lists {@code
   * entries}; the caller has read every entry whole through the directory, each deflate stream
   * ending on the last byte of its packed data.
   */
  static boolean tile(Path file, List<ZipArchiveEntry> entries) throws IOException {
    List<ZipArchiveEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingLong(ZipArchiveEntry::getLocalHeaderOffset));
    ByteBuffer header = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer descriptor = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long pos = 0;
      for (ZipArchiveEntry e : sorted) {
        byte[] name = e.getRawName();
        int flags = flags(e.getGeneralPurposeBit());
        if (e.getLocalHeaderOffset() != pos
            || flags < 0
            || e.getCompressedSize() >= MAX_32
            || e.getSize() >= MAX_32
            || !read(ch, header, pos)
            || header.getInt(0) != LOCAL
            || (header.getShort(6) & 0xFFFF) != flags
            || (header.getShort(8) & 0xFFFF) != e.getMethod()
            || (header.getShort(26) & 0xFFFF) != name.length
            || header.getShort(28) != 0
            || !Arrays.equals(name(ch, pos + 30, name.length), name)) {
          return false;
        }
        boolean described = (flags & FLAG_DESCRIPTOR) != 0;
        if (!described
            && ((header.getInt(14) & MAX_32) != e.getCrc()
                || (header.getInt(18) & MAX_32) != e.getCompressedSize()
                || (header.getInt(22) & MAX_32) != e.getSize())) {
          return false;
        }
        pos += 30 + name.length + e.getCompressedSize();
        if (described) {
          if (e.getMethod() != ZipMethod.DEFLATED.getCode()
              || !read(ch, descriptor, pos)
              || descriptor.getInt(0) != DESCRIPTOR
              || (descriptor.getInt(4) & MAX_32) != e.getCrc()
              || (descriptor.getInt(8) & MAX_32) != e.getCompressedSize()
              || (descriptor.getInt(12) & MAX_32) != e.getSize()) {
            return false;
          }
          pos += 16;
        }
      }
      ByteBuffer next = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      return read(ch, next, pos) && next.getInt(0) == CENTRAL;
    }
  }

  /** The flags a local header must carry for {@code bit}; -1 for one that is not decided here. */
  private static int flags(GeneralPurposeBit bit) {
    if (bit.usesEncryption() || bit.usesStrongEncryption()) {
      return -1;
    }
    return (bit.usesDataDescriptor() ? FLAG_DESCRIPTOR : 0)
        | (bit.usesUTF8ForNames() ? FLAG_UTF8 : 0);
  }

  private static byte[] name(FileChannel ch, long pos, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    return read(ch, b, pos) ? b.array() : null;
  }

  /** Fills {@code b} from {@code pos}; false when the file ends first. */
  private static boolean read(FileChannel ch, ByteBuffer b, long pos) throws IOException {
    b.clear();
    while (b.hasRemaining()) {
      int n = ch.read(b, pos + b.position());
      if (n < 0) {
        return false;
      }
    }
    return true;
  }
}
