package io.shenbao.rules.model;

import io.shenbao.rules.text.CellText;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The roster's columns, found by header text in any order. Each knows the header texts that name
 * it; headers are compared after removing spaces, quotes and brackets.
 */
public enum RosterField {
  NAME,
  CODE,
  REVENUE,
  TIER,
  SUB_INDUSTRY,
  STAFF,
  DISTRICT;

  /** Header texts that name a field exactly (brackets removed). */
  private static final Map<RosterField, List<String>> EXACT = new EnumMap<>(RosterField.class);

  /** Words whose presence in a header names a field. */
  private static final Map<RosterField, List<String>> CONTAINS = new EnumMap<>(RosterField.class);

  static {
    EXACT.put(NAME, List.of("企业名称", "单位名称", "企业单位名称", "名称", "企业全称"));
    CONTAINS.put(CODE, List.of("统一社会信用代码", "企业信用代码", "信用代码", "社会信用代码"));
    CONTAINS.put(REVENUE, List.of("主营业务收入", "营业收入", "营业总收入"));
    EXACT.put(TIER, List.of("企业类型", "专精特新类型", "企业梯度", "是否专精特新"));
    CONTAINS.put(TIER, List.of("小巨人", "专精特新"));
    EXACT.put(SUB_INDUSTRY, List.of("细分行业", "所属细分行业", "试点细分行业", "所属行业"));
    CONTAINS.put(SUB_INDUSTRY, List.of("细分行业"));
    CONTAINS.put(STAFF, List.of("从业人员", "从业人数", "职工人数", "员工人数", "职工人员"));
    EXACT.put(DISTRICT, List.of("所在区县", "区县", "所属区县", "所在地区", "所在区", "所在县"));
    CONTAINS.put(DISTRICT, List.of("区县"));
  }

  /** True when a header (already simplified by {@link #simplify}) names this field. */
  public boolean matches(String simplified) {
    if (simplified.isEmpty()) {
      return false;
    }
    String bare = simplified.replaceAll("\\(.*?\\)", "");
    List<String> exact = EXACT.getOrDefault(this, List.of());
    if (exact.contains(simplified) || exact.contains(bare)) {
      return true;
    }
    for (String c : CONTAINS.getOrDefault(this, List.of())) {
      if (simplified.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** The field a header names, or null. Earlier fields win (企业名称 before 企业类型). */
  public static RosterField of(String header) {
    String s = simplify(header);
    for (RosterField f : values()) {
      if (f.matches(s)) {
        return f;
      }
    }
    return null;
  }

  /** Drops white space, quotes and the year; full-width brackets become ASCII. */
  public static String simplify(String header) {
    if (header == null) {
      return "";
    }
    return CellText.normalise(header)
        .replaceAll("[\\s\"“”'‘’「」]", "")
        .replaceAll("^\\d{4}年度?", "")
        .replaceAll("^是否为", "是否");
  }
}
