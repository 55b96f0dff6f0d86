package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A required roster column is not found; the message lists the headers seen. Reported by the roster
 * reader, which finds the header row; this class carries the rule's metadata.
 */
@RuleInfo(
    id = "ROSTER-HEADER",
    severity = Severity.ERROR,
    clause = "附件1 六（企业名称、企业信用代码、2023年度主营业务收入，是否为专精特新“小巨人”企业或专精特新中小企业）")
public final class RosterHeader implements Rule {}
