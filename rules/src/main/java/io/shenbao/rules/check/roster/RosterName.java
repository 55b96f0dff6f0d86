package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;

/** Every row of the roster names its enterprise, in characters that can be printed. */
@RuleInfo(id = "ROSTER-NAME", severity = Severity.ERROR, clause = "附件1 六（企业名称）")
public final class RosterName implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    return (row, out) -> check(row, out);
  }

  private static void check(RosterRow row, Emitter out) {
    if (row.sheet().has(RosterField.NAME) && row.name() == null) {
      out.cell(row, RosterField.NAME, "");
    }
    int bad = Printable.firstUnprintable(row.name());
    if (bad >= 0) {
      out.cell(row, RosterField.NAME, "control", Printable.codePoint(bad));
    }
  }
}
