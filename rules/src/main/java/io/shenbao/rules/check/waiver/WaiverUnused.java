package io.shenbao.rules.check.waiver;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A waiver in shenbao-waivers.yaml matches no finding any more: remove it before it hides a new
 * problem. Reported by {@link io.shenbao.rules.engine.Waivers}; this class carries the metadata.
 */
@RuleInfo(
    id = "WAIVER-UNUSED",
    severity = Severity.WARNING,
    clause = "shenbao-waivers.yaml（豁免须注明理由、批准人和有效期）")
public final class WaiverUnused implements Rule {}
