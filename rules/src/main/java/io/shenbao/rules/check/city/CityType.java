package io.shenbao.rules.check.city;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.Places;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The city type must be one the batch admits (2024: 省会城市, 其他地级市, 直辖市所辖区县, 兵团), and must agree with
 * the name: a provincial capital typed as a prefecture would get the lower funding cap.
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
      out.plan(
          "city.type",
          "ineligible",
          type + "（" + labels.get(type) + "）",
          describe(labels, eligible));
      return;
    }
    String province = Places.province(city.province(), p.provinceUnits().value());
    String capital = province == null ? null : p.provincialCapitals().value().get(province);
    if (capital == null || city.name() == null) {
      return;
    }
    List<String> units = p.provinceUnits().value();
    boolean isCapital = Places.core(city.name(), units).equals(Places.core(capital, units));
    if (isCapital && !"provincial-capital".equals(type)) {
      out.plan("city.type", "is-capital", city.name(), type);
    } else if (!isCapital && "provincial-capital".equals(type)) {
      out.plan("city.type", "not-capital", city.name(), province, capital);
    }
  }

  private static String describe(Map<String, String> labels, List<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String k : keys) {
      parts.add(k + "（" + labels.getOrDefault(k, k) + "）");
    }
    return String.join("、", parts);
  }
}
