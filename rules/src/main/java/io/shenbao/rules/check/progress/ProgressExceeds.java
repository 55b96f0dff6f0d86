package io.shenbao.rules.check.progress;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.check.metric.MetricExceedsBaseline;
import io.shenbao.rules.facts.ProgressFigures;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.List;

/**
 * What was achieved is bounded as the plan's targets are (METRIC-EXCEEDS-BASELINE): a part not
 * above its whole achieved at the same date (小巨人 among 专精特新, level 4 among those transformed), an
 * error; above the base year's count of the approved plan (more 规上 transformed than there were 规上),
 * a warning, since a sub-industry can gain enterprises.
 */
@RuleInfo(
    id = "PROGRESS-EXCEEDS",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（对照两部门批复的实施方案报送工作进展情况）；附件1 主要数据表（基准年数据）")
public final class ProgressExceeds implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    ProgressContext pc = ctx.progress();
    if (pc == null || pc.progress() == null) {
      return;
    }
    Integer year = ctx.policy().baseYear().value();
    List<Progress.IndustryProgress> entries = pc.progress().industryList();
    for (int i = 0; i < entries.size(); i++) {
      Progress.IndustryProgress e = entries.get(i);
      if (e == null || e.achieved() == null) {
        continue;
      }
      int at = ProgressFigures.industryOf(ctx.plan(), e.subIndustry());
      Industry planned = at < 0 ? null : ctx.plan().industryList().get(at);
      Industry.Baseline baseline = planned == null ? null : planned.baseline();
      Targets a = e.achieved();
      for (MetricExceedsBaseline.Pair pair : MetricExceedsBaseline.SAME_YEAR) {
        if (pair.part().startsWith("targets.")) {
          emit(ctx, pc, out, i, pair, a, baseline, "", null, planned);
        }
      }
      for (MetricExceedsBaseline.Pair pair : MetricExceedsBaseline.LATER) {
        emit(ctx, pc, out, i, pair, a, baseline, "later", year, planned);
      }
    }
  }

  private static void emit(
      PlanContext ctx,
      ProgressContext pc,
      Emitter out,
      int i,
      MetricExceedsBaseline.Pair pair,
      Targets achieved,
      Industry.Baseline baseline,
      String variant,
      Integer year,
      Industry planned) {
    BigDecimal part = MetricExceedsBaseline.value(achieved, baseline, pair.part());
    BigDecimal whole = MetricExceedsBaseline.value(achieved, baseline, pair.whole());
    if (!MetricExceedsBaseline.exceeds(part, whole)) {
      return;
    }
    String path = achievedPath(i, pair.part());
    String wholeLabel =
        pair.whole().startsWith("targets.")
            ? pc.label(achievedPath(i, pair.whole()))
            : ctx.label(PlanContext.industryPath(indexOf(ctx, planned), pair.whole()));
    Object[] args = {pc.label(path), CellText.plain(part), wholeLabel, CellText.plain(whole)};
    if (variant.isEmpty()) {
      pc.emit(out, path, "", args);
    } else {
      out.atAs(
          Severity.WARNING,
          pc.file(),
          pc.at(path),
          MetricExceedsBaseline.laterVariant(year),
          MetricExceedsBaseline.withYear(args, year));
    }
  }

  private static int indexOf(PlanContext ctx, Industry planned) {
    return ctx.plan().industryList().indexOf(planned);
  }

  private static String achievedPath(int i, String targetsPath) {
    return "industries[" + i + "].achieved." + targetsPath.substring("targets.".length());
  }
}
