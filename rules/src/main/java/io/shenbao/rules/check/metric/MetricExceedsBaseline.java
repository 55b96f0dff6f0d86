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
import java.util.Arrays;
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
  /** A figure and the figure it may not exceed, as key paths relative to the industry. */
  public record Pair(String part, String whole) {}

  /**
   * A target against the base year's count: a sub-industry can gain enterprises, so exceeding it is
   * only a warning. The same pairs bound what a progress report says was achieved.
   */
  public static final List<Pair> LATER =
      List.of(
          new Pair("targets.transform_above_scale", "baseline.above_scale_smes"),
          new Pair("targets.transform_little_giants", "baseline.little_giants"),
          new Pair("targets.transform_specialized", "baseline.specialized_smes"),
          new Pair("targets.above_scale_level2", "baseline.above_scale_smes"),
          new Pair("targets.specialized_level2", "baseline.specialized_smes"),
          new Pair("targets.little_giants_level2", "baseline.little_giants"));

  /** A part and its whole of the same time (the baseline's, the targets', or what was achieved). */
  public static final List<Pair> SAME_YEAR =
      List.of(
          new Pair("baseline.little_giants", "baseline.specialized_smes"),
          new Pair("targets.transform_little_giants", "targets.transform_specialized"),
          new Pair("targets.little_giants_level2", "targets.specialized_level2"),
          new Pair("targets.level4_enterprises", "targets.transform_total"));

  @Override
  public void check(PlanContext ctx, Emitter out) {
    List<Industry> industries = ctx.industries();
    Integer year = ctx.policy().baseYear().value();
    for (int i = 0; i < industries.size(); i++) {
      Industry ind = industries.get(i);
      for (Pair pair : SAME_YEAR) {
        BigDecimal part = value(ind.targets(), ind.baseline(), pair.part());
        BigDecimal whole = value(ind.targets(), ind.baseline(), pair.whole());
        if (exceeds(part, whole)) {
          out.plan(PlanContext.industryPath(i, pair.part()), "", args(ctx, i, pair, part, whole));
        }
      }
      for (Pair pair : LATER) {
        BigDecimal part = value(ind.targets(), ind.baseline(), pair.part());
        BigDecimal whole = value(ind.targets(), ind.baseline(), pair.whole());
        if (exceeds(part, whole)) {
          Object[] args = args(ctx, i, pair, part, whole);
          out.planAs(
              Severity.WARNING,
              PlanContext.industryPath(i, pair.part()),
              laterVariant(year),
              withYear(args, year));
        }
      }
    }
  }

  /**
   * The variant of a figure above the base year's count: {@code later}, naming the base year, or
   * {@code later-unknown-year} when the rule set does not know it.
   */
  public static String laterVariant(Integer baseYear) {
    return baseYear == null ? "later-unknown-year" : "later";
  }

  /** The arguments with the base year after them (left out when it is not known). */
  public static Object[] withYear(Object[] args, Integer baseYear) {
    if (baseYear == null) {
      return args;
    }
    Object[] out = Arrays.copyOf(args, args.length + 1);
    out[args.length] = baseYear;
    return out;
  }

  /** True when both figures are sound and the part is the larger. */
  public static boolean exceeds(BigDecimal part, BigDecimal whole) {
    return Metrics.sound(part, whole) && part.compareTo(whole) > 0;
  }

  private static Object[] args(
      PlanContext ctx, int i, Pair pair, BigDecimal part, BigDecimal whole) {
    return new Object[] {
      ctx.label(PlanContext.industryPath(i, pair.part())),
      CellText.plain(part),
      ctx.label(PlanContext.industryPath(i, pair.whole())),
      CellText.plain(whole)
    };
  }

  /**
   * A figure at a key path relative to an industry: {@code targets.*} from {@code figures} (the
   * targets, or what a progress report says was achieved), {@code baseline.*} from the baseline.
   */
  public static BigDecimal value(Targets figures, Industry.Baseline b, String path) {
    String leaf = path.substring(path.indexOf('.') + 1);
    if (path.startsWith("targets.")) {
      return figures == null ? null : figures.byKey().get(leaf);
    }
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
