package io.shenbao.rules.finding;

import java.util.Locale;

/**
 * Control characters in text the user supplied. A terminal or a CI log obeys them (ESC [2J clears
 * the screen, ESC ] 0; retitles the window), so every such string is shown escaped ({@code
 * \u001B}); and a printed document cannot show them, so the readers report them at their cell.
 */
public final class Printable {
  private Printable() {}

  /** C0 controls, DEL and C1 controls: what a terminal may act on. */
  public static boolean isControl(int c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
  }

  /** The text with every control character shown as {@code \u001B}; null stays null. */
  public static String escape(String s) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !isControl(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        sb.append(codePoint(c).replace("U+", "\\u"));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The first control character in {@code s} that a printed page cannot show (a tab, a line feed
   * and a carriage return are layout, not controls, and are allowed), or -1.
   */
  public static int firstUnprintable(String s) {
    if (s == null) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return c;
      }
    }
    return -1;
  }

  /** {@code U+0001}, as the messages name a character. */
  public static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }
}
