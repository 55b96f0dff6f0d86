package io.shenbao.rules.check.progress;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.List;

/** What was achieved adds up as the plan's targets do: 合计 = 规上 + 规下, in every sub-industry. */
@RuleInfo(
    id = "PROGRESS-TOTAL",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（对照两部门批复的实施方案报送工作进展情况）；附件1 主要数据表（合计）")
public final class ProgressTotal implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    ProgressContext pc = ctx.progress();
    if (pc == null || pc.progress() == null) {
      return;
    }
    List<Progress.IndustryProgress> entries = pc.progress().industryList();
    for (int i = 0; i < entries.size(); i++) {
      Progress.IndustryProgress e = entries.get(i);
      Targets a = e == null ? null : e.achieved();
      if (a == null
          || a.transformAboveScale() == null
          || a.transformBelowScale() == null
          || a.transformTotal() == null) {
        continue;
      }
      BigDecimal sum = a.transformAboveScale().add(a.transformBelowScale());
      String path = "industries[" + i + "].achieved.transform_total";
      if (sum.compareTo(a.transformTotal()) != 0 && !pc.locator().isComputed(path)) {
        pc.emit(
            out,
            path,
            "",
            String.valueOf(e.subIndustry()),
            CellText.plain(sum),
            CellText.plain(a.transformAboveScale()),
            CellText.plain(a.transformBelowScale()),
            CellText.plain(a.transformTotal()));
      }
    }
  }
}
