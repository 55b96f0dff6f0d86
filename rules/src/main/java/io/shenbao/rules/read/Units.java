package io.shenbao.rules.read;

import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Numbers typed with their unit, as people type them into a workbook: {@code 356.2亿元} where 亿元 is
 * asked for, {@code 1亿元}, {@code 1亿} or {@code 10,000万元} where money is in 万元, {@code 20家}, {@code
 * 92.5%}. Money converts between 元, 万元 and 亿元 (亿 and 万 alone are 亿元 and 万元, as people write them);
 * a count or a share takes only its own unit.
 */
public final class Units {
  /** What each unit is worth in 元, for the units that convert into each other. */
  private static final Map<String, BigDecimal> MONEY =
      Map.of(
          "元", BigDecimal.ONE,
          "万元", new BigDecimal("10000"),
          "亿元", new BigDecimal("1e8"),
          "万", new BigDecimal("10000"),
          "亿", new BigDecimal("1e8"));

  /** Every unit a label may name, longest first (so that 万元 is tried before 元). */
  private static final List<String> KNOWN =
      List.of("亿元", "万元", "元", "家", "个", "户", "项", "人", "%", "％");

  /** Units a number may be typed with: those a label names, and 亿 and 万 as people write money. */
  private static final List<String> TYPED =
      List.of("亿元", "万元", "元", "亿", "万", "家", "个", "户", "项", "人", "%", "％");

  private Units() {}

  /**
   * The unit a workbook label names in its last bracket, such as 亿元 in 试点行业2023年工业总产值（亿元） or 家 in
   * （截至2023年年底，家，含“小巨人”）; null when it names none.
   */
  public static String ofLabel(String label) {
    if (label == null) {
      return null;
    }
    String t = CellText.normalise(label);
    int close = Math.max(t.lastIndexOf('）'), t.lastIndexOf(')'));
    int open = Math.max(t.lastIndexOf('（', close), t.lastIndexOf('(', close));
    if (close < 0 || open < 0) {
      return null;
    }
    for (String part : t.substring(open + 1, close).split("[,，、;；]")) {
      String p = part.strip();
      if (KNOWN.contains(p)) {
        return p.equals("％") ? "%" : p;
      }
    }
    return null;
  }

  /**
   * The number the text says in {@code unit}: a plain number as it stands, a number followed by
   * {@code unit} or by a unit that converts into it; null for anything else.
   */
  public static BigDecimal read(String text, String unit) {
    BigDecimal plain = CellText.number(text);
    if (plain != null || text == null || unit == null) {
      return plain;
    }
    String t = CellText.normalise(text).replace('％', '%');
    for (String u : TYPED) {
      if (!t.endsWith(u)) {
        continue;
      }
      BigDecimal n = CellText.number(t.substring(0, t.length() - u.length()));
      if (n == null) {
        return null;
      }
      if (u.equals(unit)) {
        return n;
      }
      BigDecimal from = MONEY.get(u);
      BigDecimal to = MONEY.get(unit);
      if (from == null || to == null) {
        return null;
      }
      return n.multiply(from).divide(to).stripTrailingZeros();
    }
    return null;
  }
}
