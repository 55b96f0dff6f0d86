package io.shenbao.rules.check.input;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;

/**
 * A value of the wrong type: text where a number belongs, a list where text belongs, text with a
 * control character that cannot be printed. The plan's values are reported by the readers; this
 * class carries the rule's metadata and looks at the roster's text cells that the package prints
 * (细分行业, 所在区县; the name and the code have rules of their own).
 */
@RuleInfo(id = "INPUT-TYPE", severity = Severity.ERROR, clause = "附件1（实施方案模板）")
public final class InputType implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    return (row, out) -> {
      control(row, RosterField.SUB_INDUSTRY, row.subIndustry(), out);
      control(row, RosterField.DISTRICT, row.district(), out);
    };
  }

  private static void control(RosterRow row, RosterField field, String text, Emitter out) {
    int bad = Printable.firstUnprintable(text);
    if (bad >= 0) {
      out.cell(row, field, "control-cell", Printable.codePoint(bad));
    }
  }
}
