package io.shenbao.rules.check.industry;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.text.CellText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every 细分行业 is named (declared on the model) and named once: the cover lists each as "重点行业—细分行业",
 * and the roster assigns enterprises by it.
 */
@RuleInfo(
    id = "INDUSTRY-SUB",
    severity = Severity.ERROR,
    clause = "附件1 封面（以“重点行业—细分行业”的形式列出所申报的所有细分行业）")
public final class IndustrySub implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Map<String, Integer> seen = new HashMap<>();
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      String sub = industries.get(i).subIndustry();
      if (sub == null || sub.isBlank()) {
        continue;
      }
      Integer first = seen.putIfAbsent(CellText.normalise(sub).replaceAll("\\s", ""), i);
      if (first != null) {
        out.plan(
            PlanContext.industryPath(i, "sub_industry"),
            "duplicate",
            sub,
            ctx.where(PlanContext.industryPath(first, "sub_industry")));
      }
    }
  }
}
