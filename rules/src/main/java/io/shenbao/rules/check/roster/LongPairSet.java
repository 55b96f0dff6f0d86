package io.shenbao.rules.check.roster;

/** An open-addressing map from a pair of longs to a positive int (a row number). */
final class LongPairSet {
  private long[] hi = new long[1024];
  private long[] lo = new long[1024];
  private int[] rows = new int[1024];
  private int size;

  /** Stores the pair with its row unless present; returns the earlier row, or 0 when new. */
  int putIfAbsent(long h, long l, int row) {
    if (size * 2 >= rows.length) {
      grow();
    }
    int mask = rows.length - 1;
    int i = mix(h, l) & mask;
    while (rows[i] != 0) {
      if (hi[i] == h && lo[i] == l) {
        return rows[i];
      }
      i = (i + 1) & mask;
    }
    hi[i] = h;
    lo[i] = l;
    rows[i] = row;
    size++;
    return 0;
  }

  private static int mix(long h, long l) {
    long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
    return (int) (x ^ x >>> 32);
  }

  private void grow() {
    long[] oh = hi;
    long[] ol = lo;
    int[] or = rows;
    hi = new long[or.length * 2];
    lo = new long[or.length * 2];
    rows = new int[or.length * 2];
    size = 0;
    for (int i = 0; i < or.length; i++) {
      if (or[i] != 0) {
        putIfAbsent(oh[i], ol[i], or[i]);
      }
    }
  }
}
