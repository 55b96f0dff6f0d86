package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;

/**
 * 工信部联企业〔2011〕300号: an industrial firm is an SME when it has fewer than 1000 staff OR less than 4亿
 * revenue. So revenue of 4亿 or more is a large firm only if staff is also 1000 or more; with staff
 * unknown, the row cannot be cleared.
 */
@RuleInfo(
    id = "ROSTER-NOT-SME",
    severity = Severity.WARNING,
    clause = "工信部联企业〔2011〕300号（中小企业划型标准规定，工业）")
public final class RosterNotSme implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    Policy.RosterThresholds t = ctx.policy().rosterThresholds().value();
    return (row, out) -> {
      BigDecimal r = row.revenue();
      if (r == null || r.compareTo(t.smeRevenueLimit()) < 0) {
        return;
      }
      BigDecimal staff = row.staff();
      if (staff == null) {
        out.cell(
            row,
            RosterField.REVENUE,
            "staff-unknown",
            CellText.plain(r),
            CellText.plain(t.smeRevenueLimit()),
            CellText.plain(t.smeStaffLimit()));
      } else if (staff.compareTo(t.smeStaffLimit()) >= 0) {
        out.cell(
            row,
            RosterField.STAFF,
            "large",
            CellText.plain(r),
            CellText.plain(staff),
            CellText.plain(t.smeRevenueLimit()),
            CellText.plain(t.smeStaffLimit()));
      }
    };
  }
}
