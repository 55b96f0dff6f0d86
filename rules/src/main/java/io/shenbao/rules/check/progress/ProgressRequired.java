package io.shenbao.rules.check.progress;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A progress report says, as of a date, what was achieved of every target indicator of the approved
 * plan, how much of the central funds arrived, and its progress, problems and next steps; the
 * approved plan beside it gives its approval date and names a rule set that asks for the report
 * (the first batch's).
 */
@RuleInfo(
    id = "PROGRESS-REQUIRED",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（已纳入首批试点范围的城市需对照两部门批复的实施方案报送工作进展情况）")
public final class ProgressRequired implements Rule {
  private static final List<String> NARRATIVE = List.of("progress", "problems", "next_steps");

  @Override
  public void check(PlanContext ctx, Emitter out) {
    ProgressContext pc = ctx.progress();
    if (pc == null) {
      return;
    }
    Policy policy = ctx.policy();
    if (policy.level(Policy.PROGRESS_LEVEL) == null) {
      out.plan("policy", "policy", policy.id());
    }
    if (ctx.plan().approvedOn() == null || ctx.plan().approvedOn().isBlank()) {
      out.plan("approved_on", "approved-on");
    }
    Progress p = pc.progress();
    if (p == null) {
      return;
    }
    if (p.asOf() == null || p.asOf().isBlank()) {
      pc.emit(out, "as_of", "as-of");
    }
    List<Progress.IndustryProgress> entries = p.industryList();
    for (int i = 0; i < entries.size(); i++) {
      Progress.IndustryProgress e = entries.get(i);
      if (e == null) {
        continue;
      }
      String base = "industries[" + i + "].achieved";
      Targets achieved = e.achieved();
      for (Map.Entry<String, BigDecimal> f : figures(achieved).entrySet()) {
        if (f.getValue() == null) {
          String path = base + "." + f.getKey();
          pc.emit(out, path, "figure", String.valueOf(e.subIndustry()), pc.label(path));
        }
      }
    }
    if (p.funds() == null || p.funds().received() == null) {
      pc.emit(out, "funds.received", "funds");
    }
    Progress.Narrative n = p.narrative();
    String[] texts =
        n == null ? new String[3] : new String[] {n.progress(), n.problems(), n.nextSteps()};
    for (int i = 0; i < NARRATIVE.size(); i++) {
      if (texts[i] == null || texts[i].isBlank()) {
        String path = "narrative." + NARRATIVE.get(i);
        pc.emit(out, path, "narrative", pc.label(path));
      }
    }
  }

  /** Every indicator by key, absent ones mapped to null (all of them when nothing was given). */
  private static Map<String, BigDecimal> figures(Targets achieved) {
    if (achieved != null) {
      return achieved.byKey();
    }
    Map<String, BigDecimal> none = new LinkedHashMap<>();
    Targets.KEYS.forEach(k -> none.put(k, null));
    return none;
  }
}
