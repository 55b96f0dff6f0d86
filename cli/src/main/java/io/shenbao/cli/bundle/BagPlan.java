package io.shenbao.cli.bundle;

import io.shenbao.cli.excel.PlanYaml;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as the tool read it, written into the package as {@code data/plan.yaml} (format 1) so
 * that the receiving office can run every rule on the package's own contents: the same text whether
 * the workspace had plan.yaml or plan.xlsx, with {@code policy:} the rule set applied and each file
 * it names pointing at the package's copy (the roster workbook, {@code 证明材料/…}, the 推荐函 and the
 * narrative PDF).
 */
final class BagPlan {
  /** Where the plan stands in the payload. */
  static final String FILE = "plan.yaml";

  /** Where the narrative PDF a plan brings is copied (as it is; 实施方案.pdf merges its pages). */
  static final String NARRATIVE = "实施方案正文.pdf";

  private static final String HEADER =
      "# 申报包中的实施方案（format 1）：由 shenbao 按其读取的内容写出，文件路径指向申报包 data/ 中的文件。\n"
          + "# 收件单位可用 shenbao validate <申报包> 按申报包自身的内容重新检查。\n";

  private static final String PROGRESS_HEADER =
      "# 申报包中的工作进展情况（format 1）：由 shenbao 按其读取的内容写出（工作区中可以是 progress.yaml 或 progress.xlsx）。\n"
          + "# 收件单位可用 shenbao validate <申报包> 对照同一文件夹中的 plan.yaml 重新检查。\n";

  private BagPlan() {}

  /**
   * The YAML of {@code plan} as packed: {@code attachments} are the payload paths of its
   * attachments, in the plan's order; {@code letter} and {@code narrative} say whether the package
   * holds the 推荐函 and the narrative PDF.
   */
  static String yaml(
      Plan plan, Policy policy, List<String> attachments, boolean letter, boolean narrative) {
    Plan packed =
        new Plan(
            plan.format() == null ? 1 : plan.format(),
            policy.id(),
            plan.city(),
            plan.contact(),
            plan.submission(),
            industries(plan.industries()),
            plan.funding(),
            sections(plan.sections()),
            narrative ? NARRATIVE : null,
            Bundler.ROSTER,
            attachments.isEmpty() ? null : List.copyOf(attachments),
            letter ? Bundler.LETTER : null,
            plan.approvedOn());
    return HEADER + PlanYaml.write(packed);
  }

  /**
   * The progress report as the tool read it, written into the package as {@code
   * data/progress.yaml}: the same text whether the workspace had progress.yaml or progress.xlsx.
   */
  static String yaml(Progress progress) {
    Progress.Narrative n = progress.narrative();
    Progress packed =
        new Progress(
            progress.format() == null ? 1 : progress.format(),
            progress.asOf(),
            progress.industries(),
            progress.funds(),
            n == null
                ? null
                : new Progress.Narrative(
                    trim(n.progress()), trim(n.problems()), trim(n.nextSteps())));
    return PROGRESS_HEADER + PlanYaml.write(packed);
  }

  /**
   * The texts without the line break that ends a YAML block ({@code |}) but no workbook cell: not
   * part of the text, and the same plan must give the same file.
   */
  private static Plan.Sections sections(Plan.Sections s) {
    if (s == null) {
      return null;
    }
    return new Plan.Sections(
        trim(s.foundation()),
        trim(s.workTargets()),
        trim(s.implementation()),
        trim(s.funding()),
        trim(s.safeguards()));
  }

  private static List<Industry> industries(List<Industry> industries) {
    if (industries == null) {
      return null;
    }
    List<Industry> out = new ArrayList<>();
    for (Industry i : industries) {
      Industry.Goals g = i == null ? null : i.goals();
      out.add(
          g == null
              ? i
              : new Industry(
                  i.keyIndustry(),
                  i.subIndustry(),
                  i.districts(),
                  i.baseline(),
                  i.targets(),
                  i.yearly(),
                  i.yearlyMode(),
                  new Industry.Goals(
                      trim(g.replication()), trim(g.innovation()), trim(g.typicalPractices()))));
    }
    return out;
  }

  private static String trim(String text) {
    return text == null ? null : text.replaceAll("[\\r\\n]+$", "");
  }
}
