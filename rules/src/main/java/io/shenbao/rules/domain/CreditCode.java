package io.shenbao.rules.domain;

import java.util.Arrays;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol set (no I, O, Z, S, V), positions 3–8 an
 * administrative-division code, 9–17 the 组织机构代码 of GB 11714 (17 being its own check character) and
 * 18 the check character over the first 17.
 */
public final class CreditCode {
  /** The GB 32100 character set; a character's value is its index. */
  public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** A character's value in {@link #CHARSET}, or -1; indexed by the character (ASCII only). */
  private static final byte[] VALUE = new byte[128];

  static {
    Arrays.fill(VALUE, (byte) -1);
    for (int i = 0; i < CHARSET.length(); i++) {
      VALUE[CHARSET.charAt(i)] = (byte) i;
    }
  }

  /** The character's value in {@link #CHARSET}, or -1 when it is not in the set. */
  private static int value(char c) {
    return c < 128 ? VALUE[c] : -1;
  }

  private CreditCode() {}

  /** What is wrong with a code. */
  public enum Defect {
    LENGTH,
    CHARSET,
    REGION,
    CHECK
  }

  /**
   * The first defect found, or null for a valid code.
   *
   * @param defect what is wrong
   * @param position 1-based position concerned (0 for length)
   * @param expected the expected check character (for CHECK)
   */
  public record Result(Defect defect, int position, char expected) {}

  /** Checks length, character set, the division digits and the check character. */
  public static Result check(String code) {
    if (code.length() != 18) {
      return new Result(Defect.LENGTH, 0, ' ');
    }
    for (int i = 0; i < 18; i++) {
      if (value(code.charAt(i)) < 0) {
        return new Result(Defect.CHARSET, i + 1, ' ');
      }
    }
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return new Result(Defect.REGION, i + 1, ' ');
      }
    }
    char expected = checkChar(code);
    if (code.charAt(17) != expected) {
      return new Result(Defect.CHECK, 18, expected);
    }
    return null;
  }

  /** The check character for the first 17 characters (all in {@link #CHARSET}). */
  public static char checkChar(String code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += value(code.charAt(i)) * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  /** The GB 11714 check character expected at position 17, or 0 if 9–16 hold other symbols. */
  public static char orgCheckChar(String code) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = code.charAt(8 + i);
      int v;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (c >= 'A' && c <= 'Z') {
        v = c - 'A' + 10;
      } else {
        return 0;
      }
      sum += v * ORG_WEIGHTS[i];
    }
    int r = 11 - sum % 11;
    return r == 10 ? 'X' : r == 11 ? '0' : (char) ('0' + r);
  }

  /**
   * Packs a valid code into two longs (5 bits a character), exactly, so that a million codes can be
   * compared without keeping a million strings.
   */
  public static long[] pack(String code) {
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 12; i++) {
      hi = hi << 5 | value(code.charAt(i));
    }
    for (int i = 12; i < 18; i++) {
      lo = lo << 5 | value(code.charAt(i));
    }
    return new long[] {hi, lo};
  }

  /** The code that {@link #pack} packed. */
  public static String unpack(long hi, long lo) {
    char[] out = new char[18];
    for (int i = 11; i >= 0; i--) {
      out[i] = CHARSET.charAt((int) (hi & 31));
      hi >>>= 5;
    }
    for (int i = 17; i >= 12; i--) {
      out[i] = CHARSET.charAt((int) (lo & 31));
      lo >>>= 5;
    }
    return new String(out);
  }
}
