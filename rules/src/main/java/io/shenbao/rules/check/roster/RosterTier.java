package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.Tier;

/**
 * 企业类型 names the highest tier only: 小巨人, 专精特新 or 否 (and their usual variants). A bare 是 under the
 * notice's combined question does not say which tier, so it is reported too.
 */
@RuleInfo(id = "ROSTER-TIER", severity = Severity.ERROR, clause = "附件1 六（是否为专精特新“小巨人”企业或专精特新中小企业）")
public final class RosterTier implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    return (row, out) -> {
      if (row.tierText() == null) {
        return;
      }
      Tier t = row.tier();
      if (t == null) {
        out.cell(row, RosterField.TIER, "", row.tierText());
      } else if (t == Tier.AMBIGUOUS) {
        out.cell(row, RosterField.TIER, "ambiguous", row.tierText());
      }
    };
  }
}
