package io.shenbao.rules.check.submit;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A referenced attachment (证明材料, 推荐函, narrative PDF) is missing or not a readable PDF. The
 * workspace loader opens each PDF; this class carries the rule's metadata.
 */
@RuleInfo(
    id = "SUBMIT-ATTACHMENT",
    severity = Severity.ERROR,
    clause = "附件1 六（能够体现申报主体开展中小企业数字化转型工作能力的有关证明材料）")
public final class SubmitAttachment implements Rule {}
