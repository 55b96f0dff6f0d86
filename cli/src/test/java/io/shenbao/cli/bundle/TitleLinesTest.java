package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.bundle.FontSet.Role;
import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.engine.PlanFile;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Titles broken as GB/T 9704 §7.3.3 asks, on every city the shipped rule sets name and every
 * example: at phrase boundaries only, as few lines as fit, as even as the phrases allow, shaped as
 * a trapezoid or diamond, never one character alone.
 */
class TitleLinesTest {
  static final Divisions DIVISIONS = divisions();
  @AutoClose static final Typesetting SET = Typesetting.open();
  static final PageWriter writer = SET.writer;

  @Test
  void aTitleBreaksBetweenItsPhrasesAsEvenlyAsTheyAllow() {
    assertThat(cover(title("重庆市永川区", "重庆市"))).containsExactly("2024年重庆市永川区", "中小企业数字化转型城市试点实施方案");
    assertThat(cover(title("重庆市璧山区", "重庆市"))).containsExactly("2024年重庆市璧山区", "中小企业数字化转型城市试点实施方案");
    assertThat(title("唐山", "河北省")).containsSubsequence("河北省", "唐山市");
    assertThat(cover(title("唐山", "河北省"))).containsExactly("2024年河北省唐山市", "中小企业数字化转型城市试点实施方案");
    assertThat(title("昆山市", "江苏省")).containsSubsequence("江苏省", "苏州市", "昆山市");
    assertThat(cover(title("新疆维吾尔自治区乌鲁木齐市", "新疆维吾尔自治区")))
        .containsExactly("2024年新疆维吾尔自治区乌鲁木齐市", "中小企业数字化转型城市试点实施方案");
    assertThat(TitleLines.lines(List.of("报送清单"), writer.face(Role.TITLE), 22, Gb9704.BODY_W))
        .containsExactly("报送清单");
  }

  @Test
  void everyCityOfTheRuleSetsAndTheExamplesGetsAWellBrokenTitle() throws Exception {
    Map<String, String> cities = cities();
    assertThat(cities).hasSizeGreaterThan(40);
    for (Map.Entry<String, String> c : cities.entrySet()) {
      String name = c.getKey();
      String province = c.getValue();
      List<List<String>> variants = new ArrayList<>();
      // the places as the divisions data names them (2024年河北省唐山市…), and the name as written
      variants.add(title(DIVISIONS.titlePlaces(name, province)));
      variants.add(title(List.of(name)));
      for (List<String> phrases : variants) {
        wellBroken(phrases, Role.TITLE, Gb9704.TITLE_SIZE);
        wellBroken(phrases, Role.BODY, Gb9704.BODY_SIZE);
      }
    }
  }

  @Test
  void everyKeyIndustrysDataTableHeadingIsWellBroken() throws Exception {
    Policy policy = PolicyLoader.load("2024-batch2");
    List<String> subs = List.of("汽车零部件及配件制造", "新型显示及智能终端配套", "船舶配套设备及海洋工程装备关键零部件制造", "纺织");
    for (String key : policy.keyIndustries().value()) {
      for (String sub : subs) {
        wellBroken(List.of("分行业数据表：", key + "—", sub), Role.HEADING, Gb9704.BODY_SIZE);
      }
    }
  }

  @Test
  void aPhraseLongerThanALineIsCutAfterItsMarksNeverLeavingOneCharacter() {
    List<String> lines =
        TitleLines.lines(
            List.of("分行业数据表：", "铁路、船舶、航空航天和其他运输设备制造业—", "船舶配套设备及海洋工程装备关键零部件制造"),
            writer.face(Role.TITLE),
            Gb9704.TITLE_SIZE,
            Gb9704.BODY_W);
    assertThat(String.join("", lines))
        .isEqualTo("分行业数据表：铁路、船舶、航空航天和其他运输设备制造业—船舶配套设备及海洋工程装备关键零部件制造");
    for (String l : lines) {
      assertThat(writer.face(Role.TITLE).width(l, Gb9704.TITLE_SIZE))
          .isLessThanOrEqualTo(Gb9704.BODY_W);
      assertThat(TitleLines.lone(l)).as(l).isFalse();
    }
  }

  static List<String> title(String name, String province) {
    return title(DIVISIONS.titlePlaces(name, province));
  }

  static List<String> title(List<String> places) {
    List<String> out = new ArrayList<>();
    out.add("2024年");
    out.addAll(places);
    out.add("中小企业数字化转型");
    out.add("城市试点实施方案");
    return out;
  }

