package io.shenbao.rules.read.workbook;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.read.PlanBinder;
import io.shenbao.rules.read.Problem;
import io.shenbao.rules.read.Reason;
import io.shenbao.rules.read.Units;
import io.shenbao.rules.read.roster.FileKind;
import io.shenbao.rules.read.roster.XlsxBook;
import io.shenbao.rules.read.roster.ZipGuard;
import io.shenbao.rules.text.CellText;
import java.io.IOException;
import java.math.BigDecimal;
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
 * user typed into an input cell counts by its cached result, or is evaluated when the file has
 * none. The workbook is read by the tool's own streaming reader; Apache POI is loaded only to
 * evaluate such a formula.
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
    try {
      FileKind kind = FileKind.of(file);
      if (kind != FileKind.ZIP) {
        String key =
            kind == FileKind.OLE2 ? Keys.InputUnreadable.ENCRYPTED : Keys.InputUnreadable.MISMATCH;
        List<String> args =
            kind == FileKind.OLE2 ? List.of() : List.of("xlsx", FileKind.label(kind));
        problems.add(new Problem(key, display, null, args));
        return new PlanBinder.Result(null, null, problems);
      }
      String bomb = ZipGuard.check(file);
      if (bomb != null) {
        problems.add(new Problem(Keys.InputUnreadable.BOMB, display, null, List.of(bomb)));
        return new PlanBinder.Result(null, null, problems);
      }
      List<XlsxBook.Sheet> sheets = XlsxBook.read(file);
      TreeBuilder tree = new TreeBuilder();
      try (Formulas formulas = new Formulas(file)) {
        Walk walk = new Walk(tree, formulas, display, problems, words);
        int industry = 0;
        boolean general = false;
        for (XlsxBook.Sheet sheet : sheets) {
          String mark = PlanLayout.clean(walk.text(sheet, 0, 0));
          if (mark.equals(PlanLayout.clean(PlanLayout.GENERAL_MARK))) {
            walk.general(sheet);
            general = true;
          } else if (mark.startsWith(PlanLayout.clean(PlanLayout.INDUSTRY_MARK))) {
            walk.industry(sheet, industry++);
          }
        }
        if (!general) {
          problems.add(
              new Problem(
                  Keys.InputSyntax.PLAN_WORKBOOK, display, null, List.of(PlanLayout.GENERAL_MARK)));
          return new PlanBinder.Result(null, null, problems);
        }
      }
      return PlanBinder.bindAndValidate(tree.build(), display, problems);
    } catch (ZipGuard.Bomb e) {
      problems.add(new Problem(Keys.InputUnreadable.BOMB, display, null, List.of(e.getMessage())));
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(Keys.InputSyntax.WORKBOOK, display, null, List.of(Reason.workbook(e))));
    }
    return new PlanBinder.Result(null, null, problems);
  }

  /** One pass over the workbook's sheets, putting what the cells say into the tree. */
  private static final class Walk {
    private final TreeBuilder tree;
    private final Formulas formulas;
    private final String display;
    private final List<Problem> problems;
    private final PlanLayout.Words words;

    Walk(
        TreeBuilder tree,
        Formulas formulas,
        String display,
        List<Problem> problems,
        PlanLayout.Words words) {
      this.tree = tree;
      this.formulas = formulas;
      this.display = display;
      this.problems = problems;
      this.words = words;
    }

    void general(XlsxBook.Sheet sheet) {
      Map<String, String> labels = PlanLayout.cleaned(PlanLayout.GENERAL, words.general());
      boolean items = false; // past the funding items' header
      String[] itemHeads = new String[3];
      int item = 0;
      for (int r = 0; r <= sheet.lastRow(); r++) {
        if (items && !labels.containsKey(PlanLayout.clean(text(sheet, r, 0)))) {
          // an item row; the items go on to the sheet's end (a blank row between them is skipped)
          String use = text(sheet, r, 0);
          String category = text(sheet, r, 1);
          String amount = text(sheet, r, 2);
          if (use == null && category == null && amount == null) {
            continue;
          }
          String base = "funding.items[" + item + "].";
          String name = itemHeads[0] + "第" + (item + 1) + "项";
          item++;
          put(sheet, r, 0, base + "use", use, name);
          put(
              sheet,
              r,
              1,
              base + "category",
              category == null
                  ? null
                  : PlanLayout.code(PlanLayout.CATEGORIES, words.categories(), category),
              name + "：" + itemHeads[1]);
          put(sheet, r, 2, base + "amount", amount, name + "：" + itemHeads[2]);
          continue;
        }
        String printed = printed(text(sheet, r, 0));
        String label = PlanLayout.clean(printed);
        if (label.equals(PlanLayout.FUNDING_ITEMS)) {
          items = true;
          for (int c = 0; c < 3; c++) {
            itemHeads[c] = printed(text(sheet, r, c));
          }
          tree.place("funding.items", Location.cell(sheet.name(), 0, r + 2));
          tree.label("funding.items", itemHeads[0]);
          continue;
        }
        String key = labels.containsKey(label) ? labels.get(label) : PlanLayout.section(label);
        if (key == null) {
          continue;
        }
        String value = text(sheet, r, 1);
        if (value != null && key.equals("city.type")) {
          value = PlanLayout.code(PlanLayout.CITY_TYPES, words.cityTypes(), value);
        } else if (value != null && key.equals("submission.level")) {
          value = PlanLayout.code(PlanLayout.LEVELS, words.levels(), value);
        }
        put(sheet, r, 1, key, value, printed);
      }
    }

    void industry(XlsxBook.Sheet sheet, int index) {
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
      // what the inputs of the computed total say, by column, and the computed cells
      Map<Integer, BigDecimal[]> parts = new HashMap<>();
      Map<Integer, int[]> totals = new HashMap<>();
      for (int r = 0; r <= sheet.lastRow(); r++) {
        String printed = printed(text(sheet, r, 0));
        String label = PlanLayout.clean(printed);
        if (label.equals(PlanLayout.TARGETS_HEADER)) {
          for (int c = 2; c < 2 + 50; c++) {
            String h = text(sheet, r, c);
            Matcher m = h == null ? null : YEAR.matcher(h);
            if (m != null && m.find()) {
              int slot = yearColumns.size();
              yearColumns.put(c, slot);
              headers.put(c, h);
              String year = m.group(1) != null ? m.group(1) : m.group(2);
              put(sheet, r, c, base + "yearly[" + slot + "].year", year, h);
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
            XlsxBook.Cell cell = sheet.at(r, c);
            if (target.equals("transform_total") && cell != null && cell.formula()) {
              // 合计: computed from its inputs below, whatever the file kept of the formula
              totals.put(c, new int[] {r});
              tree.place(path, Location.cell(sheet.name(), c, r + 1));
              tree.label(path, name);
              tree.computed(path);
              continue;
            }
            BigDecimal n = put(sheet, r, c, path, text(sheet, r, c), name);
            if (target.equals("transform_above_scale") || target.equals("transform_below_scale")) {
              parts
                      .computeIfAbsent(c, k -> new BigDecimal[2])[
                      target.equals("transform_above_scale") ? 0 : 1] =
                  n;
            }
          }
          continue;
        }
        String key = labels.get(label);
        if (key != null) {
          String value = text(sheet, r, 1);
          if (value != null && key.equals("yearly_mode")) {
            value = PlanLayout.code(PlanLayout.YEARLY_MODES, value);
          }
          put(sheet, r, 1, base + key, value, printed);
        }
      }
      for (Map.Entry<Integer, int[]> t : totals.entrySet()) {
        int c = t.getKey();
        BigDecimal[] p = parts.get(c);
        if (p != null && p[0] != null && p[1] != null) {
          String path =
              c == 1
                  ? base + "targets.transform_total"
                  : base + "yearly[" + yearColumns.get(c) + "].transform_total";
          tree.put(
              path,
              CellText.plain(p[0].add(p[1])),
              Location.cell(sheet.name(), c, t.getValue()[0] + 1));
        }
      }
      tree.place("industries[" + index + "]", Location.cell(sheet.name(), 0, 1));
      tree.label("industries[" + index + "]", sheet.name());
    }

    /**
     * Puts a cell's value at a path with the label the row prints; a label that names a unit makes
     * the value a number in that unit. Returns the number, if it is one.
     */
    private BigDecimal put(
        XlsxBook.Sheet sheet, int row, int col, String path, String value, String label) {
      Location at = Location.cell(sheet.name(), col, row + 1);
      tree.label(path, label);
      if (value == null) {
        tree.place(path, at);
        return null;
      }
      String leaf = path.substring(path.lastIndexOf('.') + 1);
      if (PlanLayout.LIST_KEYS.contains(leaf)) {
        List<String> items = new ArrayList<>();
        for (String part : value.split("[、；;,，\\n]", -1)) {
          if (!part.isBlank()) {
            items.add(part.strip());
          }
        }
        tree.put(path, items, at);
        return null;
      }
      String unit = Units.ofLabel(label);
      if (unit == null) {
        tree.put(path, value, at);
        return CellText.number(value);
      }
      BigDecimal n = Units.read(value, unit);
      if (n == null) {
        tree.place(path, at);
        problems.add(
            new Problem(
                Keys.InputType.UNIT, display, at.withPath(path), List.of(label, value, unit)));
        return null;
      }
      tree.put(path, CellText.plain(n), at);
      return n;
    }

    /** A cell as a person means it: numbers plainly, formulas by their result, blanks as null. */
    String text(XlsxBook.Sheet sheet, int row, int col) {
      XlsxBook.Cell c = sheet.at(row, col);
      if (c == null) {
        return null;
      }
      String s = c.text();
      if (s == null && c.formula()) {
        s = formulas.evaluate(sheet.name(), row, col);
      } else if (s != null && c.number()) {
        s = plainNumber(s);
      }
      if (s == null) {
        return null;
      }
      String n = CellText.trim(s);
      return n.isEmpty() ? null : n;
    }
  }

  /** A stored number as a person reads it: 356.2 rather than 356.19999999999999. */
  static String plainNumber(String stored) {
    try {
      double d = Double.parseDouble(stored);
      return Double.isFinite(d) ? CellText.plain(new BigDecimal(Double.toString(d))) : stored;
    } catch (NumberFormatException e) {
      return stored;
    }
  }

  /** A label as the workbook prints it, without the required marker. */
  static String printed(String label) {
    return label == null ? null : label.replaceFirst("^[*＊\\s\u3000]+", "");
  }
}
