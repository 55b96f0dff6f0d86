package io.shenbao.rules.check.progress;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.facts.ProgressFigures;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import io.shenbao.rules.text.Suggest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The central funds as the report gives them: no more received than the approved plan's central
 * total, no more spent than received, each use in a category of the rule set; and the 80/20 rule of
 * 117号 as far as spending can show it before the end: other uses never above 20% of the central
 * funds (a share spent cannot be unspent), and once the period is over at least 80% of what was
 * spent on transforming SMEs.
 */
@RuleInfo(
    id = "PROGRESS-FUNDS",
    severity = Severity.ERROR,
    clause =
        "财办建〔2024〕23号 五（对照两部门批复的实施方案报送工作进展情况）；财建〔2023〕117号（不低于80%直接用于支持中小企业数字化改造，不高于20%用于公共服务建设等；据地方文件转引）")
public final class ProgressFunds implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    ProgressContext pc = ctx.progress();
    if (pc == null || pc.progress() == null || pc.progress().funds() == null) {
      return;
    }
    Policy p = ctx.policy();
    Progress.Funds f = pc.progress().funds();
    Map<String, String> categories = p.fundingCategories().value();
    List<String> transformation = p.transformationCategories().value();
    BigDecimal spent = BigDecimal.ZERO;
    BigDecimal transform = BigDecimal.ZERO;
    BigDecimal other = BigDecimal.ZERO;
    boolean complete = true;
    List<Plan.FundingItem> items = f.spentList();
    for (int i = 0; i < items.size(); i++) {
      Plan.FundingItem item = items.get(i);
      if (item == null || item.category() == null || item.amount() == null) {
        complete = false;
        continue;
      }
      spent = spent.add(item.amount());
      String category = item.category().trim();
      if (!categories.containsKey(category)) {
        String guess = Suggest.closest(category, categories.keySet());
        pc.emit(
            out,
            "funds.spent[" + i + "].category",
            "category",
            category,
            guess == null ? String.join("、", categories.keySet()) : guess);
        complete = false;
      } else if (transformation.contains(category)) {
        transform = transform.add(item.amount());
      } else {
        other = other.add(item.amount());
      }
    }
    BigDecimal received = f.received();
    Plan.Funding planned = ctx.plan().funding();
    BigDecimal central = planned == null ? null : planned.centralTotal();
    if (received != null && central != null && received.compareTo(central) > 0) {
      pc.emit(out, "funds.received", "received", plain(received), plain(central));
    }
    if (received != null && spent.compareTo(received) > 0) {
      pc.emit(out, "funds.spent", "overspent", plain(spent), plain(received));
    }
    if (!complete) {
      return;
    }
    Policy.FundingSplit split = p.fundingSplit().value();
    if (central != null && central.signum() > 0) {
      BigDecimal cap = central.multiply(split.otherMax());
      if (other.compareTo(cap) > 0) {
        pc.emit(
            out,
            "funds.spent",
            "other",
            plain(other),
            plain(central),
            plain(split.otherMax().multiply(BigDecimal.valueOf(100))),
            plain(cap));
      }
    }
    LocalDate asOf = ProgressFigures.date(pc.progress().asOf());
    LocalDate approved = ProgressFigures.date(ctx.plan().approvedOn());
    boolean over =
        asOf != null && approved != null && !asOf.isBefore(ProgressFigures.periodEnd(approved, p));
    if (over
        && spent.signum() > 0
        && transform.compareTo(spent.multiply(split.transformationMin())) < 0) {
      pc.emit(
          out,
          "funds.spent",
          "transformation",
          plain(transform),
          plain(spent),
          plain(ProgressFigures.percent(transform, spent)),
          plain(split.transformationMin().multiply(BigDecimal.valueOf(100))));
    }
  }

  private static String plain(BigDecimal n) {
    return CellText.plain(n);
  }
}