  static Divisions divisions() {
    try {
      return Divisions.named(PolicyLoader.load("2024-batch2").divisions().value());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> cover(List<String> phrases) {
    return TitleLines.lines(phrases, writer.face(Role.TITLE), Gb9704.TITLE_SIZE, Gb9704.BODY_W);
  }

  /** The properties of §7.3.3, checked against every alternative the phrases allow. */
  static void wellBroken(List<String> phrases, Role role, float size) {
    Glyphs g = writer.face(role);
    float width = Gb9704.BODY_W;
    List<String> lines = TitleLines.lines(phrases, g, size, width);
    String what = phrases + " at " + size + ": " + lines;
    assertThat(String.join("", lines)).as(what).isEqualTo(String.join("", phrases));
    float[] w = new float[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      w[i] = g.width(lines.get(i), size);
      assertThat(w[i]).as(what).isLessThanOrEqualTo(width);
      assertThat(TitleLines.lone(lines.get(i))).as(what).isFalse();
    }
    for (int i = 1; i + 1 < w.length; i++) {
      assertThat(w[i] < w[i - 1] && w[i] < w[i + 1]).as("a line dips: " + what).isFalse();
    }
    // breaks only between phrases
    List<Integer> boundaries = new ArrayList<>();
    int at = 0;
    for (String p : phrases) {
      at += p.length();
      boundaries.add(at);
    }
    at = 0;
    for (String l : lines) {
      at += l.length();
      assertThat(boundaries).as(what).contains(at);
    }
    // as few lines as fit, and no split into as many lines is more even
    List<int[]> splits = splits(phrases.size(), lines.size());
    double best = Double.MAX_VALUE;
    for (int fewer = 1; fewer < lines.size(); fewer++) {
      for (int[] s : splits(phrases.size(), fewer)) {
        assertThat(fits(phrases, s, g, size, width))
            .as("fits in %d lines: %s", fewer, what)
            .isFalse();
      }
    }
    for (int[] s : splits) {
      if (fits(phrases, s, g, size, width)) {
        best = Math.min(best, spread(phrases, s, g, size));
      }
    }
    double mean = 0;
    for (float x : w) {
      mean += x;
    }
    mean /= w.length;
    double spread = 0;
    for (float x : w) {
      spread += (x - mean) * (x - mean);
    }
    assertThat(spread).as("a more even break exists: " + what).isLessThanOrEqualTo(best + 1e-3);
  }

  /** Every way to cut n phrases into k lines: the index after each line's last phrase. */
  static List<int[]> splits(int n, int k) {
    List<int[]> out = new ArrayList<>();
    cut(n, k, 0, new int[k], 0, out);
    return out;
  }

  private static void cut(int n, int k, int from, int[] ends, int line, List<int[]> out) {
    if (line == k - 1) {
      ends[line] = n;
      if (from < n) {
        out.add(ends.clone());
      }
      return;
    }
    for (int e = from + 1; e < n; e++) {
      ends[line] = e;
      cut(n, k, e, ends, line + 1, out);
    }
  }

  static boolean fits(List<String> phrases, int[] ends, Glyphs g, float size, float width) {
    int from = 0;
    for (int e : ends) {
      String line = String.join("", phrases.subList(from, e));
      if (g.width(line, size) > width || TitleLines.lone(line)) {
        return false;
      }
      from = e;
    }
    return true;
  }

  static double spread(List<String> phrases, int[] ends, Glyphs g, float size) {
    double[] w = new double[ends.length];
    int from = 0;
    double mean = 0;
    for (int i = 0; i < ends.length; i++) {
      w[i] = g.width(String.join("", phrases.subList(from, ends[i])), size);
      mean += w[i];
      from = ends[i];
    }
    mean /= w.length;
    double s = 0;
    for (double x : w) {
      s += (x - mean) * (x - mean);
    }
    return s;
  }

  /** City name → province, from both shipped rule sets' lists and every example's plan. */
  static Map<String, String> cities() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (String id : List.of("2024-batch2", "2024-batch2-chongqing")) {
      Policy p = PolicyLoader.load(id);
      p.provincialCapitals().value().forEach((prov, city) -> out.put(city, prov));
      for (String c : p.earlierBatchCities().value()) {
        out.putIfAbsent(c, provinceOf(c, p));
      }
      for (String c : p.separatelyPlannedCities().value()) {
        out.putIfAbsent(c, null);
      }
      for (String m : p.municipalities().value()) {
        out.putIfAbsent(m, null);
      }
      for (String u : p.provinceUnits().value()) {
        out.putIfAbsent(u, null);
      }
      out.putIfAbsent(p.corpsUnit().value(), null);
    }
    try (Stream<Path> walk = Files.walk(Path.of("../examples"))) {
      for (Path plan : walk.filter(f -> f.getFileName().toString().equals("plan.yaml")).toList()) {
        PlanBinder.Result r = PlanFile.read(plan, plan.toString());
        if (r.plan() != null && r.plan().city() != null && r.plan().city().name() != null) {
          Plan.City c = r.plan().city();
          out.put(c.name(), c.province());
        }
      }
    }
    return out;
  }

  private static String provinceOf(String city, Policy p) {
    for (String m : p.municipalities().value()) {
      if (city.startsWith(m)) {
        return m;
      }
    }
    return null;
  }
}
