package io.shenbao.rules.read.workbook;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.layout.ProgressLayout;
import io.shenbao.rules.read.ProgressReader;
import io.shenbao.rules.read.roster.XlsxBook;
import io.shenbao.rules.read.yaml.LocatedYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads progress.xlsx (the workbook of {@code shenbao init --progress --excel}) into the same model
 * as progress.yaml, with every finding located at its sheet and cell and naming the row's label as
 * the workbook prints it; read as plan.xlsx is ({@link WorkbookCells}): rows found by their labels,
 * numbers typed with their unit, 合计 computed from its inputs. The approved targets the sheets show
 * beside the achieved values are the plan's, not read.
 */
public final class ProgressXlsxReader {
  private ProgressXlsxReader() {}

  /**
   * Reads and validates a progress workbook written in a rule set's words as well as the layout's
   * own; never throws for bad input.
   */
  public static ProgressReader.Result read(Path file, String display, PlanLayout.Words words) {
    List<Problem> problems = new ArrayList<>();
    LocatedYaml tree =
        WorkbookCells.read(
            file,
            display,
            problems,
            ProgressLayout.FORM,
            Keys.InputSyntax.PROGRESS_WORKBOOK,
            cells ->
                new WorkbookCells.FormReader() {
                  @Override
                  public void general(XlsxBook.Sheet sheet) {
                    ProgressXlsxReader.general(cells, sheet, words);
                  }

                  @Override
                  public void industry(XlsxBook.Sheet sheet, int index) {
                    ProgressXlsxReader.industry(cells, sheet, index, words);
                  }
                });
    return tree == null
        ? new ProgressReader.Result(null, null, problems)
        : ProgressReader.bindAndValidate(tree, display, problems);
  }

  private static void general(WorkbookCells cells, XlsxBook.Sheet sheet, PlanLayout.Words words) {
    cells.general(
        sheet,
        ProgressLayout.FORM,
        PlanLayout.cleaned(ProgressLayout.GENERAL, Map.of()),
        label -> null,
        w -> PlanLayout.code(PlanLayout.CATEGORIES, words.categories(), w),
        (key, s, r) -> key.equals("as_of") ? cells.date(s, r, 1) : cells.text(s, r, 1));
  }

  private static void industry(
      WorkbookCells cells, XlsxBook.Sheet sheet, int index, PlanLayout.Words words) {
    String base = "industries[" + index + "].";
    Map<String, String> labels = PlanLayout.cleaned(ProgressLayout.INDUSTRY, Map.of());
    Map<String, String> targets = ProgressLayout.targets(words);
    WorkbookCells.Totals totals = cells.new Totals(sheet);
    for (int r = 0; r <= sheet.lastRow(); r++) {
      String printed = PlanXlsxReader.printed(cells.text(sheet, r, 0));
      String label = PlanLayout.clean(printed);
      String target = targets.get(label);
      if (target != null) {
        totals.figure(
            r, ProgressLayout.ACHIEVED_COLUMN, target, base + "achieved." + target, printed);
        continue;
      }
      String key = labels.get(label);
      if (key != null) {
        cells.put(sheet, r, 1, base + key, cells.text(sheet, r, 1), printed);
      }
    }
    totals.end();
    cells.industry(sheet, index);
  }
}
