package io.shenbao.rules.domain;

import io.shenbao.rules.text.Suggest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * China's administrative divisions of one vintage (the rule set's {@code divisions}, shipped as
 * resources under {@code io/shenbao/rules/divisions/<id>/}): provinces, prefecture-level units
 * (地级市, 自治州, 地区, 盟) and county-level units (区, 县, 县级市, 旗 …). Names are found as people write them:
 * with or without the province and the prefecture in front (重庆市璧山区, 璧山区), with or without their
 * generic ending (璧山, 唐山), and an autonomous prefecture by its place name (恩施州 → 恩施土家族苗族自治州).
 */
public final class Divisions {
  /** The level of a unit. */
  public enum Level {
    PROVINCE,
    PREFECTURE,
    COUNTY
  }

  /**
   * One unit.
   *
   * @param code its statistical code (2, 4 or 6 digits)
   * @param name its full name (恩施土家族苗族自治州)
   * @param level its level
   * @param parent the prefecture a county-level unit lies in, else its province (null for a
   *     province)
   */
  public record Unit(String code, String name, Level level, Unit parent) {
    /** Its province (itself for a province). */
    public Unit province() {
      Unit u = this;
      while (u.parent != null) {
        u = u.parent;
      }
      return u;
    }

    /** The name with the units above it, as a title writes it: 河北省唐山市, 重庆市璧山区, 江苏省苏州市昆山市. */
    public String fullName() {
      return String.join("", names());
    }

    /** The names from the province down, each a phrase of a title: [江苏省, 苏州市, 昆山市]. */
    public List<String> names() {
      List<String> out = level == Level.PROVINCE ? new ArrayList<>() : parent.names();
      out.add(name);
      return out;
    }

    /** True when {@code other} is this unit or lies in it. */
    public boolean contains(Unit other) {
      for (Unit u = other; u != null; u = u.parent) {
        if (u.equals(this)) {
          return true;
        }
        if (u.level == Level.PROVINCE) {
          return false;
        }
      }
      return false;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Unit u && u.code.equals(code);
    }

    @Override
    public int hashCode() {
      return code.hashCode();
    }

