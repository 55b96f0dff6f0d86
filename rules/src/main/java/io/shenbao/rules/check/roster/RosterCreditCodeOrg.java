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
 * Softer checks on an otherwise valid code: the embedded 组织机构代码 (positions 9–17) should pass GB
 * 11714 (some registries issued codes that do not), and an industrial enterprise is normally
 * registered by 市场监管 (9) as an enterprise (1), i.e. starts with 91.
 */
@RuleInfo(
    id = "ROSTER-CREDIT-CODE-ORG",
    severity = Severity.WARNING,
    clause = "附件1 六（企业信用代码）；GB 32100-2015；GB 11714")
public final class RosterCreditCodeOrg implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    return RosterCreditCodeOrg::row;
  }

  private static void row(RosterRow row, Emitter out) {
    String code = row.code();
    if (!row.codeValid()) {
      return;
    }
    char expected = CreditCode.orgCheckChar(code);
    if (expected != 0 && code.charAt(16) != expected) {
      out.cell(
          row, RosterField.CODE, "org", code, code.substring(8, 17), expected, code.charAt(16));
    }
    if (!code.startsWith("91")) {
      out.cell(row, RosterField.CODE, "category", code, code.substring(0, 2));
    }
  }
}
