package io.shenbao.rules.engine;

import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.model.RosterSheet;
import io.shenbao.rules.policy.Policy;
import java.nio.file.Path;
import java.util.List;

/**
 * A workspace's contents as its check read them ({@link Checker#withContents}), for packaging after
 * it has passed validation: the plan, its rule set, the roster's rows in order and, in a
 * first-batch city's progress workspace, the progress report.
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
