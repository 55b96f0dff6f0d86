package io.shenbao.rules.check.city;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.domain.Places;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.Suggest;
import java.util.List;

/**
 * The province must be a province-level unit (or 兵团) and be the city's own, as the rule set's
 * administrative divisions tell (else as the city's name starts); a 直辖市所辖区县 must lie in a 直辖市, and
 * 兵团 applies as itself. A province forwarding its cities ({@code shenbao forward --province})
 * forwards only its own.
 */
@RuleInfo(id = "CITY-PROVINCE", severity = Severity.ERROR, clause = "财办建〔2024〕23号 三、五")
public final class CityProvince implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan.City city = ctx.plan().city();
    if (city == null || city.province() == null) {
      return;
    }
    Policy p = ctx.policy();
    List<String> units = p.provinceUnits().value();
    String province = Places.province(city.province(), units);
    if (province == null) {
      String guess = Suggest.closest(city.province().trim(), units);
      out.plan("city.province", "unknown", city.province(), guess == null ? "—" : guess);
      return;
    }
    String corps = p.corpsUnit().value();
    if (city.name() != null && !province.equals(corps)) {
      String own = ownProvince(ctx, city.name(), province, units);
      if (own != null && !own.equals(province)) {
        out.plan("city.province", "mismatch", city.name(), own, city.province());
        return;
      }
    }
    String forwarder =
        ctx.forwardingProvince() == null ? null : Places.province(ctx.forwardingProvince(), units);
    if (forwarder != null && !forwarder.equals(province)) {
      out.plan("city.province", "forwarded", city.name(), province, forwarder);
      return;
    }
    String type = city.type() == null ? "" : city.type().trim();
    boolean municipality = p.municipalities().value().contains(province);
    if ("municipal-district".equals(type) && !municipality) {
      out.plan(
          "city.province", "district", city.province(), CityType.shown(p, "municipal-district"));
    } else if (municipality
        && ("prefecture".equals(type)
            || "provincial-capital".equals(type)
            || "separately-planned".equals(type))) {
      out.plan(
          "city.province",
          "municipality",
          city.province(),
          CityType.shown(p, type),
          CityType.shown(p, "municipal-district"));
    } else if ("corps".equals(type) != province.equals(corps)) {
      out.plan("city.province", "corps", corps, CityType.shown(p, "corps"));
    }
  }

  /**
   * The province the city lies in: from the division data when it knows the name (the plan's
   * province when any unit of that name lies there), else the province its name starts with, or
   * null.
   */
  private static String ownProvince(
      PlanContext ctx, String name, String province, List<String> units) {
    Divisions d = ctx.divisions();
    List<Divisions.Unit> found = d == null ? List.of() : d.find(name);
    if (found.isEmpty()) {
      return Places.prefixProvince(name, units);
    }
    for (Divisions.Unit u : found) {
      if (Places.shortName(u.province().name()).equals(Places.shortName(province))) {
        return province;
      }
    }
    String own = Places.province(found.get(0).province().name(), units);
    return own == null ? found.get(0).province().name() : own;
  }
}
