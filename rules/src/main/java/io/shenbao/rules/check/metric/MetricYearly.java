package io.shenbao.rules.check.metric;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.read.CellText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan gives 分年度目标 for each implementation year (increments), with every figure of the
 * whole-period targets, and the years add up to the whole period.
 */
@RuleInfo(
    id = "METRIC-YEARLY",
    severity = Severity.ERROR,
    clause = "附件1 二（总体绩效目标及分年度目标）；财办建〔2024〕23号 三（实施期两年）")
public final class MetricYearly implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    int years = ctx.policy().implementationYears().value();
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      check(ctx, industries.get(i), i, years, out);
    }
  }

  private static void check(PlanContext ctx, Industry ind, int i, int years, Emitter out) {
    List<Industry.YearTarget> yearly = ind.yearlyList();
    if (yearly.isEmpty()) {
      out.plan(PlanContext.industryPath(i, "yearly"), "missing", years);
      return;
    }
    Map<Integer, Integer> byYear = new HashMap<>();
    for (int j = 0; j < yearly.size(); j++) {
      Industry.YearTarget y = yearly.get(j);
      if (y == null || y.year() == null) {
        continue;
      }
      String path = PlanContext.industryPath(i, "yearly[" + j + "].year");
      if (y.year() < 1 || y.year() > years) {
        out.plan(path, "year-range", y.year(), years);
      } else if (byYear.putIfAbsent(y.year(), j) != null) {
        out.plan(path, "year-duplicate", y.year());
      }
    }
    boolean complete = true;
    for (int k = 1; k <= years; k++) {
      if (!byYear.containsKey(k)) {
        out.plan(PlanContext.industryPath(i, "yearly"), "year-missing", k);
        complete = false;
      }
    }
    Targets whole = ind.targets();
    if (whole == null) {
      return;
    }
    for (Map.Entry<String, BigDecimal> e : whole.byKey().entrySet()) {
      String key = e.getKey();
      List<BigDecimal> parts = new ArrayList<>();
      boolean sound = true;
      for (int k = 1; k <= years; k++) {
        Integer j = byYear.get(k);
        if (j == null) {
          continue;
        }
        Targets t = yearly.get(j).metrics();
        BigDecimal v = t == null ? null : t.byKey().get(key);
        if (v == null) {
          // at the figure's own cell (in YAML, where the year's entry stands)
          out.plan(
              PlanContext.industryPath(i, "yearly[" + j + "]." + key),
              "key-missing",
              k,
              ctx.label(PlanContext.industryPath(i, "targets." + key)));
          sound = false;
        } else {
          sound &= Metrics.sound(v);
          parts.add(v);
        }
      }
      if (complete && sound && Metrics.sound(e.getValue())) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(e.getValue()) != 0) {
          List<String> texts = new ArrayList<>();
          parts.forEach(p -> texts.add(CellText.plain(p)));
          out.plan(
              PlanContext.industryPath(i, "targets." + key),
              "sum",
              ctx.label(PlanContext.industryPath(i, "targets." + key)),
              String.join(" + ", texts),
              CellText.plain(sum),
              CellText.plain(e.getValue()));
        }
      }
    }
  }
}
