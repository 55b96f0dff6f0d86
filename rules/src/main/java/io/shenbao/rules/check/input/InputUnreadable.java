package io.shenbao.rules.check.input;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A referenced file is missing, unreadable, encrypted, or not the format its name says. Reported by
 * the readers; this class carries the rule's metadata.
 */
@RuleInfo(
    id = "INPUT-UNREADABLE",
    severity = Severity.ERROR,
    clause = "附件1 六；财办建〔2024〕23号 五（纸质版和PDF版）")
public final class InputUnreadable implements Rule {}
