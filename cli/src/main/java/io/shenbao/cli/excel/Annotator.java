package io.shenbao.cli.excel;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Writes;
import io.shenbao.rules.engine.CsvCells;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hpsf.CustomProperties;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
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
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes annotated copies of the user's workbooks (never touching the originals): each bad cell
 * filled (error: rose, warning: light yellow) with a comment giving rule and message (appended to
 * an existing comment), an 错误信息 column at the end of each bad row, and a first sheet 检查结果 listing
 * every finding of the file with a link to its cell. Styles are made once per original style and
 * severity, so a roster with 100,000 bad cells stays a valid file. .xls stays .xls; a CSV roster's
 * copy is an .xlsx. Each copy is written whole or not at all, and carries a mark ({@link #MARK}) by
 * which a later run knows it may replace or remove it; a file without the mark is never
 * overwritten.
 */
public final class Annotator {
  /** The colour of a cell with an error. */
  public static final short ERROR_FILL = IndexedColors.ROSE.getIndex();

  /** The colour of a cell with a warning. */
  public static final short WARNING_FILL = IndexedColors.LIGHT_YELLOW.getIndex();

  /** The height of one line of text in the default 11-point font, Chinese included. */
  static final float LINE_POINTS = 15f;

  /** The width of the 错误信息 column, in characters. */
  private static final int ERROR_COLUMN_WIDTH = 80;

  private Annotator() {}

  /**
   * What a run wrote into the annotation folder.
   *
   * @param written the copies written (each workbook with findings, CSV rosters as .xlsx)
   * @param removed copies of an earlier run that this run's findings no longer call for
   * @param skipped files with findings that got no copy, each with the reason (a bundle key)
   */
  public record Result(List<Path> written, List<Path> removed, List<Skipped> skipped) {}

  /**
   * A file with findings that got no annotated copy (or no error-rows workbook), and why ({@code
   * annotate.skipped.*}).
   *
   * @param file the file, as the report names it
   * @param reason the bundle key's last part
   * @param target the copy it would have been, or null
   */
  public record Skipped(String file, String reason, Path target) {}

  /** The custom document property that marks a copy as this tool's (an .xlsx's docProps). */
  static final String MARK = Workspaces.ANNOTATED_MARK;

  /**
   * Writes this run's annotated copies into {@code dir}: one for every workbook with findings (a
   * CSV roster's as .xlsx), and removes the copies an earlier run left for the same workspaces that
   * no finding calls for any more, so that the folder shows this run only. A file that cannot be
   * read gets no copy and says so; a failure to write (a full disk) is thrown, naming the file.
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
    Set<Path> earlier = new TreeSet<>();
    for (WorkspaceRef ws : workspaces) {
      earlier.addAll(copiesIn(dir.resolve(safe(ws.display()))));
    }
    List<Path> written = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
      String file = e.getKey();
      Path source = source(file, workspaces);
      boolean csv = isCsv(file);
      Path target = dir.resolve(safe(csv ? stem(file) + ".xlsx" : file));
      if (source == null || !Files.isRegularFile(source)) {
        skipped.add(new Skipped(file, "missing", null));
        continue;
      }
      if (Files.exists(target) && Files.isSameFile(target, source)) {
        skipped.add(new Skipped(file, "original", target));
        continue;
      }
      if (!writable(target, earlier, skipped, file)) {
        continue;
      }
      if (!annotate(source, csv, target, e.getValue(), m)) {
        skipped.add(new Skipped(file, "unreadable", target));
        continue;
      }
      written.add(target);
      if (errorsOnly) {
        Path rows =
            target.resolveSibling(
                stem(target.getFileName().toString()) + m.format("annotate.rows-suffix") + ".xlsx");
        if (!writable(rows, earlier, skipped, file)) {
          continue;
        }
        if (errorRows(source, csv, rows, e.getValue(), m)) {
          written.add(rows);
        } else {
          skipped.add(new Skipped(file, "no-rows", rows));
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

  /**
   * True when a copy may be written at {@code target}: nothing is there, or a copy of this tool's
   * (by its mark). A file of the user's own is left alone, and the skip says where it is.
   */
  private static boolean writable(
      Path target, Set<Path> earlier, List<Skipped> skipped, String file) {
    if (!Files.exists(target) || earlier.contains(target) || isCopy(target)) {
      return true;
    }
    skipped.add(new Skipped(file, "occupied", target));
    return false;
  }

  /** The annotated copies (this tool's, by their mark) in a folder and below it. */
  static List<Path> copiesIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder, 8)) {
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
          HSSFWorkbook wb = new HSSFWorkbook(in)) {
        DocumentSummaryInformation info = wb.getDocumentSummaryInformation();
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
    CsvCells.read(
        source,
        (row, cells) -> {
          Row r = s.createRow(row - 1);
          for (CsvCells.Cell c : cells) {
            Cell cell = r.createCell(c.column());
            cell.setCellStyle(text);
            cell.setCellValue(c.text());
          }
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
    } else if (wb instanceof HSSFWorkbook h) {
      h.createInformationProperties();
      DocumentSummaryInformation info = h.getDocumentSummaryInformation();
      CustomProperties custom =
          info.getCustomProperties() != null ? info.getCustomProperties() : new CustomProperties();
      if (custom.getCodepage() < 0) {
        custom.setCodepage(CodePageUtil.CP_UNICODE);
      }
      custom.put(MARK, "true");
      info.setCustomProperties(custom);
    }
  }

  /** The workbook to annotate, or null when it cannot be read as one. */
  private static Workbook open(Path source, boolean csv) {
    try {
      return load(source, csv);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Writes the annotated copy of {@code source} at {@code target}, whole or not at all. Returns
   * false, writing nothing, when the file cannot be read or marked up as a workbook (the report
   * says what is wrong with it); a failure to write is thrown.
   */
  private static boolean annotate(
      Path source, boolean csv, Path target, List<Finding> findings, Messages m)
      throws IOException {
    Workbook opened = open(source, csv);
    if (opened == null) {
      return false;
    }
    try (Workbook wb = opened) {
      try {
        markUp(wb, findings, m);
        mark(wb);
      } catch (RuntimeException e) {
        return false;
      }
      Writes.atomically(target, Faults.NONE, wb::write);
    }
    return true;
  }

  /** Fills and comments the bad cells, adds the 错误信息 column and the 检查结果 sheet. */
  private static void markUp(Workbook wb, List<Finding> findings, Messages m) {
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
        Drawing<?> d = drawings.computeIfAbsent(s.getSheetName(), k -> s.createDrawingPatriarch());
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
      errorColumn(wb.getSheet(e.getKey()), e.getValue(), wb, m);
    }
    summary(wb, findings, m);
  }

  /** "[RULE] 错误：message". */
  static String line(Finding f, Messages m) {
    return m.format("annotate.line", f.rule(), m.format("ui." + f.severity().id()), f.message(m));
  }

  /** A style that wraps its text at the cell's width, aligned to the top. */
  private static CellStyle wrapped(Workbook wb, boolean bold) {
    CellStyle st = wb.createCellStyle();
    st.setWrapText(true);
    st.setVerticalAlignment(VerticalAlignment.TOP);
    if (bold) {
      Font f = wb.createFont();
      f.setBold(true);
      st.setFont(f);
    }
    return st;
  }

  /** The first row with three filled cells (a table's header), or -1; and the widest row's end. */
  private record Extent(int header, int last) {
    static Extent of(Sheet s) {
      int last = 0;
      int header = -1;
      for (Row r : s) {
        last = Math.max(last, r.getLastCellNum());
        if (header < 0 && filled(r) >= 3) {
          header = r.getRowNum();
        }
      }
      return new Extent(header, last);
    }
  }

  /** The 错误信息 column after the last one in use: each bad row's messages, one a line. */
  private static void errorColumn(
      Sheet s, Map<Integer, List<String>> rows, Workbook wb, Messages m) {
    Extent x = Extent.of(s);
    if (x.header() >= 0) {
      Cell h = s.getRow(x.header()).createCell(x.last());
      h.setCellValue(m.format("annotate.column"));
      h.setCellStyle(wrapped(wb, true));
    }
    CellStyle wrap = wrapped(wb, false);
    for (Map.Entry<Integer, List<String>> e : rows.entrySet()) {
      Row r = s.getRow(e.getKey()) == null ? s.createRow(e.getKey()) : s.getRow(e.getKey());
      Cell c = r.createCell(x.last());
      c.setCellValue(String.join("\n", e.getValue()));
      c.setCellStyle(wrap);
      fitLines(r, lines(c.getStringCellValue(), ERROR_COLUMN_WIDTH - 2));
    }
    s.setColumnWidth(x.last(), ERROR_COLUMN_WIDTH * 256);
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

  /** The width of a text in a column's units (characters of a digit's width): CJK counts two. */
  /** How many lines {@code text} takes wrapped at {@code chars} (a CJK character counts two). */
  static int lines(String text, int chars) {
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n += Math.max(1, (width(line) + chars - 1) / chars);
    }
    return n;
  }

  /** Makes a row tall enough for {@code lines} lines of text, never lower than it was. */
  private static void fitLines(Row row, int lines) {
    float needed = lines * LINE_POINTS;
    if (lines > 1 && row.getHeightInPoints() < needed) {
      row.setHeightInPoints(needed);
    }
  }

  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); i++) {
      w += text.charAt(i) < 0x2E80 ? 1 : 2;
    }
    return w;
  }

  /**
   * The 检查结果 sheet, first and shown on opening: every finding of the file with a link to its cell,
   * its columns as wide as their content (the messages wrapped), printed landscape on pages one
   * sheet wide with the header on each.
   */
  private static void summary(Workbook wb, List<Finding> findings, Messages m) {
    String base = m.format("annotate.sheet");
    String name = base;
    for (int i = 2; wb.getSheet(name) != null; i++) {
      name = base + i;
    }
    Sheet s = wb.createSheet(name);
    wb.setSheetOrder(name, 0);
    wb.setActiveSheet(0);
    wb.setSelectedTab(0);
    for (int i = 1; i < wb.getNumberOfSheets(); i++) {
      wb.getSheetAt(i).setSelected(false);
    }
    String[] head = {
      m.format("ui.col.number"),
      m.format("ui.col.severity"),
      m.format("ui.col.rule"),
      m.format("ui.col.where"),
      m.format("ui.col.message"),
      m.format("ui.col.clause")
    };
    int[] widths = new int[head.length];
    CellStyle bold = wrapped(wb, true);
    CellStyle top = wrapped(wb, false);
    Row h = s.createRow(0);
    for (int i = 0; i < head.length; i++) {
      Cell c = h.createCell(i);
      c.setCellValue(head[i]);
      c.setCellStyle(bold);
      widths[i] = width(head[i]);
    }
    CreationHelper ch = wb.getCreationHelper();
    int r = 1;
    for (Finding f : findings) {
      Location l = f.location();
      Sheet at = l == null || l.row() == null ? null : sheetOf(wb, l);
      String[] values = {
        null,
        m.format("ui." + f.severity().id()),
        f.rule(),
        l == null ? m.format("ui.whole-file") : l.shortForm(),
        f.message(m),
        f.clause()
      };
      Row row = s.createRow(r);
      Cell number = row.createCell(0);
      number.setCellValue(r);
      number.setCellStyle(top);
      for (int i = 1; i < values.length; i++) {
        Cell c = row.createCell(i);
        c.setCellValue(values[i]);
        c.setCellStyle(top);
        widths[i] = Math.max(widths[i], width(values[i] == null ? "" : values[i]));
      }
      if (at != null) {
        Hyperlink link = ch.createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(
            "'" + at.getSheetName() + "'!" + (l.cell() != null ? l.cell() : "A" + l.row()));
        row.getCell(3).setHyperlink(link);
      }
      r++;
    }
    int[] caps = {6, 8, 30, 50, 80, 36};
    for (int i = 0; i < head.length; i++) {
      s.setColumnWidth(i, (Math.min(widths[i], caps[i]) + 2) * 256);
    }
    // a row is as tall as its longest wrapped cell: no program is sure to fit it on opening
    for (int i = 1; i < r; i++) {
      Row row = s.getRow(i);
      int lines = 1;
      for (int c = 1; c < head.length; c++) {
        lines = Math.max(lines, lines(row.getCell(c).getStringCellValue(), caps[c]));
      }
      fitLines(row, lines);
    }
    s.createFreezePane(0, 1);
    s.setRepeatingRows(new CellRangeAddress(0, 0, 0, head.length - 1));
    s.setFitToPage(true);
    PrintSetup print = s.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
  }

  /**
   * A workbook of only the failing rows of each bad sheet, with their messages, written whole or
   * not at all. False, writing nothing, when no finding is at a row (they are about whole files).
   */
  private static boolean errorRows(
      Path source, boolean csv, Path target, List<Finding> findings, Messages m)
      throws IOException {
    DataFormatter fmt = new DataFormatter();
    Workbook opened = open(source, csv);
    if (opened == null) {
      return false;
    }
    try (Workbook wb = opened;
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
      String original = m.format("annotate.original-row");
      for (Map.Entry<String, Map<Integer, List<String>>> e : bad.entrySet()) {
        Sheet s = wb.getSheet(e.getKey());
        Sheet o = out.createSheet(e.getKey());
        Extent x = Extent.of(s);
        int n = 0;
        if (x.header() >= 0) {
          Row head = copy(s.getRow(x.header()), o.createRow(n++), fmt, x.last());
          head.createCell(0).setCellValue(original);
          head.createCell(x.last() + 1).setCellValue(m.format("annotate.column"));
        }
        for (Map.Entry<Integer, List<String>> row : e.getValue().entrySet()) {
          Row src = s.getRow(row.getKey());
          Row dst = o.createRow(n++);
          dst.createCell(0).setCellValue(row.getKey() + 1);
          if (src != null) {
            copy(src, dst, fmt, x.last());
          }
          dst.createCell(x.last() + 1).setCellValue(String.join("\n", row.getValue()));
        }
      }
      mark(out.getXSSFWorkbook());
      Writes.atomically(target, Faults.NONE, out::write);
    }
    return true;
  }

  /** Copies a row's cells shifted one column right (column A holds the original row number). */
  private static Row copy(Row src, Row dst, DataFormatter fmt, int last) {
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
