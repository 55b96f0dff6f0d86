package io.shenbao.rules.check.industry;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.text.CellText;
import io.shenbao.rules.text.Suggest;
import java.util.List;

/** Each 重点行业 must be one of the 16 of 附件2, written as the notice writes it. */
@RuleInfo(id = "INDUSTRY-KEY", severity = Severity.ERROR, clause = "财办建〔2024〕23号 四（一）；附件2")
public final class IndustryKey implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    List<String> allowed = ctx.policy().keyIndustries().value();
    if (allowed == null) {
      return; // the rule set has no closed list of key industries
    }
    List<Industry> industries = ctx.industries();
    for (int i = 0; i < industries.size(); i++) {
      String key = industries.get(i).keyIndustry();
      if (key == null || key.isBlank()) {
        continue;
      }
      String norm = normalise(key);
      if (allowed.contains(norm)) {
        continue;
      }
      String guess = Suggest.closest(norm, allowed);
      String path = PlanContext.industryPath(i, "key_industry");
      if (guess != null) {
        out.plan(path, "suggest", key, guess);
      } else {
        out.plan(path, "", key, String.join("、", allowed));
      }
    }
  }

  /** Full-width to half-width, no spaces, and the list separators the notice uses. */
  static String normalise(String s) {
    return CellText.normalise(s).replaceAll("\\s", "").replace(',', '、').replace('，', '、');
  }
}
