package io.shenbao.rules.check.progress;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.facts.ProgressFigures;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import java.util.ArrayList;
import java.util.List;

/**
 * The report covers each sub-industry of the approved plan once, and no other: it is read against
 * that plan.
 */
@RuleInfo(
    id = "PROGRESS-INDUSTRY",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（对照两部门批复的实施方案报送工作进展情况）")
public final class ProgressIndustry implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    ProgressContext pc = ctx.progress();
    if (pc == null || pc.progress() == null) {
      return;
    }
    Plan plan = ctx.plan();
    List<Progress.IndustryProgress> entries = pc.progress().industryList();
    List<String> names = new ArrayList<>();
    for (Industry ind : plan.industryList()) {
      if (ind != null && ind.subIndustry() != null) {
        names.add(ind.subIndustry());
      }
    }
    boolean[] seen = new boolean[plan.industryList().size()];
    for (int i = 0; i < entries.size(); i++) {
      Progress.IndustryProgress e = entries.get(i);
      String path = "industries[" + i + "].sub_industry";
      if (e == null || e.subIndustry() == null || e.subIndustry().isBlank()) {
        pc.emit(out, path, "unnamed", i + 1);
        continue;
      }
      int at = ProgressFigures.industryOf(plan, e.subIndustry());
      if (at < 0) {
        pc.emit(out, path, "unknown", e.subIndustry(), String.join("、", names));
      } else if (seen[at]) {
        pc.emit(out, path, "twice", e.subIndustry());
      } else {
        seen[at] = true;
      }
    }
    for (int i = 0; i < seen.length; i++) {
      Industry ind = plan.industryList().get(i);
      if (!seen[i] && ind != null && ind.subIndustry() != null) {
        pc.emit(out, "industries", "missing", ind.subIndustry());
      }
    }
  }
}