    @Override
    public String toString() {
      return code + " " + name;
    }
  }

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,40}");
  private static final Map<String, Divisions> LOADED = new ConcurrentHashMap<>();

  /** Names of the 4-digit groups that are not units (a municipality's 市辖区, 省直辖县级行政区划 …). */
  private static final Set<String> GROUPS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  /** Generic endings of a unit's name, longest first; what is left is the place name. */
  private static final List<String> ENDINGS =
      List.of("自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "市", "区", "县", "旗", "盟", "州");

  /** Peoples named in autonomous units (自治州/县/旗), longest first; 族 may follow each. */
  private static final List<String> PEOPLES =
      sortedLongestFirst(
          List.of(
              "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
              "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
              "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯",
              "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各"));

  private final String id;
  private final List<Unit> provinces = new ArrayList<>();
  private final List<Unit> units = new ArrayList<>();
  private final Map<String, List<Unit>> byName = new HashMap<>();
  private final Map<String, List<Unit>> byPlace = new HashMap<>();
  private final Set<String> municipalities = new HashSet<>();

  private Divisions(String id) {
    this.id = id;
  }

  /**
   * The shipped division data {@code id} (such as {@code nbs-2023}), read once.
   *
   * @throws IllegalArgumentException when there is no such data
   */
  public static Divisions named(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("no division data named " + id);
    }
    return LOADED.computeIfAbsent(id, Divisions::load);
  }

  /** The data's name. */
  public String id() {
    return id;
  }

  /** Every unit below the provinces, in code order. */
  public List<Unit> units() {
    return Collections.unmodifiableList(units);
  }

  /** The provinces, in code order. */
  public List<Unit> provinces() {
    return Collections.unmodifiableList(provinces);
  }

  /** The province a name means, full or short (河北, 河北省; 广西, 广西壮族自治区), or null. */
  public Unit province(String written) {
    String s = clean(written);
    for (Unit p : provinces) {
      if (p.name.equals(s) || Places.shortName(p.name).equals(s)) {
        return p;
      }
    }
    return null;
  }

  /**
   * True when the province is a municipality (直辖市): it has districts and counties, no prefectures.
   */
  public boolean isMunicipality(Unit province) {
    return province != null && municipalities.contains(province.code);
  }

  /**
   * The unit a plan's city means: among the units its name may mean (narrowed to the province
   * written, when that leaves any), the first of {@code level} (a prefecture first when null, else
   * a municipality's district, else any county-level unit); for {@link Level#COUNTY} only a
   * municipality's district or county. Null when the data knows no such unit.
   */
  public Unit city(String name, String province, Level level) {
    List<Unit> found = find(name);
    Unit p = province(province);
    if (p != null) {
      List<Unit> in = found.stream().filter(p::contains).toList();
      if (!in.isEmpty()) {
        found = in;
      }
    }
    Unit county = null;
    Unit district = null;
    for (Unit u : found) {
      if (u.level == Level.PREFECTURE && (level == null || level == Level.PREFECTURE)) {
        return u;
      }
      if (u.level == Level.COUNTY) {
        county = county == null ? u : county;
        district = district == null && isMunicipality(u.province()) ? u : district;
      }
    }
    if (level == Level.PREFECTURE) {
      return null;
    }
    return district != null || level == Level.COUNTY ? district : county;
  }

  /**
   * The city as a title names it, from the data: the province (or municipality) first, then the
   * unit (河北省唐山市, 重庆市璧山区), whatever the plan's spelling (唐山, 璧山区); a name the data does not know
   * gets the province in front unless it already starts with it (新疆生产建设兵团 stays as it is).
   */
  public String titleName(String name, String province) {
    return String.join("", titlePlaces(name, province));
  }

  /**
   * The places of {@link #titleName}, each a phrase a title may break after: [河北省, 唐山市], [重庆市,
   * 璧山区].
   */
  public List<String> titlePlaces(String name, String province) {
    Unit u = city(name, province, null);
    if (u != null) {
      return u.names();
    }
    String n = clean(name);
    String p = clean(province);
    Unit known = province(p);
    String full = known == null ? p : known.name;
    if (p.isEmpty()
        || n.startsWith(full)
        || n.startsWith(Places.shortName(full))
        || full.startsWith(n)) {
      return List.of(n);
    }
    return List.of(full, n);
  }

  /**
   * Where a named place is when the data knows it and no unit of that name lies in {@code city} (a
   * 拟试点区县 or 所在区县 outside the city); null when one lies there or the data does not know the name.
   */
  public Unit outside(Unit city, String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    List<Unit> found = find(written);
    for (Unit u : found) {
      if (city.contains(u)) {
        return null;
      }
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * The units a name may mean, as people write it: exact names first, else by place name with a
   * compatible ending; a province or prefecture written in front narrows the search to it. A
   * province name alone means the province. Empty when the data does not know the name.
   */
  public List<Unit> find(String written) {
    String s = clean(written);
    if (s.isEmpty()) {
      return List.of();
    }
    Unit province = province(s);
    if (province != null) {
      return List.of(province);
    }
    List<Unit> found = match(s, null);
    if (!found.isEmpty()) {
      return found;
    }
    for (Unit p : provinces) {
      for (String prefix : List.of(p.name, Places.shortName(p.name))) {
        if (s.length() > prefix.length() && s.startsWith(prefix)) {
          found = within(s.substring(prefix.length()), p);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return within(s, null);
  }

  /** {@code s} in {@code area} (anywhere when null), also when a prefecture is written in front. */
  private List<Unit> within(String s, Unit area) {
    List<Unit> found = match(s, area);
    if (!found.isEmpty()) {
      return found;
    }
    for (Unit u : units) {
      if (u.level != Level.PREFECTURE || (area != null && !area.contains(u))) {
        continue;
      }
      for (String prefix : List.of(u.name, place(u.name))) {
        if (prefix.length() >= 2 && s.length() > prefix.length() && s.startsWith(prefix)) {
          found = match(s.substring(prefix.length()), u);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /** Units named {@code s} (exactly, else by place name and compatible ending) in {@code area}. */
  private List<Unit> match(String s, Unit area) {
    List<Unit> exact = inArea(byName.get(s), area);
    if (!exact.isEmpty()) {
      return exact;
    }
    List<Unit> out = new ArrayList<>();
    for (Unit u : inArea(byPlace.get(s), area)) {
      out.add(u);
    }
    String ending = ending(s);
    if (ending != null) {
      String place = s.substring(0, s.length() - ending.length());
      for (Unit u : inArea(byPlace.get(place), area)) {
        if (compatible(ending, ending(u.name)) && !out.contains(u)) {
          out.add(u);
        }
      }
    }
    return out;
  }

  private static List<Unit> inArea(List<Unit> units, Unit area) {
    if (units == null) {
      return List.of();
    }
    if (area == null) {
      return units;
    }
    List<Unit> out = new ArrayList<>();
    for (Unit u : units) {
      if (area.contains(u) && !u.equals(area)) {
        out.add(u);
      }
    }
    return out;
  }

  /** Whether a written ending (州, 县 …) may stand for a unit's ending (自治州, 自治县 …). */
  private static boolean compatible(String written, String actual) {
    if (actual == null) {
      return false;
    }
    return switch (written) {
      case "州", "自治州" -> actual.equals("自治州");
      case "县", "自治县" -> actual.equals("县") || actual.equals("自治县");
      case "旗", "自治旗" -> actual.equals("旗") || actual.equals("自治旗");
      case "区" -> actual.equals("区") || actual.equals("新区") || actual.equals("林区");
      default -> written.equals(actual);
    };
  }

  /**
   * The closest name to {@code written} among the units of {@code level} (any when null) in {@code
   * area} (anywhere when null), for a "did you mean"; null when none is close.
   */
  public String suggest(String written, Level level, Unit area) {
    String s = clean(written);
    Set<String> names = new LinkedHashSet<>();
    for (Unit u : units) {
      if ((level == null || u.level == level) && (area == null || area.contains(u))) {
        names.add(u.name);
      }
    }
    String best = Suggest.closest(s, names);
    if (best == null) {
      Unit p = area == null ? null : area.province();
      for (Unit u : units) {
        if ((level == null || u.level == level)
            && (p == null || p.contains(u))
            && place(u.name).length() >= 2
            && (s.contains(place(u.name)) || place(u.name).contains(s))) {
          return u.name;
        }
      }
    }
    return best;
  }

  /** A unit name's generic ending (市, 区, 自治州 …), or null. */
  static String ending(String name) {
    for (String e : ENDINGS) {
      if (name.endsWith(e) && name.length() > e.length()) {
        return e;
      }
    }
    return null;
  }

  /**
   * A unit's place name: its name without the generic ending and, for an autonomous unit, without
   * the peoples (恩施土家族苗族自治州 → 恩施, 东乡族自治县 → 东乡); a name that would shrink to one character keeps it
   * (城区, 和县).
   */
  static String place(String name) {
    String e = ending(name);
    if (e == null) {
      return name;
    }
    String core = name.substring(0, name.length() - e.length());
    if (e.startsWith("自治")) {
      core = withoutPeoples(core);
    }
    return core.length() >= 2 ? core : name;
  }

  private static String withoutPeoples(String s) {
    boolean again = true;
    while (again) {
      again = false;
      for (String p : PEOPLES) {
        for (String form : List.of(p + "族", p)) {
          if (s.endsWith(form) && s.length() > form.length()) {
            s = s.substring(0, s.length() - form.length());
            again = true;
            break;
          }
        }
        if (again) {
          break;
        }
      }
    }
    return s.endsWith("族") && s.length() > 2 ? s.substring(0, s.length() - 1) : s;
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\s\u3000]", "");
  }

  private static List<String> sortedLongestFirst(List<String> words) {
    List<String> out = new ArrayList<>(words);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  private static Divisions load(String id) {
    Divisions d = new Divisions(id);
    Map<String, Unit> provinces = new HashMap<>();
    for (String[] row : rows(id, "provinces.csv")) {
      Unit p = new Unit(row[0], row[1], Level.PROVINCE, null);
      d.provinces.add(p);
      provinces.put(p.code, p);
    }
    Map<String, Unit> parents = new HashMap<>();
    for (String[] row : rows(id, "cities.csv")) {
      Unit province = provinces.get(row[2]);
      if (province == null) {
        throw new IllegalStateException(id + " cities.csv: no province " + row[2]);
      }
      if (GROUPS.contains(row[1])) {
        parents.put(row[0], province);
      } else {
        Unit c = new Unit(row[0], row[1], Level.PREFECTURE, province);
        d.units.add(c);
        parents.put(c.code, c);
      }
    }
    for (String[] row : rows(id, "areas.csv")) {
      Unit parent = parents.get(row[2]);
      if (parent == null) {
        throw new IllegalStateException(id + " areas.csv: no city " + row[2]);
      }
      d.units.add(new Unit(row[0], row[1], Level.COUNTY, parent));
    }
    for (Unit p : d.provinces) {
      d.municipalities.add(p.code);
    }
    for (Unit u : d.units) {
      if (u.level == Level.PREFECTURE) {
        d.municipalities.remove(u.parent.code);
      }
    }
    for (Unit u : d.units) {
      d.byName.computeIfAbsent(u.name, k -> new ArrayList<>()).add(u);
      d.byPlace.computeIfAbsent(place(u.name), k -> new ArrayList<>()).add(u);
    }
    return d;
  }

  /** The rows of a CSV file after its header: code, name, parent codes (names are quoted). */
  private static List<String[]> rows(String id, String file) {
    String name = "/io/shenbao/rules/divisions/" + id + "/" + file;
    try (InputStream in = Divisions.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no division data named " + id + " (" + name + ")");
      }
      List<String[]> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          String[] cells = line.strip().split(",", -1);
          for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].replace("\"", "");
          }
          out.add(cells);
        }
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }
}
