package io.shenbao.rules.check.metric;

import java.math.BigDecimal;

/** Helpers shared by the metric rules: which figures are sound enough to compare. */
final class Metrics {
  private Metrics() {}

  /** A whole, non-negative number (anything else is METRIC-VALUE's to report). */
  static boolean sound(BigDecimal n) {
    return n != null && n.signum() >= 0 && n.stripTrailingZeros().scale() <= 0;
  }

  /** True when every figure is sound. */
  static boolean sound(BigDecimal... ns) {
    for (BigDecimal n : ns) {
      if (!sound(n)) {
        return false;
      }
    }
    return true;
  }
}
