package io.shenbao.rules.read.workbook;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.formats.ZipGuard;
import io.shenbao.rules.layout.Form;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.read.Reason;
import io.shenbao.rules.read.Units;
import io.shenbao.rules.read.roster.FileKind;
import io.shenbao.rules.read.roster.XlsxBook;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.text.CellText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The cells of one of the tool's workbooks (plan.xlsx, progress.xlsx) read into the located tree a
 * YAML file gives, so that one binder and one set of constraints serve both: each value at its key
 * path with the sheet and cell it stands in and the label its row prints; a number typed with its
 * unit read in the unit the label names; a formula by its cached result, or evaluated when the file
 * kept none; the cells the workbook computes (合计) computed from their inputs.
 */
final class WorkbookCells {
  /** What a workbook's sheets say, put into the tree; false when it holds no sheet to read. */
  interface Walk {
    boolean walk(List<XlsxBook.Sheet> sheets, WorkbookCells cells);
  }

  /** What a reader does with the sheets of a workbook of the tool's {@link Form}. */
  interface FormReader {
    /** Reads the general sheet. */
    void general(XlsxBook.Sheet sheet);

    /** Reads the sub-industry sheet that is industry {@code index}. */
    void industry(XlsxBook.Sheet sheet, int index);
  }

  /** The value a general sheet's row puts at its key path: its cell in column B as meant. */
  interface Value {
    String of(String key, XlsxBook.Sheet sheet, int row);
  }

  private final TreeBuilder tree = new TreeBuilder();
  private final Formulas formulas;
  private final String display;
  private final List<Problem> problems;

  private WorkbookCells(Formulas formulas, String display, List<Problem> problems) {
    this.formulas = formulas;
    this.display = display;
    this.problems = problems;
  }

