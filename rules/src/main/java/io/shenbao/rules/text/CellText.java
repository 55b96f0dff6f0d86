package io.shenbao.rules.text;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads text as a person means it: full-width digits and letters become half-width, the ideographic
 * space becomes a space, surrounding white space (including non-breaking) is dropped, and numbers
 * may carry thousands separators. The one place for such normalisation.
 */
public final class CellText {
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern PLAIN_NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  private CellText() {}

  /** Full-width to half-width, then trimmed; null stays null. */
  public static String normalise(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char m = map(c);
      if (m != c && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      }
      if (sb != null) {
        sb.append(m);
      }
    }
    return strip(sb == null ? s : sb.toString());
  }

  private static char map(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    if (c == '\u3000' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
      return ' ';
    }
    return c;
  }

  /**
   * Only surrounding white space removed (free text keeps its full-width punctuation); null stays
   * null.
   */
  public static String trim(String s) {
    return s == null ? null : strip(s);
  }

  private static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return isSpace(c) || c == '\uFEFF' || c == '\u200B';
  }

  /**
   * {@link Character#isWhitespace}, quickly for the characters a roster is made of (ASCII letters
   * and digits, CJK ideographs).
   */
  public static boolean isSpace(char c) {
    if (c < '\u0080') {
      return c <= ' ' && Character.isWhitespace(c);
    }
    return c >= '\u1680' && c <= '\u3000' && Character.isWhitespace(c);
  }

  /** True for null, empty or white-space-only text. */
  public static boolean isBlank(String s) {
    return s == null || normalise(s).isEmpty();
  }

  /**
   * The number a person means by the text ({@code "1,234.5"}, {@code "１２３"}, {@code " 12 "}), or
   * null when it is not a plain number.
   */
  public static BigDecimal number(String text) {
    String s = normalise(text);
    if (s == null || s.isEmpty()) {
      return null;
    }
    BigDecimal simple = simpleNumber(s);
    if (simple != null) {
      return simple;
    }
    s = s.replace("，", ",");
    if (s.indexOf(',') >= 0) {
      if (!GROUPED.matcher(s).matches()) {
        return null;
      }
      s = s.replace(",", "");
    }
    if (!PLAIN_NUMBER.matcher(s).matches()) {
      return null;
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The common case without a pattern: up to 18 digits with at most one decimal point inside (not
   * first, not last); null for anything else, which the full rules then read.
   */
  private static BigDecimal simpleNumber(String s) {
    int n = s.length();
    if (n > 18) {
      return null;
    }
    long unscaled = 0;
    int point = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
      } else if (c == '.' && point < 0 && i > 0 && i < n - 1) {
        point = i;
      } else {
        return null;
      }
    }
    return BigDecimal.valueOf(unscaled, point < 0 ? 0 : n - point - 1);
  }

  /** Plain text of a number without exponent or trailing zeros: 2000.0 → "2000". */
  public static String plain(BigDecimal n) {
    if (n == null) {
      return "";
    }
    BigDecimal s = n.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }
}
