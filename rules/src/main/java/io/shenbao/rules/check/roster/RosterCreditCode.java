package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.CreditCode;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;

/**
 * Every enterprise has a valid 统一社会信用代码 (GB 32100-2015): 18 characters of the code's set, the
 * division digits, and the right check character. A code stored as a number has already lost its
 * last digits in Excel, whatever it shows.
 */
@RuleInfo(
    id = "ROSTER-CREDIT-CODE",
    severity = Severity.ERROR,
    clause = "附件1 六（企业信用代码）；GB 32100-2015")
public final class RosterCreditCode implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    return RosterCreditCode::row;
  }

  private static void row(RosterRow row, Emitter out) {
    if (!row.sheet().has(RosterField.CODE)) {
      return;
    }
    String code = row.code();
    if (code == null) {
      out.cell(row, RosterField.CODE, "missing");
      return;
    }
    if (row.codeNumeric()) {
      out.cell(row, RosterField.CODE, "numeric", code);
      return;
    }
    CreditCode.Result r = row.codeDefect();
    if (r == null) {
      return;
    }
    switch (r.defect()) {
      case LENGTH -> out.cell(row, RosterField.CODE, "length", code, code.length());
      case CHARSET ->
          out.cell(
              row, RosterField.CODE, "charset", code, r.position(), code.charAt(r.position() - 1));
      case REGION ->
          out.cell(
              row, RosterField.CODE, "region", code, r.position(), code.charAt(r.position() - 1));
      case CHECK -> out.cell(row, RosterField.CODE, "check", code, r.expected(), code.charAt(17));
    }
  }
}
