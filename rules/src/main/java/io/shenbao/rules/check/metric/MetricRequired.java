package io.shenbao.rules.check.metric;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A baseline, target or qualitative goal of a sub-industry is missing. Declared on the model with
 * {@code @NotNull}/{@code @NotBlank}; this class carries the rule's metadata.
 */
@RuleInfo(id = "METRIC-REQUIRED", severity = Severity.ERROR, clause = "附件1 二（必须包含但不限于以下指标）；主要数据表")
public final class MetricRequired implements Rule {}
