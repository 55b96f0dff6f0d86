package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A row's 所在区县 should be among the plan's 拟试点区县 (its own sub-industry's when known). 璧山 and 璧山区, or
 * 重庆市璧山区, are the same district. When the rule set's administrative divisions place the district
 * outside the city, the message says where it is.
 */
@RuleInfo(
    id = "ROSTER-DISTRICT",
    severity = Severity.WARNING,
    clause = "附件1 主要数据表（拟试点区县（试点行业中小企业主要集聚地））")
public final class RosterDistrict implements Rule {
  /** A district the plan names, with the forms it is compared in (made once, not per row). */
  private record Allowed(String simple, String stripped) {
    static Allowed of(String district) {
      String simple = SubIndustries.simplify(district);
      return new Allowed(simple, strip(simple));
    }
  }

  /** The districts of one industry, or of all: as written (for the message) and as compared. */
  private record Districts(String shown, List<Allowed> forms) {
    static Districts of(List<String> districts) {
      return new Districts(
          String.join("、", districts), districts.stream().map(Allowed::of).toList());
    }
  }

  @Override
  public RowCheck rows(PlanContext ctx) {
    SubIndustries subs = new SubIndustries(ctx.industries());
    Set<String> all = new LinkedHashSet<>();
    List<Districts> perIndustry = new ArrayList<>();
    for (Industry i : ctx.industries()) {
      perIndustry.add(Districts.of(i.districtList()));
      all.addAll(i.districtList());
    }
    Districts anywhere = Districts.of(List.copyOf(all));
    Divisions.Unit city = ctx.cityUnit();
    Divisions divisions = ctx.divisions();
    Map<String, Optional<Divisions.Unit>> whereIs = new HashMap<>();
    return (row, out) -> {
      if (row.district() == null) {
        return;
      }
      int i = subs.indexOf(row);
      Districts allowed = i >= 0 ? perIndustry.get(i) : anywhere;
      if (allowed.forms().isEmpty() || matchesAny(row, allowed.forms())) {
        return;
      }
      Divisions.Unit elsewhere = null;
      if (city != null) {
        Optional<Divisions.Unit> known = whereIs.get(row.district());
        if (known == null) {
          known = Optional.ofNullable(divisions.outside(city, row.district()));
          if (whereIs.size() < 4096) {
            whereIs.put(row.district(), known);
          }
        }
        elsewhere = known.orElse(null);
      }
      if (elsewhere == null) {
        out.cell(row, RosterField.DISTRICT, "", row.district(), allowed.shown());
      } else {
        out.cell(
            row,
            RosterField.DISTRICT,
            "elsewhere",
            row.district(),
            allowed.shown(),
            elsewhere.fullName(),
            city.fullName());
      }
    };
  }

  private static boolean matchesAny(RosterRow row, List<Allowed> allowed) {
    String d = SubIndustries.simplify(row.district());
    String stripped = null;
    for (Allowed a : allowed) {
      String x = a.simple();
      if (d.equals(x) || d.endsWith(x) || x.endsWith(d)) {
        return true;
      }
      if (stripped == null) {
        stripped = strip(d);
      }
      if (stripped.equals(a.stripped())) {
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
