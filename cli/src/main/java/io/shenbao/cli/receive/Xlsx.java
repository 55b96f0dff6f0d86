package io.shenbao.cli.receive;

import io.shenbao.rules.engine.RuleSets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The receiving office's workbooks (the register, the review), written as SpreadsheetML directly:
 * they are plain tables, and Apache POI's workbook model would cost a cold start more than all of
 * {@code intake}'s own work on thirty packages. Every sheet has a bold header row that stays in
 * view and carries the filter buttons (with the sort its rows are in recorded), numbers stored as
 * numbers (counts whole, shares with one decimal), times as real date-times in Beijing time, and
 * prints on landscape A4 with its header on every page. The same content and date give the same
 * bytes.
 */
final class Xlsx {
  private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** How a cell is shown: its index among the workbook's cell formats. */
  enum Style {
    TEXT(1),
    HEADER(2),
    COUNT(3),
    DECIMAL(4),
    MONEY(5),
    DATE(6),
    TIME(7);

    final int index;

    Style(int index) {
      this.index = index;
    }
  }

  private final List<Sheet> sheets = new ArrayList<>();

  /**
   * A new sheet at the end (its name as the spreadsheet may hold it: 31 characters, no []:*?/\).
   */
  Sheet sheet(String name) {
    Sheet s = new Sheet(safe(name));
    sheets.add(s);
    return s;
  }

  /** One sheet: a header row, then rows of cells. */
  static final class Sheet {
    private final String name;
    private final List<TreeMap<Integer, String>> rows = new ArrayList<>();

    /** Each row's text cells as written, for the lines they wrap to. */
    private final List<TreeMap<Integer, String>> texts = new ArrayList<>();

    private int[] widths = new int[0];
    private int[] sortColumns = new int[0];
    private boolean descending;
    private boolean fitWidth;

    private Sheet(String name) {
      this.name = name;
    }

    /** The header row (row 1). */
    void header(List<String> names) {
      Row r = row();
      for (int i = 0; i < names.size(); i++) {
        r.text(i, names.get(i), Style.HEADER);
      }
    }

    /** A new row below the last. */
    Row row() {
      TreeMap<Integer, String> cells = new TreeMap<>();
      TreeMap<Integer, String> text = new TreeMap<>();
      rows.add(cells);
      texts.add(text);
      return new Row(rows.size(), cells, text);
    }

    /** The columns' widths, in characters. */
    void widths(int... w) {
      widths = w.clone();
    }

    /** The rows below the header are sorted by these columns (the first the main key). */
    void sortedBy(boolean descending, int... columns) {
      this.sortColumns = columns.clone();
      this.descending = descending;
    }

    /** Printed with every column on one page's width. */
    void fitWidth() {
      fitWidth = true;
    }

    private int columns() {
      int n = widths.length;
      for (TreeMap<Integer, String> r : rows) {
        n = Math.max(n, r.isEmpty() ? 0 : r.lastKey() + 1);
      }
      return Math.max(n, 1);
    }

    /**
     * How many lines the row's longest text wraps to in its column: a CJK character takes two
     * widths, others one (roughly as Calibri 11 sets them); a column without a width wraps nothing.
     */
    private int lines(TreeMap<Integer, String> text) {
      int most = 1;
      for (Map.Entry<Integer, String> e : text.entrySet()) {
        if (e.getKey() >= widths.length || widths[e.getKey()] <= 0) {
          continue;
        }
        int width = widths[e.getKey()];
        int n = 0;
        for (String line : e.getValue().split("\n", -1)) {
          int w = line.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
          n += Math.max(1, (w + width - 1) / width);
        }
        most = Math.max(most, n);
      }
      return most;
    }

