package io.shenbao.rules.check.progress;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.facts.ProgressFigures;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An indicator lags when its achieved share of the whole-period target is below the share of the
 * two-year period that has passed since the approval. The notice sets no pace within the period: an
 * even pace is this tool's estimate, so this is a warning, which a rule set may switch off.
 */
@RuleInfo(
    id = "PROGRESS-LAG",
    severity = Severity.WARNING,
    clause = "财办建〔2024〕23号 五（对照两部门批复的实施方案报送工作进展情况）；财办建〔2024〕23号 三（实施期两年，自实施方案批复之日起开始计算）")
public final class ProgressLag implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    ProgressContext pc = ctx.progress();
    if (pc == null || pc.progress() == null) {
      return;
    }
    BigDecimal elapsed = ProgressFigures.elapsed(ctx.plan(), pc.progress(), ctx.policy());
    if (elapsed == null || elapsed.signum() == 0) {
      return;
    }
    LocalDate approved = ProgressFigures.date(ctx.plan().approvedOn());
    List<Progress.IndustryProgress> entries = pc.progress().industryList();
    for (int i = 0; i < entries.size(); i++) {
      Progress.IndustryProgress e = entries.get(i);
      int at = e == null ? -1 : ProgressFigures.industryOf(ctx.plan(), e.subIndustry());
      if (at < 0 || e.achieved() == null) {
        continue;
      }
      Industry planned = ctx.plan().industryList().get(at);
      Targets targets = planned.targets();
      if (targets == null) {
        continue;
      }
      Map<String, BigDecimal> achieved = e.achieved().byKey();
      for (Map.Entry<String, BigDecimal> t : targets.byKey().entrySet()) {
        BigDecimal a = achieved.get(t.getKey());
        if (!ProgressFigures.lags(t.getValue(), a, elapsed)) {
          continue;
        }
        String path = "industries[" + i + "].achieved." + t.getKey();
        pc.emit(
            out,
            path,
            "",
            e.subIndustry(),
            pc.label(path),
            CellText.plain(a),
            CellText.plain(t.getValue()),
            CellText.plain(ProgressFigures.percent(a, t.getValue())),
            approved,
            ProgressFigures.years(ctx.policy()),
            CellText.plain(elapsed));
      }
    }
  }
}
