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

  /** No strings (a workbook without the part). */
  SharedStrings() {}

  /** Reads the part; refuses one larger than {@code maxBytes} of text. */
  static SharedStrings read(XmlBytes x, long maxBytes) throws IOException {
    SharedStrings s = new SharedStrings();
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
          if (s.used + (long) n > maxBytes) {
            throw new IOException("shared strings larger than " + (maxBytes >> 20) + " MB");
          }
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

  private void append(byte[] b, int offset, int n) {
    if (used + n > data.length) {
      data = Arrays.copyOf(data, Math.max(used + n, data.length + (data.length >> 1)));
    }
    System.arraycopy(b, offset, data, used, n);
    used += n;
  }

  private void end(boolean truncated) {
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, count * 2);
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
