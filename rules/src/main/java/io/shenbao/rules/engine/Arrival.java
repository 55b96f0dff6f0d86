package io.shenbao.rules.engine;

import io.shenbao.rules.finding.Problem;
import java.util.List;

/**
 * What is known of a workspace that arrived as a submission package, before its payload is read:
 * the rule set the package names, and what checking the package itself found (its damage, a plan it
 * lacks). The checker reports these problems with the workspace's own findings.
 *
 * @param policy the rule set the package names (its bag-info), or null when it names none
 * @param problems what checking the package found
 * @param readable whether the payload holds a plan to check; without one only {@code problems} are
 *     reported
 */
public record Arrival(String policy, List<Problem> problems, boolean readable) {
  public Arrival {
    problems = List.copyOf(problems);
  }
}
