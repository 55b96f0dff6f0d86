package io.shenbao.cli.excel;

import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.read.roster.RawCell;
import io.shenbao.rules.read.roster.RosterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes annotated copies of the user's workbooks (never touching the originals): each bad cell
 * filled (error: rose, warning: light yellow) with a comment giving rule and message (appended to
 * an existing comment), an 错误信息 column at the end of each bad row, and a first sheet 检查结果 listing
 * every finding of the file with a link to its cell. Styles are made once per original style and
 * severity, so a roster with 100,000 bad cells stays a valid file. .xls stays .xls.
 */
public final class Annotator {
  /** The colour of a cell with an error. */
  public static final short ERROR_FILL = IndexedColors.ROSE.getIndex();

  /** The colour of a cell with a warning. */
  public static final short WARNING_FILL = IndexedColors.LIGHT_YELLOW.getIndex();

  public static final String SUMMARY = "检查结果";
  public static final String ERROR_COLUMN = "错误信息";

  private Annotator() {}

  /**
   * What a run wrote into the annotation folder.
   *
   * @param written the copies written (each workbook with findings, CSV rosters as .xlsx)
   * @param removed copies of an earlier run that this run's findings no longer call for
   * @param skipped files with findings that got no copy, each with the reason (a bundle key)
   */
  public record Result(List<Path> written, List<Path> removed, List<Skipped> skipped) {}

  /** A file with findings that got no annotated copy, and why ({@code annotate.skip.*}). */
  public record Skipped(String file, String reason) {}

  /** The custom document property that marks a copy as this tool's (an .xlsx's docProps). */
  static final String MARK = Workspaces.ANNOTATED_MARK;

