package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;

/**
 * A 规上工业 enterprise has 主营业务收入 of at least 2000万元 (国统字〔2010〕87号). The year's 规上 directory is set
 * before the year's revenue is known, so a firm in it may report less: a warning with the figure.
 */
@RuleInfo(
    id = "ROSTER-BELOW-SCALE",
    severity = Severity.WARNING,
    clause = "附件1 六（规上工业中小企业名单）；国统字〔2010〕87号")
public final class RosterBelowScale implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    BigDecimal min = ctx.policy().rosterThresholds().value().aboveScaleRevenue();
    Integer year = ctx.policy().baseYear().value();
    return (row, out) -> {
      BigDecimal r = row.revenue();
      if (r != null && r.signum() >= 0 && r.compareTo(min) < 0) {
        if (year == null) {
          // the rule set does not know the roster's revenue year
          out.cell(
              row, RosterField.REVENUE, "unknown-year", CellText.plain(r), CellText.plain(min));
        } else {
          out.cell(row, RosterField.REVENUE, "", CellText.plain(r), CellText.plain(min), year);
        }
      }
    };
  }
}
