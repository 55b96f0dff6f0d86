package io.shenbao.rules.check.submit;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * The plan names at least one 证明材料 (附件1 六 asks for them), and every attachment it references (证明材料,
 * 推荐函, narrative PDF) is there and a readable PDF. The workspace loader opens each PDF.
 */
@RuleInfo(
    id = "SUBMIT-ATTACHMENT",
    severity = Severity.ERROR,
    clause = "附件1 六（能够体现申报主体开展中小企业数字化转型工作能力的有关证明材料）")
public final class SubmitAttachment implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    if (ctx.plan().attachmentList().isEmpty()) {
      out.plan("attachments", "none");
    }
  }
}
