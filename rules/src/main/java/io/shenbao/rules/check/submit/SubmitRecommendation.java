package io.shenbao.rules.check.submit;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;

/**
 * A national-level submission needs the province's 推荐函 ({@code recommendation_letter}); a city a
 * province forwards ({@code shenbao forward}) needs none of its own, since the province's package
 * carries the 推荐函.
 */
@RuleInfo(
    id = "SUBMIT-RECOMMENDATION",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（向两部门报送推荐函）")
public final class SubmitRecommendation implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan plan = ctx.plan();
    if (ctx.forwardingProvince() != null
        || plan.submission() == null
        || plan.submission().level() == null) {
      return;
    }
    Policy.Level level = ctx.policy().level(plan.submission().level().trim());
    boolean needed = level != null && Boolean.TRUE.equals(level.requiresRecommendation());
    if (needed && (plan.recommendationLetter() == null || plan.recommendationLetter().isBlank())) {
      String code = plan.submission().level().trim();
      out.plan(
          "submission.level",
          "",
          level.submitter() == null ? code : level.submitter(),
          level.recipient() == null ? code : level.recipient());
    }
  }
}