    private String xml(boolean first) {
      int cols = columns();
      int last = Math.max(rows.size(), 2);
      String range = "A1:" + column(cols - 1) + last;
      StringBuilder x = new StringBuilder(4096);
      x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
          .append("<worksheet xmlns=\"")
          .append(MAIN)
          .append("\" xmlns:r=\"")
          .append(REL)
          .append("\">");
      if (fitWidth) {
        x.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
      }
      x.append("<dimension ref=\"").append(range).append("\"/>");
      x.append("<sheetViews><sheetView ")
          .append(first ? "tabSelected=\"1\" " : "")
          .append("workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\"")
          .append(" activePane=\"bottomLeft\" state=\"frozen\"/>")
          .append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
          .append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
      if (widths.length > 0) {
        x.append("<cols>");
        for (int i = 0; i < widths.length; i++) {
          x.append("<col min=\"")
              .append(i + 1)
              .append("\" max=\"")
              .append(i + 1)
              .append("\" width=\"")
              .append(Math.min(255, widths[i]) + 0.7)
              .append("\" customWidth=\"1\"/>");
        }
        x.append("</cols>");
      }
      x.append("<sheetData>");
      for (int r = 0; r < rows.size(); r++) {
        x.append("<row r=\"").append(r + 1).append('"');
        int lines = lines(texts.get(r));
        if (lines > 1) {
          // a spreadsheet does not grow a row for wrapped text by itself when it prints
          x.append(" ht=\"").append(15 * lines).append("\" customHeight=\"1\"");
        }
        x.append('>');
        rows.get(r).forEach((c, cell) -> x.append(cell));
        x.append("</row>");
      }
      x.append("</sheetData><autoFilter ref=\"").append(range).append("\">");
      if (sortColumns.length > 0 && rows.size() > 1) {
        x.append("<sortState ref=\"A2:").append(column(cols - 1)).append(rows.size()).append("\">");
        for (int c : sortColumns) {
          x.append("<sortCondition ")
              .append(descending ? "descending=\"1\" " : "")
              .append("ref=\"")
              .append(column(c))
              .append(2)
              .append(':')
              .append(column(c))
              .append(rows.size())
              .append("\"/>");
        }
        x.append("</sortState>");
      }
      x.append("</autoFilter>")
          .append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\"")
          .append(" header=\"0.3\" footer=\"0.3\"/>")
          .append("<pageSetup paperSize=\"9\" orientation=\"landscape\"")
          .append(fitWidth ? " fitToWidth=\"1\" fitToHeight=\"0\"" : "")
          .append("/></worksheet>");
      return x.toString();
    }
  }

  /** One row's cells. */
  static final class Row {
    private final int number;
    private final TreeMap<Integer, String> cells;
    private final TreeMap<Integer, String> texts;

    private Row(int number, TreeMap<Integer, String> cells, TreeMap<Integer, String> texts) {
      this.number = number;
      this.cells = cells;
      this.texts = texts;
    }

    /** A text cell; nothing for null. */
    Row text(int col, String v) {
      return text(col, v, Style.TEXT);
    }

    private Row text(int col, String v, Style style) {
      if (v != null) {
        texts.put(col, v);
        String t = xmlText(v);
        boolean keep = !t.equals(t.strip()) || t.contains("\n");
        put(
            col,
            style,
            " t=\"inlineStr\"><is><t"
                + (keep ? " xml:space=\"preserve\"" : "")
                + ">"
                + t
                + "</t></is></c>");
      }
      return this;
    }

    /** A number in {@code style}; nothing for null. */
    Row number(int col, Number v, Style style) {
      if (v != null) {
        BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
        put(col, style, "><v>" + d.stripTrailingZeros().toPlainString() + "</v></c>");
      }
      return this;
    }

    /** A date-time as Beijing's clock shows the instant; nothing for null. */
    Row time(int col, OffsetDateTime v) {
      if (v != null) {
        LocalDateTime t = v.atZoneSameInstant(RuleSets.defaultZone()).toLocalDateTime();
        long days = ChronoUnit.DAYS.between(EPOCH, t.toLocalDate());
        BigDecimal serial =
            BigDecimal.valueOf(days)
                .add(
                    BigDecimal.valueOf(t.toLocalTime().toSecondOfDay())
                        .divide(BigDecimal.valueOf(86400), 10, RoundingMode.HALF_UP));
        number(col, serial, Style.TIME);
      }
      return this;
    }

    /** A date from {@code YYYY-MM-DD}; the text as it is when it is not one; nothing for null. */
    Row date(int col, String v) {
      if (v == null) {
        return this;
      }
      LocalDate d;
      try {
        d = LocalDate.parse(v.strip());
      } catch (DateTimeParseException e) {
        return text(col, v);
      }
      return number(col, ChronoUnit.DAYS.between(EPOCH, d), Style.DATE);
    }

    private void put(int col, Style style, String rest) {
      cells.put(col, "<c r=\"" + column(col) + number + "\" s=\"" + style.index + "\"" + rest);
    }
  }

  /** The workbook's bytes, dated {@code when}. */
  byte[] bytes(OffsetDateTime when) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    LocalDateTime time = when.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    try (ZipOutputStream zip = new ZipOutputStream(buf, StandardCharsets.UTF_8)) {
      StringBuilder types =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                  + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd"
                  + ".openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                  + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd"
                  + ".openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                  + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd"
                  + ".openxmlformats-package.core-properties+xml\"/>");
      for (int i = 1; i <= sheets.size(); i++) {
        types
            .append("<Override PartName=\"/xl/worksheets/sheet")
            .append(i)
            .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument")
            .append(".spreadsheetml.worksheet+xml\"/>");
      }
      types.append("</Types>");
      entry(zip, "[Content_Types].xml", types.toString(), time);
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\""
              + REL
              + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
              + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006"
              + "/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
              + "</Relationships>",
          time);
      String stamp =
          when.atZoneSameInstant(ZoneOffset.UTC)
              .truncatedTo(ChronoUnit.SECONDS)
              .format(DateTimeFormatter.ISO_INSTANT);
      entry(
          zip,
          "docProps/core.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006"
              + "/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
              + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
              + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
              + "<dc:creator>shenbao</dc:creator>"
              + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">"
              + stamp
              + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
              + stamp
              + "</dcterms:modified></cp:coreProperties>",
          time);
      entry(zip, "xl/workbook.xml", workbook(), time);
      StringBuilder rels =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                  + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006"
                  + "/relationships\">");
      for (int i = 1; i <= sheets.size(); i++) {
        rels.append("<Relationship Id=\"rId")
            .append(i)
            .append("\" Type=\"")
            .append(REL)
            .append("/worksheet\" Target=\"worksheets/sheet")
            .append(i)
            .append(".xml\"/>");
      }
      rels.append("<Relationship Id=\"rId")
          .append(sheets.size() + 1)
          .append("\" Type=\"")
          .append(REL)
          .append("/styles\" Target=\"styles.xml\"/></Relationships>");
      entry(zip, "xl/_rels/workbook.xml.rels", rels.toString(), time);
      entry(zip, "xl/styles.xml", STYLES, time);
      for (int i = 0; i < sheets.size(); i++) {
        entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheets.get(i).xml(i == 0), time);
      }
    }
    return buf.toByteArray();
  }

  private String workbook() {
    StringBuilder x =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    x.append("<workbook xmlns=\"")
        .append(MAIN)
        .append("\" xmlns:r=\"")
        .append(REL)
        .append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    for (int i = 0; i < sheets.size(); i++) {
      x.append("<sheet name=\"")
          .append(xmlText(sheets.get(i).name).replace("\"", "&quot;"))
          .append("\" sheetId=\"")
          .append(i + 1)
          .append("\" r:id=\"rId")
          .append(i + 1)
          .append("\"/>");
    }
    x.append("</sheets><definedNames>");
    for (int i = 0; i < sheets.size(); i++) {
      Sheet s = sheets.get(i);
      String ref = "'" + xmlText(s.name).replace("'", "''") + "'!";
      x.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"")
          .append(i)
          .append("\" hidden=\"1\">")
          .append(ref)
          .append("$A$1:$")
          .append(column(s.columns() - 1))
          .append('$')
          .append(Math.max(s.rows.size(), 2))
          .append("</definedName>");
      x.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"")
          .append(i)
          .append("\">")
          .append(ref)
          .append("$1:$1</definedName>");
    }
    x.append("</definedNames></workbook>");
    return x.toString();
  }

  /**
   * The cell formats: default, text, header, count, decimal, money, date, date-time; all at the top
   * of their cell, as a row grows for a wrapped text.
   */
  private static final String STYLES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<styleSheet xmlns=\""
          + MAIN
          + "\"><numFmts count=\"4\">"
          + "<numFmt numFmtId=\"164\" formatCode=\"0.0\"/>"
          + "<numFmt numFmtId=\"165\" formatCode=\"#,##0.##\"/>"
          + "<numFmt numFmtId=\"166\" formatCode=\"yyyy-mm-dd\"/>"
          + "<numFmt numFmtId=\"167\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/></numFmts>"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
          + "</font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
          + "</fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "</borders><cellStyleXfs count=\"1\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
          + "<cellXfs count=\"8\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\""
          + " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
          + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
          + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
          + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
          + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
          + "<xf numFmtId=\"167\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
          + "</cellXfs>"
          + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          + "</cellStyles></styleSheet>";

  private static void entry(ZipOutputStream zip, String name, String text, LocalDateTime time)
      throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(time);
    zip.putNextEntry(e);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** The column letters of a 0-based index: A … Z, AA … */
  static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }

  /** Text as XML holds it: markup escaped, characters XML cannot hold replaced by U+FFFD. */
  static String xmlText(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> {
          boolean legal =
              c == '\t'
                  || c == '\n'
                  || c == '\r'
                  || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
                  || Character.isSurrogate(c);
          b.append(legal ? c : '\uFFFD');
        }
      }
    }
    return b.toString();
  }

  /** A sheet name a spreadsheet accepts: at most 31 characters, none of []:*?/\ . */
  private static String safe(String name) {
    String n = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    n = n.startsWith("'") ? n.substring(1) : n;
    return n.length() > 31 ? n.substring(0, 31) : n.isEmpty() ? "Sheet" : n;
  }
}
