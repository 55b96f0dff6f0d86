package io.shenbao.rules.check.funding;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;

/** The funding items must add up to the central total. */
@RuleInfo(id = "FUNDING-SUM", severity = Severity.ERROR, clause = "附件1 四（中央财政支持资金的具体使用内容和金额概算）")
public final class FundingSum implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan.Funding f = ctx.plan().funding();
    if (f == null || f.centralTotal() == null || f.itemList().isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Plan.FundingItem item : f.itemList()) {
      if (item == null || item.amount() == null) {
        return;
      }
      sum = sum.add(item.amount());
    }
    if (sum.compareTo(f.centralTotal()) != 0) {
      out.plan("funding.central_total", "", CellText.plain(sum), CellText.plain(f.centralTotal()));
    }
  }
}
