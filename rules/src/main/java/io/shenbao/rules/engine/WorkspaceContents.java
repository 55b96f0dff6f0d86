package io.shenbao.rules.engine;

import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.model.RosterSheet;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.Problem;
import io.shenbao.rules.read.ProgressReader;
import io.shenbao.rules.read.roster.RosterReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A workspace's contents, read for packaging after it has passed validation: the plan, its rule
 * set, the roster's rows in order and, in a first-batch city's progress workspace, the progress
 * report.
 *
 * @param ref the workspace
 * @param plan the plan (in a progress workspace held to the report's level, as the check holds it)
 * @param policy the rule set in force
 * @param sheet the roster's layout
 * @param rows the roster's rows
 * @param progress the progress report beside the approved plan, or null for a city's own workspace
 */
public record WorkspaceContents(
    WorkspaceRef ref,
    Plan plan,
    Policy policy,
    RosterSheet sheet,
    List<RosterRow> rows,
    Progress progress) {

  /** Reads a workspace; fails (with the first problem) if it cannot be read cleanly. */
  public static WorkspaceContents load(WorkspaceRef ref, Policy forced) throws PolicyException {
    String planFile = ref.displayOf(ref.planFile().getFileName().toString());
    PlanBinder.Result read = PlanFile.read(ref.planFile(), planFile);
    List<Problem> problems = new ArrayList<>(read.problems());
    if (read.plan() == null) {
      throw new IllegalStateException("plan unreadable: " + problems);
    }
    Policy policy = PolicyChoice.choose(read, ref, planFile, forced, problems);
    read = PlanWords.again(read, ref.planFile(), planFile, policy);
    Plan plan = read.plan();
    List<RosterRow> rows = new ArrayList<>();
    Path roster = WorkspacePaths.resolve(ref.dir(), plan.roster());
    RosterReader.Result r =
        RosterReader.read(
            roster,
            ref.displayOf(plan.roster()),
            plan.industryList().size() > 1,
            rows::add,
            problems::add);
    Progress progress = null;
    List<Path> progressFiles = ProgressReader.find(ref.dir());
    if (!progressFiles.isEmpty()) {
      Path file = progressFiles.get(0);
      progress =
          PlanFile.readProgress(
                  file, ref.displayOf(file.getFileName().toString()), PlanWords.of(policy))
              .progress();
      if (progress == null) {
        throw new IllegalStateException("progress unreadable: " + file);
      }
      if (policy.level(Policy.PROGRESS_LEVEL) != null) {
        // as the check holds it: the report's deadline and copies, not the approved plan's
        plan = plan.withLevel(Policy.PROGRESS_LEVEL);
      }
    }
    return new WorkspaceContents(ref, plan, policy, r.sheet(), List.copyOf(rows), progress);
  }

  /** The same contents with the plan held to {@code level} (a province forwards at national). */
  public WorkspaceContents atLevel(String level) {
    return new WorkspaceContents(ref, plan.withLevel(level), policy, sheet, rows, progress);
  }

  /**
   * The city as the documents' titles name it: from the rule set's administrative divisions, the
   * province first (河北省唐山市, 重庆市璧山区).
   */
  public String cityTitleName() {
    return String.join("", cityTitlePlaces());
  }

  /** The places of {@link #cityTitleName}, province first: [河北省, 唐山市], [重庆市, 璧山区]. */
  public List<String> cityTitlePlaces() {
    Plan.City city = plan.city();
    Policy.Item<String> d = policy.divisions();
    if (d == null || d.value() == null) {
      return List.of(city.name());
    }
    return Divisions.named(d.value()).titlePlaces(city.name(), city.province());
  }

  /** A file the plan names, resolved inside the workspace. */
  public Path file(String relative) {
    Path p = WorkspacePaths.resolve(ref.dir(), relative);
    if (p == null) {
      throw new IllegalArgumentException("path leaves the workspace: " + relative);
    }
    return p;
  }
}
