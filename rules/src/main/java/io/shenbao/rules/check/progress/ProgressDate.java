package io.shenbao.rules.check.progress;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.ProgressContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.facts.ProgressFigures;
import io.shenbao.rules.finding.Severity;
import java.time.LocalDate;

/**
 * The report's date (as_of) and the plan's approval date (approved_on) are dates; the report
 * describes a day on or after the approval (the period runs from it) and not after the check.
 */
@RuleInfo(
    id = "PROGRESS-DATE",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（对照两部门批复的实施方案报送工作进展情况）；财办建〔2024〕23号 三（自实施方案批复之日起开始计算）")
public final class ProgressDate implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    ProgressContext pc = ctx.progress();
    if (pc == null) {
      return;
    }
    String approvedText = ctx.plan().approvedOn();
    if (ProgressFigures.malformed(approvedText)) {
      out.plan("approved_on", "format", ctx.label("approved_on"), approvedText);
    }
    if (pc.progress() == null) {
      return;
    }
    String asOfText = pc.progress().asOf();
    if (ProgressFigures.malformed(asOfText)) {
      pc.emit(out, "as_of", "format", pc.label("as_of"), asOfText);
      return;
    }
    LocalDate asOf = ProgressFigures.date(asOfText);
    LocalDate approved = ProgressFigures.date(approvedText);
    if (asOf == null) {
      return;
    }
    if (approved != null && asOf.isBefore(approved)) {
      pc.emit(out, "as_of", "before-approval", asOf, approved);
    }
    LocalDate checked = ctx.asOf().atZoneSameInstant(ctx.policy().zone()).toLocalDate();
    if (asOf.isAfter(checked)) {
      pc.emit(out, "as_of", "future", asOf, checked);
    }
  }
}
