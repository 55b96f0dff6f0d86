package io.shenbao.rules.check.metric;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;

/**
 * A count is negative, fractional or absurd. Declared on the model with {@code @Count}; this class
 * carries the rule's metadata.
 */
@RuleInfo(id = "METRIC-VALUE", severity = Severity.ERROR, clause = "附件1 主要数据表（家、个）")
public final class MetricValue implements Rule {}
