package io.shenbao.rules.check.city;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.domain.Divisions.Unit;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import java.util.List;

/**
 * Each sub-industry's 拟试点区县 must lie in the city (for a 直辖市所辖区县, be the district itself), as the
 * rule set's administrative divisions tell. A name the data does not know (a 开发区, a 园区, a 街道) is
 * not judged.
 */
@RuleInfo(
    id = "PLAN-DISTRICT",
    severity = Severity.ERROR,
    clause = "附件1 主要数据表（拟试点区县（试点行业中小企业主要集聚地））；财办建〔2024〕23号 三（支持对象）")
public final class PlanDistrict implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Unit city = ctx.cityUnit();
    if (city == null) {
      return;
    }
    Divisions d = ctx.divisions();
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      List<String> districts = industries.get(i).districts();
      if (districts == null) {
        continue;
      }
      for (int j = 0; j < districts.size(); j++) {
        String written = districts.get(j);
        Unit elsewhere = d.outside(city, written);
        if (elsewhere != null) {
          out.plan(
              PlanContext.industryPath(i, "districts[" + j + "]"),
              "",
              written.strip(),
              elsewhere.fullName(),
              city.fullName());
        }
      }
    }
  }
}
