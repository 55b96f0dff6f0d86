package io.shenbao.rules.check.input;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A required field of the plan is absent. Reported by the readers; this class carries the rule's
 * metadata.
 */
@RuleInfo(id = "INPUT-MISSING-FIELD", severity = Severity.ERROR, clause = "附件1（实施方案模板）")
public final class InputMissingField implements Rule {}
