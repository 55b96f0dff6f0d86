package io.shenbao.rules.check.submit;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import java.time.format.DateTimeFormatter;

/**
 * {@code --as-of} must not be after the deadline of the plan's submission level (an instant in
 * Beijing time; a submission at the deadline's very second is in time). The level must be one the
 * rule set defines.
 */
@RuleInfo(
    id = "SUBMIT-DEADLINE",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（2024年5月31日前）；渝经信发〔2024〕21号 一（逾期未报送则视为放弃申报）")
public final class SubmitDeadline implements Rule {
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan.Submission s = ctx.plan().submission();
    if (s == null || s.level() == null || s.level().isBlank()) {
      return;
    }
    Policy p = ctx.policy();
    Policy.Level level = p.level(s.level().trim());
    if (level == null) {
      out.plan(
          "submission.level",
          "level",
          s.level(),
          p.id(),
          String.join("、", p.submissionLevels().value().keySet()));
      return;
    }
    if (level.deadline() == null) {
      return; // the rule set does not know this level's deadline
    }
    if (ctx.asOf().toInstant().isAfter(level.deadlineInstant().toInstant())) {
      out.plan(
          "submission.level",
          "",
          level.deadlineText(),
          ctx.asOf().withOffsetSameInstant(p.zone()).format(SHOWN),
          level.recipient());
    }
  }
}
