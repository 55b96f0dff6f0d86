package io.shenbao.rules.check.input;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * Malformed YAML, CSV or workbook. Reported by the readers; this class carries the rule's metadata.
 */
@RuleInfo(id = "INPUT-SYNTAX", severity = Severity.ERROR, clause = "附件1（实施方案模板）")
public final class InputSyntax implements Rule {}
