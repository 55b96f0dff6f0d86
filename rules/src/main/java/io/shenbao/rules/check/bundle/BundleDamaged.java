package io.shenbao.rules.check.bundle;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A received package does not match the manifests it was bagged with: a file missing, added or
 * changed, a manifest edited, a zip entry that cannot be trusted — each what {@code shenbao verify}
 * lists, one finding apiece. Reported when a package is checked (validate, intake, compare); this
 * class carries the rule's metadata.
 */
@RuleInfo(
    id = "BUNDLE-DAMAGED",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（PDF版（光盘刻录））；渝经信发〔2024〕21号 二、3（PDF版（光盘刻录））；RFC 8493")
public final class BundleDamaged implements Rule {}
