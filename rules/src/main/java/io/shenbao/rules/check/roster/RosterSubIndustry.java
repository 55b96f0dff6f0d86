package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.RosterField;
import java.util.ArrayList;
import java.util.List;

/** Each row's 细分行业 is one of the plan's (required when the plan has several). */
@RuleInfo(id = "ROSTER-SUB-INDUSTRY", severity = Severity.ERROR, clause = "附件1 六（试点细分行业规上工业中小企业名单）")
public final class RosterSubIndustry implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    SubIndustries subs = new SubIndustries(ctx.industries());
    List<String> names = new ArrayList<>();
    for (Industry i : ctx.industries()) {
      names.add(String.valueOf(i.subIndustry()));
    }
    String list = String.join("、", names);
    return (row, out) -> {
      int i = subs.indexOf(row);
      if (i == -2 && row.sheet().has(RosterField.SUB_INDUSTRY)) {
        out.cell(row, RosterField.SUB_INDUSTRY, "missing", list);
      } else if (i == -1) {
        out.cell(row, RosterField.SUB_INDUSTRY, "", row.subIndustry(), list);
      }
    };
  }
}
