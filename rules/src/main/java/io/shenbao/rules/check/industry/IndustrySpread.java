package io.shenbao.rules.check.industry;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * More sub-industries than the rule set's focus limit. The notice asks only to avoid scattering
 * (避免分散) and sets no number: the limit is the rule set's default, and the message says so and how
 * to change it.
 */
@RuleInfo(id = "INDUSTRY-SPREAD", severity = Severity.WARNING, clause = "财办建〔2024〕23号 四（一）（避免分散）")
public final class IndustrySpread implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Integer limit = ctx.policy().subIndustryFocusLimit().value();
    int n = ctx.industries().size();
    if (limit != null && n > limit) {
      out.plan("industries", "", n, limit, ctx.policy().id());
    }
  }
}
