package io.shenbao.rules.check.input;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * An unknown key in the plan, with a did-you-mean suggestion. Reported by the readers; this class
 * carries the rule's metadata.
 */
@RuleInfo(id = "INPUT-UNKNOWN-FIELD", severity = Severity.ERROR, clause = "附件1（实施方案模板）")
public final class InputUnknownField implements Rule {}
