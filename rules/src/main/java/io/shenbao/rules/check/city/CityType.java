package io.shenbao.rules.check.city;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.domain.Divisions.Level;
import io.shenbao.rules.domain.Divisions.Unit;
import io.shenbao.rules.domain.Places;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The city type must be one the batch admits, and the city must be what its type says, as the rule
 * set's administrative divisions tell: a prefecture-level unit (地级市, 自治州, 地区, 盟) for a prefecture,
 * a capital or a 计划单列市 — a 县级市 such as 昆山市 is not —, a district or county of 北京/天津/上海/重庆 for {@code
 * municipal-district}; a capital typed as a prefecture would get the lower funding cap, and so
 * would a 计划单列市.
 */
@RuleInfo(id = "CITY-TYPE", severity = Severity.ERROR, clause = "财办建〔2024〕23号 三（支持对象）")
public final class CityType implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan.City city = ctx.plan().city();
    if (city == null || city.type() == null) {
      return;
    }
    Policy p = ctx.policy();
    Map<String, String> labels = p.cityTypes().value();
    String type = city.type().trim();
    if (!labels.containsKey(type)) {
      out.plan("city.type", "unknown", type, describe(labels, new ArrayList<>(labels.keySet())));
      return;
    }
    List<String> eligible = p.eligibleCityTypes().value();
    if (!eligible.contains(type)) {
      out.plan("city.type", "ineligible", shown(p, type), describe(labels, eligible));
      return;
    }
    Divisions d = ctx.divisions();
    if (city.name() == null || "corps".equals(type) || d == null) {
      return;
    }
    Unit province = d.province(city.province());
    List<Unit> found = d.find(city.name());
    List<Unit> near = found;
    if (province != null && found.stream().anyMatch(province::contains)) {
      near = found.stream().filter(province::contains).toList();
    }
    Named named = new Named(d, city, shown(p, type), near, province, p.divisions().clause());
    if ("municipal-district".equals(type)) {
      districtOfMunicipality(named, out);
      return;
    }
    Unit unit = near.stream().filter(u -> u.level() == Level.PREFECTURE).findFirst().orElse(null);
    if (unit == null) {
      notPrefecture(named, out);
      return;
    }
    roles(ctx, unit, type, out);
  }

  /**
   * What the data says of the plan's city.
   *
   * @param d the division data
   * @param city the plan's city
   * @param type the city's type as messages show it
   * @param near the units its name may mean, narrowed to the province written when that leaves any
   * @param province the province written, as the data knows it, or null
   * @param source the data as messages name it
   */
  private record Named(
      Divisions d, Plan.City city, String type, List<Unit> near, Unit province, String source) {}

  /** A {@code municipal-district} must be a district or county of a municipality. */
  private static void districtOfMunicipality(Named n, Emitter out) {
    Divisions d = n.d();
    List<Unit> near = n.near();
    boolean isDistrict =
        near.stream().anyMatch(u -> u.level() == Level.COUNTY && d.isMunicipality(u.province()));
    if (isDistrict) {
      return;
    }
    String name = n.city().name();
    if (near.isEmpty()) {
      notFound(n, Level.COUNTY, d.isMunicipality(n.province()) ? n.province() : null, out);
      return;
    }
    Unit u = near.get(0);
    if (u.level() == Level.PROVINCE && d.isMunicipality(u)) {
      out.plan("city.name", "whole-municipality", name, n.type());
      return;
    }
    out.plan("city.name", "not-district", name, u.fullName(), level(u), n.type());
  }

  /** A prefecture, capital or 计划单列市 the data knows only as something else, or not at all. */
  private static void notPrefecture(Named n, Emitter out) {
    if (n.near().isEmpty()) {
      notFound(n, Level.PREFECTURE, n.province(), out);
      return;
    }
    Unit u = n.near().get(0);
    String name = n.city().name();
    if (n.d().isMunicipality(u.province())
        && Places.shortName(u.province().name()).equals(Places.shortName(n.city().province()))) {
      return; // CITY-PROVINCE says that a municipality applies through its districts
    }
    if (u.level() == Level.COUNTY) {
      out.plan("city.name", "county-level", name, u.parent().fullName(), u.code(), n.type());
    } else {
      out.plan("city.name", "province-level", name, n.type());
    }
  }

  private static void notFound(Named n, Level level, Unit area, Emitter out) {
    String name = n.city().name();
    String guess = n.d().suggest(name, level, area);
    Object what =
        Messages.label("division.want-" + (level == Level.COUNTY ? "district" : "prefecture"));
    if (guess == null) {
      out.plan("city.name", "not-found", name, n.source(), what);
    } else {
      out.plan("city.name", "not-found-guess", name, n.source(), what, guess);
    }
  }

  /** A capital must be typed as one, and so must a 计划单列市; nothing else may be. */
  private static void roles(PlanContext ctx, Unit unit, String type, Emitter out) {
    Policy p = ctx.policy();
    String name = unit.name();
    String capital = p.provincialCapitals().value().get(unit.province().name());
    boolean isCapital = name.equals(capital);
    List<String> planned =
        p.separatelyPlannedCities() == null || p.separatelyPlannedCities().value() == null
            ? List.of()
            : p.separatelyPlannedCities().value();
    boolean isPlanned = planned.contains(name);
    if (isCapital && !"provincial-capital".equals(type)) {
      out.plan("city.type", "is-capital", name, shown(p, type), shown(p, "provincial-capital"));
    } else if (!isCapital && "provincial-capital".equals(type)) {
      out.plan(
          "city.type",
          "not-capital",
          name,
          unit.province().name(),
          capital == null ? "—" : capital,
          shown(p, type));
    } else if (isPlanned && !"separately-planned".equals(type)) {
      out.plan(
          "city.type",
          "is-separately-planned",
          name,
          shown(p, "separately-planned"),
          shown(p, type));
    } else if (!isPlanned && "separately-planned".equals(type)) {
      out.plan(
          "city.type", "not-separately-planned", name, String.join("、", planned), shown(p, type));
    }
  }

  /** A type as the messages show it: its code with the rule set's Chinese label. */
  static String shown(Policy p, String type) {
    String label = p.cityTypes().value().get(type);
    return label == null ? type : type + "（" + label + "）";
  }

  private static Object level(Unit u) {
    return Messages.label("division." + u.level().name().toLowerCase(Locale.ROOT));
  }

  private static String describe(Map<String, String> labels, List<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String k : keys) {
      parts.add(k + "（" + labels.getOrDefault(k, k) + "）");
    }
    return String.join("、", parts);
  }
}
