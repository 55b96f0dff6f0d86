package io.shenbao.cli.excel;

import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.read.yaml.YNode;
import io.shenbao.rules.text.CellText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Types into the tool's workbooks the way a person does, through Apache POI: finds a row by the
 * label printed in column A, types digits as numbers and anything else (a number with its unit) as
 * text, and saves the file the way openpyxl or a WPS build without recalculation does, with no
 * cached results of the formulas.
 */
public final class Typist implements AutoCloseable {
  private static final Pattern CACHED = Pattern.compile("(<f>[^<]*</f>|<f [^>]*/>)<v>[^<]*</v>");

  private final Path file;
  private final XSSFWorkbook wb;

  private Typist(Path file) throws IOException {
    this.file = file;
    try (InputStream in = Files.newInputStream(file)) {
      this.wb = new XSSFWorkbook(in);
    }
  }

  /** Opens a workbook to type into; {@link #close} saves it without cached formula results. */
  public static Typist open(Path file) throws IOException {
    return new Typist(file);
  }

  /** The sheet at an index (基本信息 is 0, 总体数据表 1, the sub-industries from 2). */
  public Sheet sheet(int index) {
    return wb.getSheetAt(index);
  }

  /** The row number (as Excel shows it) of the row labelled {@code label} on a workbook's sheet. */
  public static int rowNumber(Path xlsx, int sheet, String label) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook wb = WorkbookFactory.create(in)) {
      return row(wb.getSheetAt(sheet), label).getRowNum() + 1;
    }
  }

  /** The name of a workbook's sheet at an index. */
  public static String sheetName(Path xlsx, int sheet) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        Workbook wb = WorkbookFactory.create(in)) {
      return wb.getSheetName(sheet);
    }
  }

  /** Types a value into the row labelled {@code label}, in a column (1 is B). */
  public Typist type(Sheet s, String label, int column, Object value) {
    Row r = row(s, label);
    if (r == null) {
      throw new IllegalArgumentException("no row labelled " + label + " on " + s.getSheetName());
    }
    type(r, column, value);
    return this;
  }

  /** Types a value into a cell (0-based row and column). */
  public Typist type(Sheet s, int row, int column, Object value) {
    Row r = s.getRow(row) == null ? s.createRow(row) : s.getRow(row);
    type(r, column, value);
    return this;
  }

  private static void type(Row r, int column, Object value) {
    Cell c = r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    if (value == null) {
      c.setBlank();
    } else if (value instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else {
      c.setCellValue(value.toString());
    }
  }

  /** The row whose column A reads {@code label} (spaces and a required marker aside), or null. */
  public static Row row(Sheet s, String label) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && PlanLayout.clean(c.toString()).equals(PlanLayout.clean(label))) {
        return r;
      }
    }
    return null;
  }

  /**
   * Types a whole plan.yaml into the plan workbook, label by label, as a person copying it would:
   * numbers as numbers, lists joined with 、, coded values as the dropdown's words.
   */
  public Typist plan(Path planYaml, int fundingRows) throws IOException {
    YNode root;
    try {
      root =
          LocatedYaml.parse(new StringReader(Files.readString(planYaml, StandardCharsets.UTF_8)))
              .root();
    } catch (LocatedYaml.SyntaxError e) {
      throw new IOException(e);
    }
    Sheet general = wb.getSheet(PlanLayout.FORM.generalSheet());
    for (Map.Entry<String, String> e : PlanLayout.GENERAL.entrySet()) {
      Object v = value(root, e.getValue());
      if (e.getValue().equals("city.type") && v != null) {
        v = PlanLayout.word(PlanLayout.CITY_TYPES, v.toString());
      } else if (e.getValue().equals("submission.level") && v != null) {
        v = PlanLayout.word(PlanLayout.LEVELS, v.toString());
      }
      type(general, e.getKey(), 1, v);
    }
    Row head = row(general, PlanLayout.FORM.itemsLabel());
    YNode items = at(root, "funding.items");
    int n = items instanceof YNode.YSeq seq ? seq.items().size() : 0;
    for (int i = 0; i < Math.max(n, fundingRows); i++) {
      int r = head.getRowNum() + 1 + i;
      String base = "funding.items[" + i + "].";
      type(general, r, 0, value(root, base + "use"));
      Object category = value(root, base + "category");
      type(
          general,
          r,
          1,
          category == null ? null : PlanLayout.word(PlanLayout.CATEGORIES, category.toString()));
      type(general, r, 2, value(root, base + "amount"));
    }
    YNode industries = at(root, "industries");
    int count = industries instanceof YNode.YSeq seq ? seq.items().size() : 0;
    for (int i = 0; i < count; i++) {
      Sheet s = sheet(2 + i);
      String base = "industries[" + i + "].";
      for (Map.Entry<String, String> e : PlanLayout.INDUSTRY.entrySet()) {
        type(s, e.getKey(), 1, value(root, base + e.getValue()));
      }
      for (Map.Entry<String, String> e : PlanLayout.GOALS.entrySet()) {
        type(s, e.getKey(), 1, value(root, base + e.getValue()));
      }
      for (Map.Entry<String, String> e : PlanLayout.TARGETS.entrySet()) {
        if (e.getValue().equals("transform_total")) {
          continue; // computed by the workbook
        }
        type(s, e.getKey(), 1, value(root, base + "targets." + e.getValue()));
        for (int y = 0; y < 2; y++) {
          type(s, e.getKey(), 2 + y, value(root, base + "yearly[" + y + "]." + e.getValue()));
        }
      }
    }
    return this;
  }

  private static YNode at(YNode root, String path) {
    YNode n = root;
    for (String part : path.split("\\.")) {
      String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
      n = n instanceof YNode.YMap m ? m.get(key) : null;
      if (part.contains("[") && n instanceof YNode.YSeq seq) {
        int i = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.indexOf(']')));
        n = i < seq.items().size() ? seq.items().get(i) : null;
      }
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** A value as a person types it: a number as a number, a list joined with 、, else text. */
  private static Object value(YNode root, String path) {
    YNode n = at(root, path);
    if (n instanceof YNode.YSeq seq) {
      List<String> parts = new ArrayList<>();
      seq.items().forEach(i -> parts.add(((YNode.YScalar) i).text()));
      return String.join("、", parts);
    }
    if (!(n instanceof YNode.YScalar s) || s.isNull()) {
      return null;
    }
    var number = CellText.number(s.text());
    return number != null && s.plain() && !path.endsWith("phone") ? number : s.text().strip();
  }

  /** Saves the workbook, then drops every formula's cached result, as openpyxl saves a file. */
  @Override
  public void close() throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    } finally {
      wb.close();
    }
    withoutCachedResults(file);
  }

  /** Rewrites an .xlsx with the cached results of its formulas removed. */
  public static void withoutCachedResults(Path xlsx) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (ZipFile zip = new ZipFile(xlsx.toFile());
        ZipOutputStream out = new ZipOutputStream(buf)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        byte[] bytes;
        try (InputStream in = zip.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          bytes = CACHED.matcher(xml).replaceAll("$1").getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.write(xlsx, buf.toByteArray());
  }

  /** Types roster rows from row 3 of the roster template (codes as text, as its column is). */
  public static void roster(Path xlsx, List<Object[]> rows) throws IOException {
    try (Typist t = open(xlsx)) {
      Sheet s = t.sheet(0);
      for (int i = 0; i < rows.size(); i++) {
        Object[] values = rows.get(i);
        for (int c = 0; c < values.length; c++) {
          t.type(s, 2 + i, c, values[c]);
        }
      }
    }
  }
}
