package io.shenbao.rules.engine;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.finding.RuleMeta;
import java.util.List;
import java.util.Optional;

/**
 * The rule catalogue as the commands and reports see it: each rule's ID, name, severity, clause.
 */
public final class RuleCatalogue {
  private static final List<RuleMeta> ALL = Rules.ALL.stream().map(RuleCatalogue::meta).toList();

  private RuleCatalogue() {}

  /** Every rule, in the registry's order. */
  public static List<RuleMeta> all() {
    return ALL;
  }

  /** The rule with this ID, if there is one. */
  public static Optional<RuleMeta> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** A rule's metadata. */
  static RuleMeta meta(Rule r) {
    return new RuleMeta(
        r.id(), r.getClass().getSimpleName(), r.info().severity(), r.info().clause());
  }
}
