package io.shenbao.rules.check.city;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.Places;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import java.util.List;

/** A city already in an earlier batch may not apply again (the policy lists those known). */
@RuleInfo(
    id = "CITY-EARLIER-BATCH",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 三（已纳入首批试点范围的城市不得重复申报）")
public final class CityEarlierBatch implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan.City city = ctx.plan().city();
    if (city == null || city.name() == null) {
      return;
    }
    List<String> units = ctx.policy().provinceUnits().value();
    String core = Places.core(city.name(), units);
    for (String earlier : ctx.policy().earlierBatchCities().value()) {
      if (Places.core(earlier, units).equals(core)) {
        out.plan("city.name", "", city.name(), earlier);
        return;
      }
    }
  }
}
