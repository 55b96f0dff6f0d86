package io.shenbao.rules.check.metric;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.facts.Figures;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.List;

/**
 * At the end of the period each sub-industry must have at least 90% of its 规上 SMEs and of its
 * 省级专精特新 SMEs at digital level 2 or above, and every "小巨人" (100%), separately: the 专精特新 figures
 * include the 小巨人, so the 90% applies to them less the 小巨人 (23号 四（三）). The ratios come from the
 * policy.
 */
@RuleInfo(id = "METRIC-LEVEL2-RATIO", severity = Severity.ERROR, clause = "财办建〔2024〕23号 四（三）（应改尽改）")
public final class MetricLevel2Ratio implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Policy.Level2Ratios r = ctx.policy().level2Ratios().value();
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      Industry ind = industries.get(i);
      Targets t = ind.targets();
      Industry.Baseline b = ind.baseline();
      if (t == null || b == null) {
        continue;
      }
      check(
          ctx,
          out,
          i,
          "above_scale_level2",
          t.aboveScaleLevel2(),
          b.aboveScaleSmes(),
          "above_scale_smes",
          r.aboveScale());
      provincial(out, i, t, b, r.specialized());
      check(
          ctx,
          out,
          i,
          "little_giants_level2",
          t.littleGiantsLevel2(),
          b.littleGiants(),
          "little_giants",
          r.littleGiants());
    }
  }

  /**
   * 省级专精特新 (专精特新 less 小巨人) at level 2: (specialized_level2 − little_giants_level2) at least the
   * ratio of (specialized_smes − little_giants), rounded up. Left to METRIC-EXCEEDS-BASELINE when a
   * 小巨人 figure exceeds its 专精特新 one.
   */
  private static void provincial(
      Emitter out, int i, Targets t, Industry.Baseline b, BigDecimal ratio) {
    if (ratio == null
        || !Metrics.sound(
            t.specializedLevel2(), t.littleGiantsLevel2(), b.specializedSmes(), b.littleGiants())) {
      return;
    }
    BigDecimal base = b.specializedSmes().subtract(b.littleGiants());
    BigDecimal level2 = t.specializedLevel2().subtract(t.littleGiantsLevel2());
    if (base.signum() <= 0 || level2.signum() < 0) {
      return;
    }
    BigDecimal needed = Figures.needed(base, ratio);
    if (level2.compareTo(needed) < 0) {
      out.plan(
          PlanContext.industryPath(i, "targets.specialized_level2"),
          "specialized",
          CellText.plain(needed),
          CellText.plain(b.specializedSmes()),
          CellText.plain(b.littleGiants()),
          CellText.plain(base),
          CellText.plain(ratio.multiply(BigDecimal.valueOf(100))),
          CellText.plain(level2),
          CellText.plain(t.specializedLevel2()),
          CellText.plain(t.littleGiantsLevel2()),
          CellText.plain(Figures.coverage(level2, base)));
    }
  }

  private static void check(
      PlanContext ctx,
      Emitter out,
      int i,
      String key,
      BigDecimal level2,
      BigDecimal base,
      String baseKey,
      BigDecimal ratio) {
    if (ratio == null || !Metrics.sound(level2, base) || base.signum() == 0) {
      return;
    }
    BigDecimal needed = Figures.needed(base, ratio);
    if (level2.compareTo(needed) < 0) {
      BigDecimal share = Figures.coverage(level2, base);
      out.plan(
          PlanContext.industryPath(i, "targets." + key),
          "",
          ctx.label(PlanContext.industryPath(i, "targets." + key)),
          CellText.plain(needed),
          ctx.label(PlanContext.industryPath(i, "baseline." + baseKey)),
          CellText.plain(base),
          CellText.plain(ratio.multiply(BigDecimal.valueOf(100))),
          CellText.plain(level2),
          CellText.plain(share));
    }
  }
}
