package io.shenbao.rules.check.input;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A path in the plan leaves the workspace (absolute, .., or a symlink out). Reported by the
 * readers; this class carries the rule's metadata.
 */
@RuleInfo(id = "INPUT-PATH", severity = Severity.ERROR, clause = "附件1 六（证明材料）")
public final class InputPath implements Rule {}
