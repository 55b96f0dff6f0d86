package io.shenbao.rules.engine;

import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.PlanBinder;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace's plan as the check reads it, with the rule set that applies to it: what a template
 * made from a plan (the progress report of an approved plan, {@code init --progress}) is laid out
 * from.
 *
 * @param plan the plan, or null when it cannot be read at all
 * @param policy the rule set in force
 */
public record WorkspacePlan(Plan plan, Policy policy) {
  /** Reads the plan of {@code ref}; {@code forced} is the command line's rule set, or null. */
  public static WorkspacePlan read(WorkspaceRef ref, Policy forced) throws PolicyException {
    String planFile = ref.displayOf(ref.planFile().getFileName().toString());
    PlanBinder.Result read = PlanFile.read(ref.planFile(), planFile);
    List<Problem> problems = new ArrayList<>();
    Policy policy = PolicyChoice.choose(read, ref, planFile, forced, problems);
    return new WorkspacePlan(
        PlanWords.again(read, ref.planFile(), planFile, policy).plan(), policy);
  }
}
