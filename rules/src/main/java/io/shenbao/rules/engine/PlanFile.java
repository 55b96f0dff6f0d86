package io.shenbao.rules.engine;

import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.PlanReader;
import io.shenbao.rules.read.ProgressReader;
import io.shenbao.rules.read.workbook.PlanXlsxReader;
import io.shenbao.rules.read.workbook.ProgressXlsxReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A workspace's plan, plan.yaml or plan.xlsx, and its progress report, progress.yaml or
 * progress.xlsx: picks the reader by the file's name. The two readers do not know each other (both
 * bind through {@link PlanBinder}); this is the one place that knows both.
 */
public final class PlanFile {
  private PlanFile() {}

  /** True when the plan is a workbook (plan.xlsx), read by its labels. */
  public static boolean isWorkbook(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * The progress files a workspace folder holds (progress.yaml, progress.xlsx), in order of
   * preference; none for a city's own plan.
   */
  public static List<Path> progressFiles(Path dir) {
    return ProgressReader.find(dir);
  }

  /** Reads and validates the plan (plan.yaml or plan.xlsx); never throws for bad input. */
  public static PlanBinder.Result read(Path file, String display) {
    return read(file, display, PlanLayout.Words.NONE);
  }

  /**
   * Reads and validates the plan; a workbook is read in a rule set's {@code words} as well as the
   * layout's own. Never throws for bad input.
   */
  public static PlanBinder.Result read(Path file, String display, PlanLayout.Words words) {
    return isWorkbook(file)
        ? PlanXlsxReader.read(file, display, words)
        : PlanReader.read(file, display);
  }

  /**
   * Reads and validates a progress report (progress.yaml or progress.xlsx, picked by the file's
   * name as the plan is); a workbook is read in a rule set's {@code words} as well as the layout's
   * own. Never throws for bad input.
   */
  public static ProgressReader.Result readProgress(
      Path file, String display, PlanLayout.Words words) {
    return isWorkbook(file)
        ? ProgressXlsxReader.read(file, display, words)
        : ProgressReader.read(file, display);
  }

  /**
   * A plan read on its own, outside a workspace ({@code convert}).
   *
   * @param plan the plan, or null when it could not be read
   * @param policy the rule set it was read with, or null with no plan
   * @param problems what was wrong with it
   */
  public record Alone(Plan plan, Policy policy, List<Problem> problems) {}

  /**
   * Reads a plan on its own with {@code forced}, else the shipped rule set its {@code policy:}
   * names, else the default (an overlay file is not looked for beside a lone plan); a workbook is
   * read again in the rule set's words. Never throws for bad input.
   */
  public static Alone readAlone(Path file, String display, Policy forced) throws PolicyException {
    PlanBinder.Result r = read(file, display);
    if (r.plan() == null) {
      return new Alone(null, null, r.problems());
    }
    String named = r.plan().policy() == null ? null : r.plan().policy().trim();
    Policy policy =
        forced != null
            ? forced
            : RuleSets.load(named != null && RuleSets.isBuiltIn(named) ? named : RuleSets.DEFAULT);
    r = PlanWords.again(r, file, display, policy);
    return new Alone(r.plan(), policy, r.problems());
  }
}
