package io.shenbao.rules.check.funding;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.facts.Figures;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import io.shenbao.rules.text.Suggest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * At least 80% of the central funds go directly to transforming SMEs, at most 20% to other uses
 * (public services, platforms, "链式" transformation, procured services). Each item's category must
 * be one the policy knows.
 */
@RuleInfo(
    id = "FUNDING-SPLIT",
    severity = Severity.ERROR,
    clause = "财建〔2023〕117号（不低于80%直接用于支持中小企业数字化改造，不高于20%用于公共服务建设等；据地方文件转引）")
public final class FundingSplit implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan.Funding f = ctx.plan().funding();
    if (f == null || f.centralTotal() == null || f.centralTotal().signum() <= 0) {
      return;
    }
    Policy p = ctx.policy();
    Map<String, String> categories = p.fundingCategories().value();
    List<Plan.FundingItem> items = f.itemList();
    for (int i = 0; i < items.size(); i++) {
      Plan.FundingItem item = items.get(i);
      if (item == null || item.category() == null || item.amount() == null) {
        continue;
      }
      String category = item.category().trim();
      if (!categories.containsKey(category)) {
        String guess = Suggest.closest(category, categories.keySet());
        out.plan(
            "funding.items[" + i + "].category",
            "category",
            category,
            guess == null ? String.join("、", categories.keySet()) : guess);
      }
    }
    Figures.Split sums = Figures.split(f, p);
    if (!sums.complete()) {
      return;
    }
    BigDecimal transform = sums.transformation();
    BigDecimal other = sums.other();
    Policy.FundingSplit split = p.fundingSplit().value();
    BigDecimal total = f.centralTotal();
    if (transform.compareTo(total.multiply(split.transformationMin())) < 0) {
      out.plan(
          "funding.items",
          "transformation",
          CellText.plain(transform),
          percent(transform, total),
          percent(split.transformationMin()));
    }
    if (other.compareTo(total.multiply(split.otherMax())) > 0) {
      out.plan(
          "funding.items",
          "other",
          CellText.plain(other),
          percent(other, total),
          percent(split.otherMax()));
    }
  }

  private static String percent(BigDecimal part, BigDecimal total) {
    return CellText.plain(Figures.percent(part, total));
  }

  private static String percent(BigDecimal ratio) {
    return CellText.plain(ratio.multiply(BigDecimal.valueOf(100)));
  }
}
