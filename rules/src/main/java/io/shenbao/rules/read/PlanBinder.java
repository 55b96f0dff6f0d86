package io.shenbao.rules.read;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.read.yaml.LocatedYaml;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What both plan readers share: plan.yaml ({@link PlanReader}) and plan.xlsx ({@code
 * read.workbook.PlanXlsxReader}) each make a located tree, and this binds it to the model and runs
 * its constraints, so that one plan gives the same model and the same problems in either format.
 * Neither reader knows the other; the engine picks one by the file's name.
 */
public final class PlanBinder {
  private PlanBinder() {}

  /**
   * What reading gave.
   *
   * @param plan the plan, or null if the file could not be read at all
   * @param yaml the located tree, or null
   * @param problems what was wrong
   */
  public record Result(Plan plan, LocatedYaml yaml, List<Problem> problems) {}

  /** Binds a located tree (from YAML or a workbook) to the model and runs its constraints. */
  public static Result bindAndValidate(LocatedYaml yaml, String display, List<Problem> problems) {
    Plan plan = bind(yaml, Plan.class, display, problems);
    if (plan != null && plan.format() != null && plan.format() != 1) {
      problems.add(
          new Problem(
              Keys.InputType.FORMAT,
              display,
              ModelValidator.locate(yaml, "format"),
              List.of(String.valueOf(plan.format()))));
    }
    return new Result(plan, yaml, problems);
  }

  /**
   * Binds a located tree to a model record (a plan, a progress report) and runs its field
   * constraints: one mistake, one finding — a field whose value was already reported is not also
   * missing, and a cell the workbook computes is never the user's mistake (its inputs are
   * reported).
   */
  public static <T extends Record> T bind(
      LocatedYaml yaml, Class<T> type, String display, List<Problem> problems) {
    T model = new RecordBinder(display, problems, yaml).bind(yaml.root(), type);
    if (model != null) {
      Set<String> reported = new HashSet<>();
      for (Problem p : problems) {
        if (p.location() != null && p.location().path() != null) {
          reported.add(p.location().path());
        }
      }
      for (Problem p : ModelValidator.validate(model, yaml, display)) {
        String path = p.location() == null ? null : p.location().path();
        if (path == null || !(reported.contains(path) || yaml.isComputed(path))) {
          problems.add(p);
        }
      }
    }
    return model;
  }
}
