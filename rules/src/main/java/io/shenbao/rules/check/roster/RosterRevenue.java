package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.policy.Policy;

/** Every row gives its base year's revenue as a number, not negative. */
@RuleInfo(id = "ROSTER-REVENUE", severity = Severity.ERROR, clause = "附件1 六（2023年度主营业务收入）")
public final class RosterRevenue implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    Policy p = ctx.policy();
    String header = p.word(p.docs().roster(), "revenue");
    return (row, out) -> check(row, header, out);
  }

  private static void check(RosterRow row, String header, Emitter out) {
    if (!row.sheet().has(RosterField.REVENUE)) {
      return;
    }
    if (row.revenueText() == null) {
      out.cell(row, RosterField.REVENUE, "missing", header);
    } else if (row.revenue() == null) {
      out.cell(row, RosterField.REVENUE, "not-number", row.revenueText(), header);
    } else if (row.revenue().signum() < 0) {
      out.cell(row, RosterField.REVENUE, "negative", row.revenueText());
    }
  }
}
