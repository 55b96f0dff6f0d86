package io.shenbao.rules.read.workbook;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.roster.XlsxBook;
import io.shenbao.rules.read.yaml.LocatedYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plan.xlsx (the workbook template of {@code shenbao init --excel}) into the same model as
 * plan.yaml, with every finding located at its sheet and cell and naming the row's label as the
 * workbook prints it. Rows are found by their labels in column A, so a user may insert or move
 * rows.
 *
 * <p>Numbers may be typed with the unit the label names or one that converts into it ({@code
 * 356.2亿元}, {@code 1亿元} for 万元, {@code 20家}). Cells the workbook computes (合计) are computed from
 * their inputs, whoever saved the file and whether or not it kept formula results; a formula the
 * user typed into an input cell counts by its cached result, or is evaluated when the file has none
 * ({@link WorkbookCells}, shared with progress.xlsx). The workbook is read by the tool's own
 * streaming reader; Apache POI is loaded only to evaluate such a formula.
 */
public final class PlanXlsxReader {
  /** A year column's header: an implementation year (第1年) or a calendar year (2025年). */
  private static final Pattern YEAR = Pattern.compile("第\\s*(\\d+)\\s*年|(\\d{4})\\s*年");

  private PlanXlsxReader() {}

  /** Reads and validates a plan workbook; never throws for bad input. */
  public static PlanBinder.Result read(Path file, String display) {
    return read(file, display, PlanLayout.Words.NONE);
  }

  /**
   * Reads and validates a plan workbook written in a rule set's words as well as the layout's own;
   * never throws for bad input.
   */
  public static PlanBinder.Result read(Path file, String display, PlanLayout.Words words) {
    List<Problem> problems = new ArrayList<>();
    LocatedYaml tree =
        WorkbookCells.read(
            file,
            display,
            problems,
            PlanLayout.FORM,
            Keys.InputSyntax.PLAN_WORKBOOK,
            cells -> new Walk(cells, words));
    return tree == null
        ? new PlanBinder.Result(null, null, problems)
        : PlanBinder.bindAndValidate(tree, display, problems);
  }

  /** One pass over the workbook's sheets, putting what the cells say into the tree. */
  private static final class Walk implements WorkbookCells.FormReader {
    private final WorkbookCells cells;
    private final TreeBuilder tree;
    private final PlanLayout.Words words;

    Walk(WorkbookCells cells, PlanLayout.Words words) {
      this.cells = cells;
      this.tree = cells.tree();
      this.words = words;
    }

    @Override
    public void general(XlsxBook.Sheet sheet) {
      cells.general(
          sheet,
          PlanLayout.FORM,
          PlanLayout.cleaned(PlanLayout.GENERAL, words.general()),
          PlanLayout::section,
          w -> PlanLayout.code(PlanLayout.CATEGORIES, words.categories(), w),
          (key, s, r) -> {
            String value = text(s, r, 1);
            if (value != null && key.equals("city.type")) {
              value = PlanLayout.code(PlanLayout.CITY_TYPES, words.cityTypes(), value);
            } else if (value != null && key.equals("submission.level")) {
              value = PlanLayout.code(PlanLayout.LEVELS, words.levels(), value);
            }
            return value;
          });
    }

    @Override
    public void industry(XlsxBook.Sheet sheet, int index) {
      String base = "industries[" + index + "].";
      Map<String, String> labels = PlanLayout.cleaned(PlanLayout.INDUSTRY_ALIASES, Map.of());
      labels.putAll(PlanLayout.cleaned(PlanLayout.INDUSTRY, words.industry()));
      labels.putAll(PlanLayout.cleaned(PlanLayout.GOALS, Map.of()));
      labels.put(PlanLayout.clean(PlanLayout.YEARLY_MODE), "yearly_mode");
      Map<String, String> targets = PlanLayout.cleaned(PlanLayout.TARGET_ALIASES, Map.of());
      targets.putAll(PlanLayout.cleaned(PlanLayout.TARGETS, words.targets()));
      // column → (slot in yearly, its header); column 1 is the whole period
      Map<Integer, Integer> yearColumns = new TreeMap<>();
      Map<Integer, String> headers = new HashMap<>();
      WorkbookCells.Totals totals = cells.new Totals(sheet);
      for (int r = 0; r <= sheet.lastRow(); r++) {
        String printed = printed(text(sheet, r, 0));
        String label = PlanLayout.clean(printed);
        if (label.equals(PlanLayout.FORM.targetsHeader())) {
          for (int c = 2; c < 2 + 50; c++) {
            String h = text(sheet, r, c);
            Matcher m = h == null ? null : YEAR.matcher(h);
            if (m != null && m.find()) {
              int slot = yearColumns.size();
              yearColumns.put(c, slot);
              headers.put(c, h);
              String year = m.group(1) != null ? m.group(1) : m.group(2);
              cells.put(sheet, r, c, base + "yearly[" + slot + "].year", year, h);
            }
          }
          continue;
        }
        String target = targets.get(label);
        if (target != null) {
          List<Integer> columns = new ArrayList<>(List.of(1));
          columns.addAll(yearColumns.keySet());
          for (int c : columns) {
            String path =
                c == 1
                    ? base + "targets." + target
                    : base + "yearly[" + yearColumns.get(c) + "]." + target;
            String name = c == 1 ? printed : headers.get(c) + "：" + printed;
            totals.figure(r, c, target, path, name);
          }
          continue;
        }
        String key = labels.get(label);
        if (key != null) {
          String value = text(sheet, r, 1);
          if (value != null && key.equals("yearly_mode")) {
            value = PlanLayout.code(PlanLayout.YEARLY_MODES, value);
          }
          cells.put(sheet, r, 1, base + key, value, printed);
        }
      }
      totals.end();
      cells.industry(sheet, index);
    }

    private String text(XlsxBook.Sheet sheet, int row, int col) {
      return cells.text(sheet, row, col);
    }
  }

  /** A label as the workbook prints it, without the required marker. */
  static String printed(String label) {
    return label == null ? null : label.replaceFirst("^[*＊\\s\u3000]+", "");
  }
}
