package io.shenbao.rules.domain;

import java.util.List;

/** Names of provinces and cities as people write them: full or short, with or without 市. */
public final class Places {
  private static final List<String> SUFFIXES = List.of("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市");

  private Places() {}

  /** 广西壮族自治区 → 广西, 河北省 → 河北, 重庆市 → 重庆; 新疆生产建设兵团 stays. */
  public static String shortName(String province) {
    String p = clean(province);
    if (p.contains("兵团")) {
      return p;
    }
    for (String s : SUFFIXES) {
      if (p.endsWith(s) && p.length() > s.length()) {
        return p.substring(0, p.length() - s.length());
      }
    }
    return p;
  }

  /** The province-level unit a name means (full or short form), or null. */
  public static String province(String name, List<String> units) {
    String n = clean(name);
    for (String u : units) {
      if (u.equals(n) || shortName(u).equals(n)) {
        return u;
      }
    }
    return null;
  }

  /** The province whose name (full or short) a city name starts with, or null. */
  public static String prefixProvince(String city, List<String> units) {
    String c = clean(city);
    for (String u : units) {
      if (c.startsWith(u) || (c.startsWith(shortName(u)) && !u.contains("兵团"))) {
        return u;
      }
    }
    return null;
  }

  /**
   * The core of a city's name for comparisons: any province prefix and a trailing 市 removed, so
   * 福建省厦门市, 厦门市 and 厦门 compare equal, and 上海市浦东新区 equals 浦东新区.
   */
  public static String core(String city, List<String> units) {
    String c = clean(city);
    for (String u : units) {
      if (c.startsWith(u) && c.length() > u.length()) {
        c = c.substring(u.length());
        break;
      }
    }
    if (c.endsWith("市") && c.length() > 2) {
      c = c.substring(0, c.length() - 1);
    }
    return c;
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\s\u3000]", "");
  }
}
