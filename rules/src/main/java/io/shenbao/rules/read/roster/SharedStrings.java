package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A workbook's shared strings, kept as UTF-8 bytes in one array with an offset per string (about a
 * third of the memory of a list of strings); a string is made only when a cell asks for it.
 * Phonetic runs ({@code rPh}) are not part of the text, as in Excel.
 */
final class SharedStrings {
  private static final byte[] SI = bytes("si");
  private static final byte[] T = bytes("t");
  private static final byte[] RPH = bytes("rPh");

  private byte[] data = new byte[1 << 12];
  private int used;
  private int[] ends = new int[1 << 8];
  private int count;
  private final BitSet cut = new BitSet();

  /** What the strings may take: text and offsets together. */
  private long budget = Long.MAX_VALUE;

  /** No strings (a workbook without the part). */
  SharedStrings() {}

  /**
   * The part would take more memory than it may: its text and one offset per string (a million
   * empty strings cost 4 MB of offsets and no text), counted as they grow.
   */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    /** What it may take, in bytes. */
    final long budget;

    TooLarge(long budget) {
      super("shared strings larger than " + (budget >> 20) + " MB");
      this.budget = budget;
    }
  }

  /** Reads the part; refuses ({@link TooLarge}) one that takes more than {@code maxBytes}. */
  static SharedStrings read(XmlBytes x, long maxBytes) throws IOException {
    SharedStrings s = new SharedStrings();
    s.budget = maxBytes;
    int depthRph = 0;
    boolean inSi = false;
    boolean inT = false;
    int start = 0;
    boolean truncated = false;
    for (int ev = x.next(); ev != XmlBytes.EOF; ev = x.next()) {
      if (ev == XmlBytes.START) {
        if (x.is(SI)) {
          inSi = true;
          start = s.used;
          truncated = false;
        } else if (x.is(RPH)) {
          depthRph++;
        } else if (x.is(T)) {
          inT = inSi && depthRph == 0;
        }
      } else if (ev == XmlBytes.TEXT) {
        if (inT) {
          truncated |= x.textTotal() > x.textLength();
          int room = XmlBytes.MAX_TEXT - (s.used - start);
          int n = Math.min(room, x.textLength());
          truncated |= n < x.textLength();
          s.append(x.textBytes(), x.textOffset(), n);
        }
      } else if (x.is(T)) {
        inT = false;
      } else if (x.is(RPH)) {
        depthRph = Math.max(0, depthRph - 1);
      } else if (x.is(SI) && inSi) {
        inSi = false;
        s.end(truncated);
      }
    }
    return s;
  }

  private void append(byte[] b, int offset, int n) throws TooLarge {
    if (used + n > data.length) {
      long want = Math.max(used + (long) n, data.length + (long) (data.length >> 1));
      long room = budget - 4L * ends.length;
      if (used + (long) n > room) {
        throw new TooLarge(budget);
      }
      data = Arrays.copyOf(data, (int) Math.min(Math.min(want, room), Integer.MAX_VALUE - 16));
    }
    System.arraycopy(b, offset, data, used, n);
    used += n;
  }

  private void end(boolean truncated) throws TooLarge {
    if (count == ends.length) {
      long want = Math.min(count * 2L, Integer.MAX_VALUE - 16);
      if (data.length + 4 * want > budget) {
        want = (budget - data.length) / 4;
        if (want <= count) {
          throw new TooLarge(budget);
        }
      }
      ends = Arrays.copyOf(ends, (int) want);
    }
    if (truncated) {
      cut.set(count);
    }
    ends[count++] = used;
  }

  /** How many strings there are. */
  int size() {
    return count;
  }

  /** The i-th string, or null when there is none. */
  String get(int i) {
    if (i < 0 || i >= count) {
      return null;
    }
    int from = i == 0 ? 0 : ends[i - 1];
    return new String(data, from, ends[i] - from, StandardCharsets.UTF_8);
  }

  /** True when the i-th string was longer than a cell can be and was cut. */
  boolean isCut(int i) {
    return cut.get(i);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
