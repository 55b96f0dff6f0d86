package io.shenbao.rules.check.input;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A value of the wrong type: text where a number belongs, a list where text belongs. Reported by
 * the readers; this class carries the rule's metadata.
 */
@RuleInfo(id = "INPUT-TYPE", severity = Severity.ERROR, clause = "附件1（实施方案模板）")
public final class InputType implements Rule {}
