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
import java.util.List;

/**
 * A figure may not exceed what it is a part of in the same year: 小巨人 (a kind of 专精特新) cannot
 * outnumber 专精特新, in the baseline or in the targets, nor level-4 enterprises those transformed.
 * Enterprises to transform or to bring to level 2 outnumbering those of the base year is only a
 * warning: the sub-industry can gain enterprises (a firm grows into 规上, a 小巨人 is recognised) in the
 * two years.
 */
@RuleInfo(
    id = "METRIC-EXCEEDS-BASELINE",
    severity = Severity.ERROR,
    clause = "附件1 主要数据表（基准年数据、目标数据）")
public final class MetricExceedsBaseline implements Rule {
  /** part path → whole path, relative to the industry: a target against the base year. */
  private static final List<String[]> LATER =
      List.of(
          new String[] {"targets.transform_above_scale", "baseline.above_scale_smes"},
          new String[] {"targets.transform_little_giants", "baseline.little_giants"},
          new String[] {"targets.transform_specialized", "baseline.specialized_smes"},
          new String[] {"targets.above_scale_level2", "baseline.above_scale_smes"},
          new String[] {"targets.specialized_level2", "baseline.specialized_smes"},
          new String[] {"targets.little_giants_level2", "baseline.little_giants"});

  /** part path → whole path, relative to the industry: a part and its whole of the same year. */
  private static final List<String[]> SAME_YEAR =
      List.of(
          new String[] {"baseline.little_giants", "baseline.specialized_smes"},
          new String[] {"targets.transform_little_giants", "targets.transform_specialized"},
          new String[] {"targets.little_giants_level2", "targets.specialized_level2"},
          new String[] {"targets.level4_enterprises", "targets.transform_total"});

  @Override
  public void check(PlanContext ctx, Emitter out) {
    List<Industry> industries = ctx.industries();
    String year = String.valueOf(ctx.policy().baseYear().value());
    for (int i = 0; i < industries.size(); i++) {
      Industry ind = industries.get(i);
      for (String[] pair : SAME_YEAR) {
        BigDecimal part = value(ind, pair[0]);
        BigDecimal whole = value(ind, pair[1]);
        if (exceeds(part, whole)) {
          out.plan(PlanContext.industryPath(i, pair[0]), "", args(ctx, i, pair, part, whole, year));
        }
      }
      for (String[] pair : LATER) {
        BigDecimal part = value(ind, pair[0]);
        BigDecimal whole = value(ind, pair[1]);
        if (exceeds(part, whole)) {
          out.planAs(
              Severity.WARNING,
              PlanContext.industryPath(i, pair[0]),
              "later",
              args(ctx, i, pair, part, whole, year));
        }
      }
    }
  }

  private static boolean exceeds(BigDecimal part, BigDecimal whole) {
    return Metrics.sound(part, whole) && part.compareTo(whole) > 0;
  }

  private static Object[] args(
      PlanContext ctx, int i, String[] pair, BigDecimal part, BigDecimal whole, String year) {
    return new Object[] {
      ctx.label(PlanContext.industryPath(i, pair[0])),
      CellText.plain(part),
      ctx.label(PlanContext.industryPath(i, pair[1])),
      CellText.plain(whole),
      year
    };
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
