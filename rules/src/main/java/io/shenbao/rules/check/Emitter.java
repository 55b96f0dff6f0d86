package io.shenbao.rules.check;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;

/**
 * Where a rule reports. The message key is the rule's ID plus {@code variant} (an empty variant
 * means the key is the ID itself), so every message stays in the bundle under its rule.
 */
public interface Emitter {
  /** A finding in a file at a location (either may be null). */
  void at(String file, Location location, String variant, Object... args);

  /** A finding at a key path of the plan. */
  void plan(String path, String variant, Object... args);

  /**
   * A finding at a key path of the plan at {@code severity} whatever the rule's (unless the policy
   * switches the rule off): the softer case of a rule, such as ROSTER-COUNT's note that the roster
   * has fewer 专精特新 than the baseline.
   */
  void planAs(Severity severity, String path, String variant, Object... args);

  /**
   * A finding in a file at a location at {@code severity} whatever the rule's (unless the policy
   * switches the rule off): the softer case of a rule about a file other than the plan, such as
   * PROGRESS-EXCEEDS's achieved figure above the base year's count.
   */
  void atAs(Severity severity, String file, Location location, String variant, Object... args);

  /** A finding at a roster row's cell. */
  default void cell(RosterRow row, RosterField field, String variant, Object... args) {
    at(row.sheet().file(), row.at(field), variant, args);
  }

  /**
   * A finding at a roster row's cell that is only a warning whatever the rule's severity (unless
   * the policy switches the rule off): the softer half of a rule such as ROSTER-DUPLICATE.
   */
  void warn(RosterRow row, RosterField field, String variant, Object... args);
}
