package io.shenbao.rules.check.metric;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A count is negative or fractional (declared on the model with {@code @Count}), or larger than the
 * rule set's {@code metric_value_max} (this tool's default: no sub-industry has a million
 * enterprises), which is a slip of units or digits.
 */
@RuleInfo(id = "METRIC-VALUE", severity = Severity.ERROR, clause = "附件1 主要数据表（家、个）")
public final class MetricValue implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    if (ctx.policy().metricValueMax() == null || ctx.policy().metricValueMax().value() == null) {
      return;
    }
    BigDecimal max = ctx.policy().metricValueMax().value();
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      Industry ind = industries.get(i);
      Industry.Baseline b = ind.baseline();
      if (b != null) {
        check(ctx, out, i, "baseline.above_scale_smes", b.aboveScaleSmes(), max);
        check(ctx, out, i, "baseline.little_giants", b.littleGiants(), max);
        check(ctx, out, i, "baseline.specialized_smes", b.specializedSmes(), max);
      }
      check(ctx, out, i, "targets", ind.targets(), max);
      List<Industry.YearTarget> yearly = ind.yearlyList();
      for (int j = 0; j < yearly.size(); j++) {
        Industry.YearTarget y = yearly.get(j);
        check(ctx, out, i, "yearly[" + j + "]", y == null ? null : y.metrics(), max);
      }
    }
  }

  private static void check(
      PlanContext ctx, Emitter out, int i, String base, Targets t, BigDecimal max) {
    if (t == null) {
      return;
    }
    for (Map.Entry<String, BigDecimal> e : t.byKey().entrySet()) {
      check(ctx, out, i, base + "." + e.getKey(), e.getValue(), max);
    }
  }

  private static void check(
      PlanContext ctx, Emitter out, int i, String key, BigDecimal value, BigDecimal max) {
    if (value != null && value.compareTo(max) > 0) {
      String path = PlanContext.industryPath(i, key);
      out.plan(path, "absurd", path, CellText.plain(value), ctx.label(path), CellText.plain(max));
    }
  }
}
