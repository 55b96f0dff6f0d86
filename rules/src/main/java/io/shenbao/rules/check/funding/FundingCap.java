package io.shenbao.rules.check.funding;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;

/** Central funds may not exceed the cap for the city type (1.5亿 省会/兵团, 1亿 others). */
@RuleInfo(id = "FUNDING-CAP", severity = Severity.ERROR, clause = "财建〔2023〕117号（定额奖励上限）")
public final class FundingCap implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan plan = ctx.plan();
    if (plan.funding() == null || plan.funding().centralTotal() == null || plan.city() == null) {
      return;
    }
    String type = plan.city().type() == null ? null : plan.city().type().trim();
    BigDecimal cap = type == null ? null : ctx.policy().fundingCaps().value().get(type);
    BigDecimal total = plan.funding().centralTotal();
    if (cap != null && total.compareTo(cap) > 0) {
      String label = ctx.policy().cityTypes().value().getOrDefault(type, type);
      out.plan("funding.central_total", "", CellText.plain(total), CellText.plain(cap), label);
    }
  }
}