  /**
   * Reads a workbook with {@code walk} into a located tree; null, with the problem added, when the
   * file is no readable workbook (not an .xlsx, encrypted, a zip bomb, broken) or {@code walk}
   * found nothing to read. Never throws for bad input.
   */
  static LocatedYaml read(Path file, String display, List<Problem> problems, Walk walk) {
    try {
      FileKind kind = FileKind.of(file);
      if (kind != FileKind.ZIP) {
        String key =
            kind == FileKind.OLE2 ? Keys.InputUnreadable.ENCRYPTED : Keys.InputUnreadable.MISMATCH;
        List<String> args =
            kind == FileKind.OLE2 ? List.of() : List.of("xlsx", FileKind.label(kind));
        problems.add(new Problem(key, display, null, args));
        return null;
      }
      String bomb = ZipGuard.check(file);
      if (bomb != null) {
        problems.add(new Problem(Keys.InputUnreadable.BOMB, display, null, List.of(bomb)));
        return null;
      }
      List<XlsxBook.Sheet> sheets = XlsxBook.read(file);
      try (Formulas formulas = new Formulas(file)) {
        WorkbookCells cells = new WorkbookCells(formulas, display, problems);
        return walk.walk(sheets, cells) ? cells.tree.build() : null;
      }
    } catch (ZipGuard.Bomb e) {
      problems.add(new Problem(Keys.InputUnreadable.BOMB, display, null, List.of(e.getMessage())));
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(Keys.InputSyntax.WORKBOOK, display, null, List.of(Reason.workbook(e))));
    }
    return null;
  }

  /**
   * Reads a workbook of {@code form} into a located tree: its general sheet and its sub-industry
   * sheets (industries 0, 1, … in their order) by the marks in their A1, each as {@code reader}
   * (made for the workbook's cells) reads it; the other sheets are not read. Null, with the problem
   * added, when the file is no readable workbook or has no general sheet ({@code missing}, naming
   * the general sheet's mark). Never throws for bad input.
   */
  static LocatedYaml read(
      Path file,
      String display,
      List<Problem> problems,
      Form form,
      String missing,
      Function<WorkbookCells, FormReader> reader) {
    return read(
        file,
        display,
        problems,
        (sheets, cells) -> {
          FormReader read = reader.apply(cells);
          int industry = 0;
          boolean general = false;
          for (XlsxBook.Sheet sheet : sheets) {
            String mark = PlanLayout.clean(cells.text(sheet, 0, 0));
            if (mark.equals(PlanLayout.clean(form.generalMark()))) {
              read.general(sheet);
              general = true;
            } else if (mark.startsWith(PlanLayout.clean(form.industryMark()))) {
              read.industry(sheet, industry++);
            }
          }
          if (!general) {
            cells.problem(new Problem(missing, display, null, List.of(form.generalMark())));
          }
          return general;
        });
  }

  /**
   * Reads the general sheet of {@code form}: a row whose label (column A) is one of {@code labels}
   * (cleaned label → key path), or one {@code other} gives a key path for, puts its value ({@code
   * value}) at that path; below the items' header row, each row whose label is none of {@code
   * labels} is an item of the form's list, to the sheet's end (a blank row between them is
   * skipped), its category word made a code by {@code category}.
   */
  void general(
      XlsxBook.Sheet sheet,
      Form form,
      Map<String, String> labels,
      UnaryOperator<String> other,
      UnaryOperator<String> category,
      Value value) {
    String[] itemHeads = null; // past the items' header
    int item = 0;
    for (int r = 0; r <= sheet.lastRow(); r++) {
      if (itemHeads != null && !labels.containsKey(PlanLayout.clean(text(sheet, r, 0)))) {
        if (item(sheet, r, form.itemsList(), item, itemHeads, category)) {
          item++;
        }
        continue;
      }
      String printed = PlanXlsxReader.printed(text(sheet, r, 0));
      String label = PlanLayout.clean(printed);
      if (label.equals(PlanLayout.clean(form.itemsLabel()))) {
        itemHeads = itemHeads(sheet, r, form.itemsList());
        continue;
      }
      String key = labels.containsKey(label) ? labels.get(label) : other.apply(label);
      if (key != null) {
        put(sheet, r, 1, key, value.of(key, sheet, r), printed);
      }
    }
  }

  /** Places and names sub-industry {@code index} at its sheet, once the sheet is read. */
  void industry(XlsxBook.Sheet sheet, int index) {
    tree.place("industries[" + index + "]", Location.cell(sheet.name(), 0, 1));
    tree.label("industries[" + index + "]", sheet.name());
  }

  /** The tree the values go into. */
  TreeBuilder tree() {
    return tree;
  }

  /** The file as findings name it. */
  String display() {
    return display;
  }

  /** Adds a problem of the file. */
  void problem(Problem p) {
    problems.add(p);
  }

  /**
   * Puts a cell's value at a path with the label the row prints; a label that names a unit makes
   * the value a number in that unit. Returns the number, if it is one.
   */
  BigDecimal put(XlsxBook.Sheet sheet, int row, int col, String path, String value, String label) {
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

  /**
   * A date cell as ISO text (2024-04-30): a date Excel, WPS or LibreOffice stored as a serial
   * number (days since 1899-12-30 in the 1900 date system every one of them writes by default,
   * since 1904-01-01 in a workbook made in the 1904 system of old Excel for Mac), or the text as
   * typed.
   */
  String date(XlsxBook.Sheet sheet, int row, int col) {
    String s = text(sheet, row, col);
    XlsxBook.Cell c = sheet.at(row, col);
    if (s == null || c == null || !c.number()) {
      return s;
    }
    BigDecimal serial = CellText.number(s);
    // a day from 1900-03-01 on (serial 61, after Excel's 1900-02-29 that never was) to 9999, or
    // from 1904-03-01 on in the 1904 system
    if (serial == null || serial.compareTo(BigDecimal.valueOf(61)) < 0) {
      return s;
    }
    // 9999-12-31, the last day either system holds; the 1904 system counts 1,462 days fewer
    long last = sheet.date1904() ? 2_957_003 : 2_958_465;
    if (serial.compareTo(BigDecimal.valueOf(last)) > 0) {
      return s;
    }
    LocalDate epoch = sheet.date1904() ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
    return epoch.plusDays(serial.longValue()).toString();
  }

  /**
   * Reads the header of a list of items (资金使用明细 | 用途类别 | 金额（万元）) at {@code list}: the items are
   * placed below it. Returns the three headers as the row prints them.
   */
  private String[] itemHeads(XlsxBook.Sheet sheet, int row, String list) {
    String[] heads = new String[3];
    for (int c = 0; c < 3; c++) {
      heads[c] = PlanXlsxReader.printed(text(sheet, row, c));
    }
    tree.place(list, Location.cell(sheet.name(), 0, row + 2));
    tree.label(list, heads[0]);
    return heads;
  }

  /**
   * Reads one item row of a list (use, category, amount) as item {@code index} of {@code list}; the
   * category's dropdown word becomes its code. Returns false for a blank row, which is skipped.
   */
  private boolean item(
      XlsxBook.Sheet sheet,
      int row,
      String list,
      int index,
      String[] heads,
      UnaryOperator<String> category) {
    String use = text(sheet, row, 0);
    String word = text(sheet, row, 1);
    String amount = text(sheet, row, 2);
    if (use == null && word == null && amount == null) {
      return false;
    }
    String base = list + "[" + index + "].";
    String name = heads[0] + "第" + (index + 1) + "项";
    put(sheet, row, 0, base + "use", use, name);
    put(
        sheet,
        row,
        1,
        base + "category",
        word == null ? null : category.apply(word),
        name + "：" + heads[1]);
    put(sheet, row, 2, base + "amount", amount, name + "：" + heads[2]);
    return true;
  }

  /**
   * The 合计 cells of one sheet (已改造企业合计 = 规上 + 规下), by column: a total whose cell holds the
   * workbook's formula is computed from what its inputs say, whoever saved the file and whether or
   * not it kept the formula's result; one the user typed over is read as typed.
   */
  final class Totals {
    private final XlsxBook.Sheet sheet;
    private final Map<Integer, BigDecimal[]> parts = new HashMap<>();
    private final Map<Integer, Integer> rows = new HashMap<>();
    private final Map<Integer, String> paths = new HashMap<>();

    Totals(XlsxBook.Sheet sheet) {
      this.sheet = sheet;
    }

    /**
     * Reads the cell of a target figure at {@code path}: the total (the figure {@code
     * transform_total}) as computed when its cell holds a formula, its two parts remembered.
     */
    void figure(int row, int col, String target, String path, String name) {
      XlsxBook.Cell cell = sheet.at(row, col);
      if (target.equals("transform_total") && cell != null && cell.formula()) {
        rows.put(col, row);
        paths.put(col, path);
        tree.place(path, Location.cell(sheet.name(), col, row + 1));
        tree.label(path, name);
        tree.computed(path);
        return;
      }
      BigDecimal n = put(sheet, row, col, path, text(sheet, row, col), name);
      if (target.equals("transform_above_scale") || target.equals("transform_below_scale")) {
        parts
                .computeIfAbsent(col, k -> new BigDecimal[2])[
                target.equals("transform_above_scale") ? 0 : 1] =
            n;
      }
    }

    /** Puts each computed total, once the sheet is read. */
    void end() {
      rows.forEach(
          (col, row) -> {
            BigDecimal[] p = parts.get(col);
            if (p != null && p[0] != null && p[1] != null) {
              tree.put(
                  paths.get(col),
                  CellText.plain(p[0].add(p[1])),
                  Location.cell(sheet.name(), col, row + 1));
            }
          });
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
}
