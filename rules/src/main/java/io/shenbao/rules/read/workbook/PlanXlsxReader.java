package io.shenbao.rules.read.workbook;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.read.CellText;
import io.shenbao.rules.read.PlanReader;
import io.shenbao.rules.read.Problem;
import io.shenbao.rules.read.roster.FileKind;
import io.shenbao.rules.read.roster.ZipGuard;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads plan.xlsx (the workbook template of {@code shenbao init --excel}) into the same model as
 * plan.yaml, with every finding located at its sheet and cell. Rows are found by their labels in
 * column A, so a user may insert or move rows.
 */
public final class PlanXlsxReader {
  private static final Pattern YEAR = Pattern.compile("第\\s*(\\d+)\\s*年");

  private PlanXlsxReader() {}

  /** Reads and validates a plan workbook; never throws for bad input. */
  public static PlanReader.Result read(Path file, String display) {
    List<Problem> problems = new ArrayList<>();
    try {
      FileKind kind = FileKind.of(file);
      if (kind != FileKind.ZIP) {
        String key =
            kind == FileKind.OLE2 ? "INPUT-UNREADABLE.encrypted" : "INPUT-UNREADABLE.mismatch";
        List<String> args =
            kind == FileKind.OLE2
                ? List.of()
                : List.of("xlsx", kind.name().toLowerCase(java.util.Locale.ROOT));
        problems.add(new Problem(key, display, null, args));
        return new PlanReader.Result(null, null, problems);
      }
      String bomb = ZipGuard.check(file);
      if (bomb != null) {
        problems.add(new Problem("INPUT-UNREADABLE.bomb", display, null, List.of(bomb)));
        return new PlanReader.Result(null, null, problems);
      }
      TreeBuilder tree = new TreeBuilder();
      try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
        int industry = 0;
        boolean general = false;
        for (Sheet sheet : wb) {
          String mark = PlanLayout.clean(text(cell(sheet, 0, 0)));
          if (mark.equals(PlanLayout.clean(PlanLayout.GENERAL_MARK))) {
            general(sheet, tree);
            general = true;
          } else if (mark.startsWith(PlanLayout.clean(PlanLayout.INDUSTRY_MARK))) {
            industry(sheet, industry++, tree);
          }
        }
        if (!general) {
          problems.add(
              new Problem(
                  "INPUT-SYNTAX.plan-workbook", display, null, List.of(PlanLayout.GENERAL_MARK)));
          return new PlanReader.Result(null, null, problems);
        }
      }
      return PlanReader.bindAndValidate(tree.build(), display, problems);
    } catch (EncryptedDocumentException e) {
      problems.add(new Problem("INPUT-UNREADABLE.encrypted", display, null, List.of()));
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(
              "INPUT-SYNTAX.workbook", display, null, List.of(String.valueOf(e.getMessage()))));
    }
    return new PlanReader.Result(null, null, problems);
  }

  private static void general(Sheet sheet, TreeBuilder tree) {
    Map<String, String> labels = cleaned(PlanLayout.GENERAL);
    boolean items = false;
    int item = 0;
    for (Row row : sheet) {
      int r = row.getRowNum();
      String label = PlanLayout.clean(text(row.getCell(0)));
      if (items) {
        String use = text(row.getCell(0));
        String category = text(row.getCell(1));
        String amount = text(row.getCell(2));
        if (use == null && category == null && amount == null) {
          items = false;
          continue;
        }
        String base = "funding.items[" + item++ + "].";
        put(tree, base + "use", use, sheet, 0, r);
        put(
            tree,
            base + "category",
            category == null ? null : PlanLayout.code(PlanLayout.CATEGORIES, category),
            sheet,
            1,
            r);
        put(tree, base + "amount", amount, sheet, 2, r);
        continue;
      }
      if (label.equals(PlanLayout.FUNDING_ITEMS)) {
        items = true;
        tree.place("funding.items", Location.cell(sheet.getSheetName(), 0, r + 1));
        continue;
      }
      String key = labels.get(label);
      if (key == null) {
        continue;
      }
      String value = text(row.getCell(1));
      if (value != null && key.equals("city.type")) {
        value = PlanLayout.code(PlanLayout.CITY_TYPES, value);
      } else if (value != null && key.equals("submission.level")) {
        value = PlanLayout.code(PlanLayout.LEVELS, value);
      }
      put(tree, key, value, sheet, 1, r);
    }
  }

  private static void industry(Sheet sheet, int index, TreeBuilder tree) {
    String base = "industries[" + index + "].";
    Map<String, String> labels = cleaned(PlanLayout.INDUSTRY);
    labels.putAll(cleaned(PlanLayout.GOALS));
    Map<String, String> targets = cleaned(PlanLayout.TARGETS);
    Map<Integer, Integer> yearColumns = new TreeMap<>();
    for (Row row : sheet) {
      int r = row.getRowNum();
      String label = PlanLayout.clean(text(row.getCell(0)));
      if (label.equals(PlanLayout.TARGETS_HEADER)) {
        for (int c = 2; c < Math.max(2, row.getLastCellNum()); c++) {
          String h = text(row.getCell(c));
          Matcher m = h == null ? null : YEAR.matcher(h);
          if (m != null && m.find()) {
            int year = Integer.parseInt(m.group(1));
            int slot = yearColumns.size();
            yearColumns.put(c, slot);
            put(tree, base + "yearly[" + slot + "].year", String.valueOf(year), sheet, c, r);
          }
        }
        continue;
      }
      String target = targets.get(label);
      if (target != null) {
        put(tree, base + "targets." + target, text(row.getCell(1)), sheet, 1, r);
        for (Map.Entry<Integer, Integer> y : yearColumns.entrySet()) {
          put(
              tree,
              base + "yearly[" + y.getValue() + "]." + target,
              text(row.getCell(y.getKey())),
              sheet,
              y.getKey(),
              r);
        }
        continue;
      }
      String key = labels.get(label);
      if (key != null) {
        put(tree, base + key, text(row.getCell(1)), sheet, 1, r);
      }
    }
    tree.place("industries[" + index + "]", Location.cell(sheet.getSheetName(), 0, 1));
  }

  private static void put(
      TreeBuilder tree, String path, String value, Sheet sheet, int col, int row) {
    Location at = Location.cell(sheet.getSheetName(), col, row + 1);
    if (value == null) {
      tree.place(path, at);
      return;
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
    } else {
      tree.put(path, value, at);
    }
  }

  private static Map<String, String> cleaned(Map<String, String> labels) {
    Map<String, String> out = new java.util.HashMap<>();
    labels.forEach((k, v) -> out.put(PlanLayout.clean(k), v));
    return out;
  }

  private static Cell cell(Sheet sheet, int row, int col) {
    Row r = sheet.getRow(row);
    return r == null ? null : r.getCell(col);
  }

  /**
   * A cell as a person means it: numbers plainly, formulas by their cached value, blanks as null.
   */
  static String text(Cell c) {
    if (c == null) {
      return null;
    }
    CellType t =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    String s =
        switch (t) {
          case NUMERIC -> CellText.plain(new BigDecimal(Double.toString(c.getNumericCellValue())));
          case STRING -> c.getStringCellValue();
          case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
          default -> null;
        };
    if (s == null) {
      return null;
    }
    String n = CellText.trim(s);
    return n.isEmpty() ? null : n;
  }
}
