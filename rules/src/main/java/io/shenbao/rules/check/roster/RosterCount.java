package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.model.Tier;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.List;

/**
 * The roster lists every 规上工业中小企业 of each sub-industry, so its number of rows must equal the
 * baseline's 规上总数. The baseline's 小巨人 and 专精特新 (including 小巨人) count every such enterprise of the
 * sub-industry, 规下 ones too, so the roster's may be fewer (a note with both numbers) but never
 * more. Reported at the baseline.
 */
@RuleInfo(id = "ROSTER-COUNT", severity = Severity.ERROR, clause = "附件1 六；主要数据表（基准年数据）")
public final class RosterCount implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    List<Industry> industries = ctx.industries();
    SubIndustries subs = new SubIndustries(industries);
    long[][] counts = new long[industries.size()][3];
    boolean[] tiers = {true};
    return new RowCheck() {
      @Override
      public void row(RosterRow row, Emitter out) {
        tiers[0] = row.sheet().has(RosterField.TIER);
        int i = subs.indexOf(row);
        if (i < 0) {
          return;
        }
        counts[i][0]++;
        Tier t = row.tier();
        if (t == Tier.LITTLE_GIANT) {
          counts[i][1]++;
          counts[i][2]++;
        } else if (t == Tier.SPECIALIZED) {
          counts[i][2]++;
        }
      }

      @Override
      public void end(Emitter out) {
        for (int i = 0; i < industries.size(); i++) {
          Industry.Baseline b = industries.get(i).baseline();
          if (b == null) {
            continue;
          }
          String sub = String.valueOf(industries.get(i).subIndustry());
          compare(ctx, out, i, sub, "above_scale_smes", b.aboveScaleSmes(), counts[i][0]);
          if (tiers[0]) {
            atMost(ctx, out, i, sub, "little_giants", b.littleGiants(), counts[i][1]);
            atMost(ctx, out, i, sub, "specialized_smes", b.specializedSmes(), counts[i][2]);
          }
        }
      }
    };
  }

  /**
   * The roster's 小巨人 or 专精特新 may not outnumber the baseline's (an error); fewer is normal, as the
   * baseline counts 规下 ones too (a note).
   */
  private static void atMost(
      PlanContext ctx,
      Emitter out,
      int i,
      String sub,
      String key,
      BigDecimal baseline,
      long counted) {
    if (baseline == null) {
      return;
    }
    int c = BigDecimal.valueOf(counted).compareTo(baseline);
    String path = PlanContext.industryPath(i, "baseline." + key);
    Object label = ctx.label(path);
    if (c > 0) {
      out.plan(path, "above", sub, label, CellText.plain(baseline), counted);
    } else if (c < 0) {
      out.planAs(Severity.INFO, path, "below", sub, label, CellText.plain(baseline), counted);
    }
  }

  private static void compare(
      PlanContext ctx,
      Emitter out,
      int i,
      String sub,
      String key,
      BigDecimal baseline,
      long counted) {
    if (baseline == null || baseline.compareTo(BigDecimal.valueOf(counted)) == 0) {
      return;
    }
    out.plan(
        PlanContext.industryPath(i, "baseline." + key),
        "",
        sub,
        ctx.label(PlanContext.industryPath(i, "baseline." + key)),
        CellText.plain(baseline),
        counted);
  }
}
