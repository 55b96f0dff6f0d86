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

/** 合计 must equal 拟改造规上 + 拟改造规下, for the whole period and for every year. */
@RuleInfo(id = "METRIC-TOTAL", severity = Severity.ERROR, clause = "附件1 主要数据表（拟改造企业 合计）")
public final class MetricTotal implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      Industry ind = industries.get(i);
      check(ind.targets(), PlanContext.industryPath(i, "targets"), out);
      List<Industry.YearTarget> years = ind.yearlyList();
      for (int j = 0; j < years.size(); j++) {
        Industry.YearTarget y = years.get(j);
        if (y != null) {
          check(y.metrics(), PlanContext.industryPath(i, "yearly[" + j + "]"), out);
        }
      }
    }
  }

  private static void check(Targets t, String base, Emitter out) {
    if (t == null
        || !Metrics.sound(t.transformAboveScale(), t.transformBelowScale(), t.transformTotal())) {
      return;
    }
    BigDecimal sum = t.transformAboveScale().add(t.transformBelowScale());
    if (sum.compareTo(t.transformTotal()) != 0) {
      out.plan(
          base + ".transform_total",
          "",
          CellText.plain(sum),
          CellText.plain(t.transformAboveScale()),
          CellText.plain(t.transformBelowScale()),
          CellText.plain(t.transformTotal()));
    }
  }
}
