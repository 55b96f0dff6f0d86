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
    String source = p.divisions().clause();
    if ("municipal-district".equals(type)) {
      districtOfMunicipality(d, city, type, near, province, source, p, out);
      return;
    }
    Unit unit = near.stream().filter(u -> u.level() == Level.PREFECTURE).findFirst().orElse(null);
    if (unit == null) {
      notPrefecture(d, city, type, near, province, source, p, out);
      return;
    }
    roles(ctx, unit, type, out);
  }

  /** A {@code municipal-district} must be a district or county of a municipality. */
  private static void districtOfMunicipality(
      Divisions d,
      Plan.City city,
      String type,
      List<Unit> near,
      Unit province,
      String source,
      Policy p,
      Emitter out) {
    boolean isDistrict =
        near.stream().anyMatch(u -> u.level() == Level.COUNTY && d.isMunicipality(u.province()));
    if (isDistrict) {
      return;
    }
    if (near.isEmpty()) {
      Unit area = d.isMunicipality(province) ? province : null;
      notFound(d, city.name(), Level.COUNTY, area, source, "district", out);
      return;
    }
    Unit u = near.get(0);
    if (u.level() == Level.PROVINCE && d.isMunicipality(u)) {
      out.plan("city.name", "whole-municipality", city.name(), shown(p, type));
      return;
    }
    out.plan("city.name", "not-district", city.name(), u.fullName(), level(u), shown(p, type));
  }

  /** A prefecture, capital or 计划单列市 the data knows only as something else, or not at all. */
  private static void notPrefecture(
      Divisions d,
      Plan.City city,
      String type,
      List<Unit> near,
      Unit province,
      String source,
      Policy p,
      Emitter out) {
    if (near.isEmpty()) {
      notFound(d, city.name(), Level.PREFECTURE, province, source, "prefecture", out);
      return;
    }
    Unit u = near.get(0);
    if (d.isMunicipality(u.province())
        && Places.shortName(u.province().name()).equals(Places.shortName(city.province()))) {
      return; // CITY-PROVINCE says that a municipality applies through its districts
    }
    if (u.level() == Level.COUNTY) {
      out.plan(
          "city.name",
          "county-level",
          city.name(),
          u.parent().fullName(),
          u.code(),
          shown(p, type));
    } else {
      out.plan("city.name", "province-level", city.name(), shown(p, type));
    }
  }

  private static void notFound(
      Divisions d, String name, Level level, Unit area, String source, String kind, Emitter out) {
    String guess = d.suggest(name, level, area);
    Object what = Messages.label("division.want-" + kind);
    if (guess == null) {
      out.plan("city.name", "not-found", name, source, what);
    } else {
      out.plan("city.name", "not-found-guess", name, source, what, guess);
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
    return Messages.label("division." + u.level().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static String describe(Map<String, String> labels, List<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String k : keys) {
      parts.add(k + "（" + labels.getOrDefault(k, k) + "）");
    }
    return String.join("、", parts);
  }
}