  /**
   * Writes this run's annotated copies into {@code dir}: one for every workbook with findings (a
   * CSV roster's as .xlsx), and removes the copies an earlier run left for the same workspaces that
   * no finding calls for any more, so that the folder shows this run only.
   */
  public static Result write(
      Report report, List<WorkspaceRef> workspaces, Path dir, boolean errorsOnly, Messages m)
      throws IOException {
    Map<String, List<Finding>> byFile = new TreeMap<>();
    for (Finding f : report.findings()) {
      if (f.file() != null && (isWorkbook(f.file()) || isCsv(f.file()))) {
        byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
      }
    }
    java.util.Set<Path> earlier = new java.util.TreeSet<>();
    for (WorkspaceRef ws : workspaces) {
      earlier.addAll(copiesIn(dir.resolve(safe(ws.display()))));
    }
    List<Path> written = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      Path source = source(e.getKey(), workspaces);
      if (source == null || !Files.isRegularFile(source)) {
        skipped.add(new Skipped(e.getKey(), "missing"));
        continue;
      }
      boolean csv = isCsv(e.getKey());
      Path target = dir.resolve(safe(csv ? stem(e.getKey()) + ".xlsx" : e.getKey()));
      if (Files.exists(target) && Files.isSameFile(target, source)) {
        skipped.add(new Skipped(e.getKey(), "original"));
        continue;
      }
      Files.createDirectories(target.getParent());
      try {
        annotate(source, csv, target, e.getValue(), m);
      } catch (IOException | RuntimeException ex) {
        Files.deleteIfExists(target);
        skipped.add(new Skipped(e.getKey(), "unreadable"));
        continue;
      }
      written.add(target);
      if (errorsOnly) {
        Path rows = target.resolveSibling(stem(target.getFileName().toString()) + "-错误行.xlsx");
        if (errorRows(source, csv, rows, e.getValue(), m)) {
          written.add(rows);
        }
      }
    }
    List<Path> removed = new ArrayList<>();
    for (Path old : earlier) {
      if (!written.contains(old)) {
        Files.deleteIfExists(old);
        removed.add(old);
      }
    }
    return new Result(written, removed, skipped);
  }

  /** The annotated copies (this tool's, by their mark) in a folder and below it. */
  static List<Path> copiesIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (java.util.stream.Stream<Path> walk = Files.walk(folder, 8)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p) && isWorkbook(p.getFileName().toString()) && isCopy(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** True for a copy this tool wrote: its document properties carry {@link #MARK}. */
  static boolean isCopy(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".xlsx")) {
        return Workspaces.isAnnotatedCopy(file);
      }
      try (InputStream in = Files.newInputStream(file);
          org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
              new org.apache.poi.hssf.usermodel.HSSFWorkbook(in)) {
        var info = wb.getDocumentSummaryInformation();
        return info != null
            && info.getCustomProperties() != null
            && info.getCustomProperties().containsKey(MARK);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  static boolean isWorkbook(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return f.endsWith(".xlsx") || f.endsWith(".xls");
  }

  static boolean isCsv(String file) {
    String f = file.toLowerCase(Locale.ROOT);
    return f.endsWith(".csv") || f.endsWith(".txt");
  }

  private static Path source(String display, List<WorkspaceRef> workspaces) {
    for (WorkspaceRef ws : workspaces) {
      String prefix = ws.display().equals(".") ? "" : ws.display() + "/";
      if (display.startsWith(prefix)) {
        return ws.dir().resolve(display.substring(prefix.length()));
      }
    }
    return null;
  }

  /** The annotated copy's path below DIR: the file's own path without ../ or a leading /. */
  public static String safe(String display) {
    String s = display.replace('\\', '/');
    while (s.startsWith("../") || s.startsWith("./") || s.startsWith("/")) {
      s = s.substring(s.indexOf('/') + 1);
    }
    s = s.replace("/../", "/");
    return s.equals(".") || s.equals("..") ? "" : s;
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /** The sheet a CSV roster becomes in its annotated copy. */
  static final String CSV_SHEET = "名单";

  /** The workbook to annotate: the file itself, or a CSV roster's cells in a new workbook. */
  private static Workbook load(Path source, boolean csv) throws IOException {
    if (!csv) {
      try (InputStream in = Files.newInputStream(source)) {
        return WorkbookFactory.create(in);
      }
    }
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet(CSV_SHEET);
    CellStyle text = wb.createCellStyle();
    text.setDataFormat(wb.createDataFormat().getFormat("@"));
    RosterReader.csvRows(
        source,
        (row, cells) -> {
          Row r = s.createRow(row - 1);
          for (RawCell c : cells) {
            Cell cell = r.createCell(c.column());
            cell.setCellStyle(text);
            cell.setCellValue(c.text());
          }
          return true;
        });
    return wb;
  }

  /** The sheet of a location: its own, or the one sheet of a CSV roster's copy. */
  private static Sheet sheetOf(Workbook wb, Location l) {
    return l.sheet() != null ? wb.getSheet(l.sheet()) : wb.getSheet(CSV_SHEET);
  }

  /** Marks a copy as this tool's, so that a later run knows it may replace or remove it. */
  private static void mark(Workbook wb) {
    if (wb instanceof XSSFWorkbook x) {
      var custom = x.getProperties().getCustomProperties();
      if (!custom.contains(MARK)) {
        custom.addProperty(MARK, "true");
      }
    } else if (wb instanceof org.apache.poi.hssf.usermodel.HSSFWorkbook h) {
      h.createInformationProperties();
      var info = h.getDocumentSummaryInformation();
      var custom =
          info.getCustomProperties() != null
              ? info.getCustomProperties()
              : new org.apache.poi.hpsf.CustomProperties();
      custom.put(MARK, "true");
      info.setCustomProperties(custom);
    }
  }

  private static void annotate(
      Path source, boolean csv, Path target, List<Finding> findings, Messages m)
      throws IOException {
    try (Workbook wb = load(source, csv)) {
      CreationHelper ch = wb.getCreationHelper();
      Map<String, CellStyle> styles = new HashMap<>();
      Map<String, Drawing<?>> drawings = new HashMap<>();
      Map<String, Map<Integer, List<String>>> rowMessages = new LinkedHashMap<>();
      for (Finding f : findings) {
        Location l = f.location();
        if (l == null || l.row() == null || sheetOf(wb, l) == null) {
          continue;
        }
        Sheet s = sheetOf(wb, l);
        String text = line(f, m);
        rowMessages
            .computeIfAbsent(s.getSheetName(), k -> new TreeMap<>())
            .computeIfAbsent(l.row() - 1, k -> new ArrayList<>())
            .add(text);
        if (l.columnName() == null) {
          continue;
        }
        Row row = s.getRow(l.row() - 1) == null ? s.createRow(l.row() - 1) : s.getRow(l.row() - 1);
        int col = columnIndex(l.columnName());
        Cell cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
        CellStyle old = cell.getCellStyle();
        boolean error = f.severity() == Severity.ERROR;
        String key = old.getIndex() + (error ? "e" : "w");
        CellStyle marked =
            styles.computeIfAbsent(
                key,
                k -> {
                  CellStyle n = wb.createCellStyle();
                  n.cloneStyleFrom(old);
                  n.setFillForegroundColor(error ? ERROR_FILL : WARNING_FILL);
                  n.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                  return n;
                });
        boolean alreadyError =
            styles.containsValue(old) && old.getFillForegroundColor() == ERROR_FILL;
        if (error || !alreadyError) {
          cell.setCellStyle(marked);
        }
        Comment c = cell.getCellComment();
        if (c != null) {
          String before = c.getString() == null ? "" : c.getString().getString();
          c.setString(ch.createRichTextString(before + "\n" + text));
        } else {
          Drawing<?> d =
              drawings.computeIfAbsent(s.getSheetName(), k -> s.createDrawingPatriarch());
          ClientAnchor a = ch.createClientAnchor();
          a.setCol1(col + 1);
          a.setCol2(col + 5);
          a.setRow1(l.row() - 1);
          a.setRow2(l.row() + 3);
          Comment n = d.createCellComment(a);
          n.setString(ch.createRichTextString(text));
          n.setAuthor("shenbao");
          cell.setCellComment(n);
        }
      }
      for (Map.Entry<String, Map<Integer, List<String>>> e : rowMessages.entrySet()) {
        errorColumn(wb.getSheet(e.getKey()), e.getValue(), wb);
      }
      summary(wb, findings, m);
      mark(wb);
      try (OutputStream out = Files.newOutputStream(target)) {
        wb.write(out);
      }
    }
  }

  /** "[RULE] 错误：message". */
  static String line(Finding f, Messages m) {
    return "[" + f.rule() + "] " + m.format("ui." + f.severity().id()) + "：" + f.message(m);
  }

  private static void errorColumn(Sheet s, Map<Integer, List<String>> rows, Workbook wb) {
    int last = 0;
    int header = -1;
    for (Row r : s) {
      last = Math.max(last, r.getLastCellNum());
      if (header < 0 && filled(r) >= 3) {
        header = r.getRowNum();
      }
    }
    Font bold = wb.createFont();
    bold.setBold(true);
    CellStyle hs = wb.createCellStyle();
    hs.setFont(bold);
    if (header >= 0) {
      s.getRow(header).createCell(last).setCellValue(ERROR_COLUMN);
      s.getRow(header).getCell(last).setCellStyle(hs);
    }
    for (Map.Entry<Integer, List<String>> e : rows.entrySet()) {
      Row r = s.getRow(e.getKey()) == null ? s.createRow(e.getKey()) : s.getRow(e.getKey());
      r.createCell(last).setCellValue(String.join("；", e.getValue()));
    }
    s.setColumnWidth(last, 80 * 256);
  }

  private static int filled(Row r) {
    int n = 0;
    for (Cell c : r) {
      if (c != null && !new DataFormatter().formatCellValue(c).isBlank()) {
        n++;
      }
    }
    return n;
  }

  private static void summary(Workbook wb, List<Finding> findings, Messages m) {
    String name = SUMMARY;
    for (int i = 2; wb.getSheet(name) != null; i++) {
      name = SUMMARY + i;
    }
    Sheet s = wb.createSheet(name);
    wb.setSheetOrder(name, 0);
    wb.setActiveSheet(0);
    wb.setSelectedTab(0);
    String[] head = {
      m.format("ui.col.number"),
      m.format("ui.col.severity"),
      m.format("ui.col.rule"),
      m.format("ui.col.where"),
      m.format("ui.col.message"),
      m.format("ui.col.clause")
    };
    Row h = s.createRow(0);
    for (int i = 0; i < head.length; i++) {
      h.createCell(i).setCellValue(head[i]);
    }
    CreationHelper ch = wb.getCreationHelper();
    int r = 1;
    for (Finding f : findings) {
      Row row = s.createRow(r);
      row.createCell(0).setCellValue(r);
      row.createCell(1).setCellValue(m.format("ui." + f.severity().id()));
      row.createCell(2).setCellValue(f.rule());
      Location l = f.location();
      Cell where = row.createCell(3);
      where.setCellValue(l == null ? m.format("ui.whole-file") : l.shortForm());
      Sheet at = l == null || l.row() == null ? null : sheetOf(wb, l);
      if (at != null) {
        Hyperlink link = ch.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(
            "'" + at.getSheetName() + "'!" + (l.cell() != null ? l.cell() : "A" + l.row()));
        where.setHyperlink(link);
      }
      row.createCell(4).setCellValue(f.message(m));
      row.createCell(5).setCellValue(f.clause());
      r++;
    }
    s.setColumnWidth(3, 16 * 256);
    s.setColumnWidth(4, 90 * 256);
    s.setColumnWidth(5, 40 * 256);
    s.createFreezePane(0, 1);
  }

  /** A workbook of only the failing rows of each bad sheet, with their messages. */
  private static boolean errorRows(
      Path source, boolean csv, Path target, List<Finding> findings, Messages m)
      throws IOException {
    DataFormatter fmt = new DataFormatter();
    try (Workbook wb = load(source, csv);
        SXSSFWorkbook out = new SXSSFWorkbook(100)) {
      Map<String, Map<Integer, List<String>>> bad = new LinkedHashMap<>();
      for (Finding f : findings) {
        Location l = f.location();
        Sheet s = l == null || l.row() == null ? null : sheetOf(wb, l);
        if (s != null) {
          bad.computeIfAbsent(s.getSheetName(), k -> new TreeMap<>())
              .computeIfAbsent(l.row() - 1, k -> new ArrayList<>())
              .add(line(f, m));
        }
      }
      if (bad.isEmpty()) {
        return false;
      }
      for (Map.Entry<String, Map<Integer, List<String>>> e : bad.entrySet()) {
        Sheet s = wb.getSheet(e.getKey());
        Sheet o = out.createSheet(e.getKey());
        int header = -1;
        int last = 0;
        for (Row r : s) {
          last = Math.max(last, r.getLastCellNum());
          if (header < 0 && filled(r) >= 3) {
            header = r.getRowNum();
          }
        }
        int n = 0;
        if (header >= 0) {
          copy(s.getRow(header), o.createRow(n++), fmt, last)
              .createCell(last + 1)
              .setCellValue(ERROR_COLUMN);
        }
        for (Map.Entry<Integer, List<String>> row : e.getValue().entrySet()) {
          Row src = s.getRow(row.getKey());
          Row dst = o.createRow(n++);
          dst.createCell(0).setCellValue(row.getKey() + 1);
          if (src != null) {
            copy(src, dst, fmt, last);
          }
          dst.createCell(last + 1).setCellValue(String.join("；", row.getValue()));
        }
      }
      mark(out.getXSSFWorkbook());
      try (OutputStream os = Files.newOutputStream(target)) {
        out.write(os);
      }
    }
    return true;
  }

  /** Copies a row's cells shifted one column right (column A holds the original row number). */
  private static Row copy(Row src, Row dst, DataFormatter fmt, int last) {
    if (src.getRowNum() >= 0 && dst.getRowNum() == 0) {
      dst.createCell(0).setCellValue("原行号");
    }
    for (int c = 0; c < last; c++) {
      Cell cell = src.getCell(c);
      if (cell != null) {
        dst.createCell(c + 1).setCellValue(fmt.formatCellValue(cell));
      }
    }
    return dst;
  }

  static int columnIndex(String letters) {
    int n = 0;
    for (int i = 0; i < letters.length(); i++) {
      n = n * 26 + (letters.charAt(i) - 'A' + 1);
    }
    return n - 1;
  }
}
