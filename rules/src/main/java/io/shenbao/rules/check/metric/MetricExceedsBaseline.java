package io.shenbao.rules.check.metric;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.read.CellText;
import java.math.BigDecimal;
import java.util.List;

/**
 * A target may not exceed what it is a part of: enterprises to transform or to bring to level 2
 * cannot outnumber those the sub-industry has, and 小巨人 (a kind of 专精特新) cannot outnumber 专精特新.
 */
@RuleInfo(
    id = "METRIC-EXCEEDS-BASELINE",
    severity = Severity.ERROR,
    clause = "附件1 主要数据表（基准年数据、目标数据）")
public final class MetricExceedsBaseline implements Rule {
  /** part path → whole path, relative to the industry. */
  private static final List<String[]> PAIRS =
      List.of(
          new String[] {"targets.transform_above_scale", "baseline.above_scale_smes"},
          new String[] {"targets.transform_little_giants", "baseline.little_giants"},
          new String[] {"targets.transform_specialized", "baseline.specialized_smes"},
          new String[] {"targets.above_scale_level2", "baseline.above_scale_smes"},
          new String[] {"targets.specialized_level2", "baseline.specialized_smes"},
          new String[] {"targets.little_giants_level2", "baseline.little_giants"},
          new String[] {"baseline.little_giants", "baseline.specialized_smes"},
          new String[] {"targets.transform_little_giants", "targets.transform_specialized"},
          new String[] {"targets.little_giants_level2", "targets.specialized_level2"},
          new String[] {"targets.level4_enterprises", "targets.transform_total"});

  @Override
  public void check(PlanContext ctx, Emitter out) {
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      Industry ind = industries.get(i);
      for (String[] pair : PAIRS) {
        BigDecimal part = value(ind, pair[0]);
        BigDecimal whole = value(ind, pair[1]);
        if (Metrics.sound(part, whole) && part.compareTo(whole) > 0) {
          out.plan(
              PlanContext.industryPath(i, pair[0]),
              "",
              Messages.label("field." + leaf(pair[0])),
              CellText.plain(part),
              Messages.label("field." + leaf(pair[1])),
              CellText.plain(whole));
        }
      }
    }
  }

  private static String leaf(String path) {
    return path.substring(path.indexOf('.') + 1);
  }

  private static BigDecimal value(Industry ind, String path) {
    String leaf = leaf(path);
    if (path.startsWith("targets.")) {
      Targets t = ind.targets();
      return t == null ? null : t.byKey().get(leaf);
    }
    Industry.Baseline b = ind.baseline();
    if (b == null) {
      return null;
    }
    return switch (leaf) {
      case "above_scale_smes" -> b.aboveScaleSmes();
      case "little_giants" -> b.littleGiants();
      case "specialized_smes" -> b.specializedSmes();
      default -> throw new IllegalArgumentException(path);
    };
  }
}
