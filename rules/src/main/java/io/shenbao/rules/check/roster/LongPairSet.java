package io.shenbao.rules.check.roster;

/**
 * An open-addressing map from a key of 64 + 33 bits to a positive int (a row number), for a million
 * codes or names in 16 bytes each: the second long holds the key's low 33 bits and the row above
 * them, so a slot is one pair of longs and a lookup costs one cache miss. The table is cut into
 * segments chosen by the hash's top bits that grow on their own, so growing never copies the whole
 * table, and it stays at most 70% full, so it touches little memory (on this kind of machine, the
 * first touch of memory costs more than the hashing).
 */
final class LongPairSet {
  private static final int STRIDE = 2;
  private static final int SEGMENT_BITS = 6;
  private static final int LOW_BITS = 33;
  private static final long LOW_MASK = (1L << LOW_BITS) - 1;

  private final long[][] segments = new long[1 << SEGMENT_BITS][];
  private final int[] sizes = new int[1 << SEGMENT_BITS];
  private long touched;

  /**
   * Reads the slot where the key would go, so that a later {@link #putIfAbsent} finds it in the
   * cache: touching a batch of keys first lets their cache misses overlap.
   */
  void touch(long h, long l) {
    long hash = mix(h, l & LOW_MASK);
    long[] table = segments[(int) (hash >>> (64 - SEGMENT_BITS))];
    if (table != null) {
      touched += table[((int) hash & (table.length / STRIDE - 1)) * STRIDE + 1];
    }
  }

  /**
   * Stores the key (all of {@code h}, the low 33 bits of {@code l}) with its row unless present;
   * returns the earlier row, or 0 when new.
   */
  int putIfAbsent(long h, long l, int row) {
    if (row <= 0) {
      throw new IllegalArgumentException("row " + row);
    }
    l &= LOW_MASK;
    long hash = mix(h, l);
    int s = (int) (hash >>> (64 - SEGMENT_BITS));
    long[] table = segments[s];
    if (table == null) {
      table = new long[16 * STRIDE];
      segments[s] = table;
    } else if (sizes[s] * 10L >= table.length / STRIDE * 7L) {
      table = grow(table);
      segments[s] = table;
    }
    int found = put(table, (int) hash, h, l, row);
    if (found == 0) {
      sizes[s]++;
    }
    return found;
  }

  private static int put(long[] table, int hash, long h, long l, int row) {
    int mask = table.length / STRIDE - 1;
    int i = hash & mask;
    while (true) {
      int at = i * STRIDE;
      long second = table[at + 1];
      if (second == 0) {
        table[at] = h;
        table[at + 1] = l | (long) row << LOW_BITS;
        return 0;
      }
      if (table[at] == h && (second & LOW_MASK) == l) {
        return (int) (second >>> LOW_BITS);
      }
      i = (i + 1) & mask;
    }
  }

  private static long mix(long h, long l) {
    long x = h ^ Long.rotateLeft(l * 0xC2B2AE3D27D4EB4FL, 31);
    x ^= x >>> 33;
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    x *= 0xC4CEB9FE1A85EC53L;
    return x ^ x >>> 33;
  }

  private static long[] grow(long[] old) {
    long[] table = new long[old.length * 2];
    for (int at = 0; at < old.length; at += STRIDE) {
      long second = old[at + 1];
      if (second != 0) {
        long l = second & LOW_MASK;
        put(table, (int) mix(old[at], l), old[at], l, (int) (second >>> LOW_BITS));
      }
    }
    return table;
  }
}
