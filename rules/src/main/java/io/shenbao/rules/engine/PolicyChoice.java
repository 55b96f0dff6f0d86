package io.shenbao.rules.engine;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.ModelValidator;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.PolicyLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Which rule set applies to a workspace: the one forced on the command line, else the one a
 * received package names, else the plan's {@code policy:} (a shipped ID or an overlay file inside
 * the workspace), else the default.
 */
final class PolicyChoice {
  private PolicyChoice() {}

  static Policy choose(
      PlanBinder.Result read,
      WorkspaceRef ws,
      String planFile,
      Policy forced,
      List<Problem> problems)
      throws PolicyException {
    if (forced != null) {
      return forced;
    }
    String named = ws.arrival() == null ? null : ws.arrival().policy();
    if (named != null && !named.isBlank()) {
      // a package is checked with the rule set it was made with, whatever its plan says
      if (PolicyLoader.isBuiltIn(named.trim())) {
        return PolicyLoader.load(named.trim());
      }
      problems.add(
          new Problem(
              Keys.InputType.PACKAGE_POLICY,
              planFile,
              null,
              List.of(
                  named.trim(), String.join(", ", PolicyLoader.BUILT_IN), PolicyLoader.DEFAULT)));
      return PolicyLoader.load(PolicyLoader.DEFAULT);
    }
    String wanted = read.plan() == null ? null : read.plan().policy();
    if (wanted == null || wanted.isBlank()) {
      return PolicyLoader.load(PolicyLoader.DEFAULT);
    }
    wanted = wanted.trim();
    if (PolicyLoader.isBuiltIn(wanted)) {
      return PolicyLoader.load(wanted);
    }
    Location at = ModelValidator.locate(read.yaml(), "policy");
    Path file = WorkspacePaths.resolve(ws.dir(), wanted, "policy", planFile, at, problems);
    if (file != null) {
      try {
        return PolicyLoader.load(file.toString());
      } catch (PolicyException e) {
        problems.add(
            new Problem(
                Keys.InputType.POLICY,
                planFile,
                at,
                List.of(wanted, String.join(", ", PolicyLoader.BUILT_IN))));
      }
    }
    return PolicyLoader.load(PolicyLoader.DEFAULT);
  }
}
