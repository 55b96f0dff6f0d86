package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A row's 所在区县 should be among the plan's 拟试点区县 (its own sub-industry's when known). 璧山 and 璧山区, or
 * 重庆市璧山区, are the same district.
 */
@RuleInfo(
    id = "ROSTER-DISTRICT",
    severity = Severity.WARNING,
    clause = "附件1 主要数据表（拟试点区县（试点行业中小企业主要集聚地））")
public final class RosterDistrict implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    SubIndustries subs = new SubIndustries(ctx.industries());
    List<Industry> industries = ctx.industries();
    Set<String> all = new LinkedHashSet<>();
    List<List<String>> perIndustry = new ArrayList<>();
    for (Industry i : industries) {
      perIndustry.add(i.districtList());
      all.addAll(i.districtList());
    }
    List<String> anywhere = List.copyOf(all);
    return (row, out) -> {
      if (row.district() == null) {
        return;
      }
      int i = subs.indexOf(row);
      List<String> allowed = i >= 0 ? perIndustry.get(i) : anywhere;
      if (allowed.isEmpty() || matchesAny(row, allowed)) {
        return;
      }
      out.cell(row, RosterField.DISTRICT, "", row.district(), String.join("、", allowed));
    };
  }

  private static boolean matchesAny(RosterRow row, List<String> allowed) {
    String d = SubIndustries.simplify(row.district());
    for (String a : allowed) {
      if (a == null) {
        continue;
      }
      String x = SubIndustries.simplify(a);
      if (d.equals(x) || d.endsWith(x) || x.endsWith(d) || strip(d).equals(strip(x))) {
        return true;
      }
    }
    return false;
  }

  private static String strip(String s) {
    String t = s.replaceAll("^.*?(省|市)(?=.+[区县])", "");
    return t.replaceAll("(自治县|区|县|市)$", "");
  }
}
