package io.shenbao.rules.check;

import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.model.RosterRow;
import java.util.List;

/**
 * One rule of the catalogue: a small class annotated with {@link RuleInfo}, registered in {@link
 * Rules#ALL}. A rule is a pure function of the parsed inputs: it reads the plan, the policy and the
 * roster rows it is shown, and emits findings; it never does I/O. Problems that readers find
 * (INPUT-*, ROSTER-HEADER, field constraints) are reported under the rule whose ID they carry, so a
 * rule that only names such problems needs no code.
 */
public interface Rule {
  /** The metadata. */
  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " lacks @RuleInfo");
    }
    return info;
  }

  /** The rule ID. */
  default String id() {
    return info().id();
  }

  /** Checks the plan as a whole. */
  default void check(PlanContext ctx, Emitter out) {}

  /** Checks all the workspaces of a run together (the cross-city rules). */
  default void checkBatch(List<WorkspaceFacts> all, BatchEmitter out) {}

  /** A row check for this workspace's roster, or null when the rule does not look at rows. */
  default RowCheck rows(PlanContext ctx) {
    return null;
  }

  /** Sees each roster row once, in order, and may keep a small state. */
  interface RowCheck {
    /** One row. */
    void row(RosterRow row, Emitter out);

    /** After the last row. */
    default void end(Emitter out) {}
  }
}
