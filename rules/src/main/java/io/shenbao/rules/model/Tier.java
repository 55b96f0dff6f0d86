package io.shenbao.rules.model;

import io.shenbao.rules.text.CellText;
import java.util.regex.Pattern;

/** The highest 专精特新 tier of an enterprise (企业类型). */
public enum Tier {
  LITTLE_GIANT,
  SPECIALIZED,
  NONE,
  AMBIGUOUS;

  private static final Pattern NOISE = Pattern.compile("[\\s\"“”'‘’「」()（）]");

  /**
   * What a person means by the cell: 小巨人 / 专精特新 / 否 and their variants. A bare 是 takes its meaning
   * from the header's question ({@code question}); null means the text is not recognised.
   */
  public static Tier parse(String text, Tier question) {
    String s = CellText.normalise(text);
    if (s == null || s.isEmpty()) {
      return NONE;
    }
    s = NOISE.matcher(s).replaceAll("");
    if (s.contains("小巨人")) {
      return s.startsWith("否") || s.startsWith("非") ? NONE : LITTLE_GIANT;
    }
    if (s.contains("专精特新")) {
      if (s.startsWith("否") || s.startsWith("非") || s.contains("市级") || s.contains("区级")) {
        return NONE;
      }
      return SPECIALIZED;
    }
    return switch (s) {
      case "否", "无", "不是", "非", "一般企业", "普通企业", "创新型中小企业", "-", "/", "N", "No", "no", "NO" -> NONE;
      case "是", "Y", "Yes", "yes", "YES", "√" -> question;
      default -> null;
    };
  }
}
