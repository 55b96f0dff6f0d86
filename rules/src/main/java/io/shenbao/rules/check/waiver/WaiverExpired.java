package io.shenbao.rules.check.waiver;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A waiver in shenbao-waivers.yaml has passed its expiry date, so the finding it covered counts
 * again. Reported by {@link io.shenbao.rules.engine.Waivers}; this class carries the metadata.
 */
@RuleInfo(
    id = "WAIVER-EXPIRED",
    severity = Severity.WARNING,
    clause = "shenbao-waivers.yaml（豁免须注明理由、批准人和有效期）")
public final class WaiverExpired implements Rule {}
