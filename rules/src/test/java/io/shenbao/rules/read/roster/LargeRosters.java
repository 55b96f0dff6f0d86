package io.shenbao.rules.read.roster;

import io.shenbao.rules.domain.CreditCode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes large rosters quickly (raw SpreadsheetML, inline strings) for memory tests and benches.
 */
public final class LargeRosters {
  private LargeRosters() {}

  /** A minimal .xlsx package around one sheet's XML. */
  public static void writeXlsx(Path file, String sheetXml) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      skeleton(zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  /**
   * A workbook whose shared-strings part holds {@code strings} distinct short strings (their
   * numbers) under a header that claims one, and whose sheet is {@code sheetXml}.
   */
  public static void writeXlsxWithManyStrings(Path file, String sheetXml, int strings)
      throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      skeleton(zip, true);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(sheetXml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">")
              .getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < strings; i++) {
        sb.append("<si><t>").append(i).append("</t></si>");
        if (sb.length() > 1 << 16) {
          zip.write(sb.toString().getBytes(StandardCharsets.UTF_8));
          sb.setLength(0);
        }
      }
      zip.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  /**
   * One enterprise {@code rows} times, its every note (备注) one shared string longer than a cell may
   * hold: a small file with a problem (a cut cell) on each of its rows, and little for the rules to
   * keep.
   */
  public static void writeXlsxWithLongNotes(Path file, int rows) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      skeleton(zip, true);
      put(
          zip,
          "xl/sharedStrings.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>"
              + "x".repeat(CsvRows.MAX_CELL + 1)
              + "</t></si></sst>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8);
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      w.write(row(1, "企业名称", "统一社会信用代码", "2023年度主营业务收入（万元）", "企业类型", "备注"));
      for (int i = 0; i < rows; i++) {
        int r = i + 2;
        w.write(
            "<row r=\""
                + r
                + "\">"
                + inline(r, 0, "重庆测试企业有限公司", code(0), "2000", "否")
                + "<c r=\"E"
                + r
                + "\" t=\"s\"><v>0</v></c></row>");
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
    }
  }

  /** A roster of {@code rows} valid enterprises as .xlsx, streamed to disk. */
  public static void writeXlsx(Path file, int rows) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      skeleton(zip);
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new OutputStreamWriter(new NoClose(zip), StandardCharsets.UTF_8);
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      w.write(row(1, "企业名称", "统一社会信用代码", "2023年度主营业务收入（万元）", "企业类型"));
      for (int i = 0; i < rows; i++) {
        w.write(row(i + 2, "重庆测试企业" + i + "有限公司", code(i), String.valueOf(2000 + i % 30000), "否"));
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
    }
  }

  /** The same roster as CSV. */
  public static void writeCsv(Path file, int rows) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("企业名称,统一社会信用代码,2023年度主营业务收入（万元）,企业类型\n");
      for (int i = 0; i < rows; i++) {
        w.write("重庆测试企业" + i + "有限公司," + code(i) + "," + (2000 + i % 30000) + ",否\n");
      }
    }
  }

  /** A valid, distinct credit code for each number. */
  public static String code(int n) {
    String cs = CreditCode.CHARSET;
    StringBuilder org = new StringBuilder();
    int x = n;
    for (int i = 0; i < 8; i++) {
      org.insert(0, (char) ('0' + x % 10));
      x /= 10;
    }
    String nine = org + "";
    String f16 = "91500227" + nine;
    String f17 = f16 + CreditCode.orgCheckChar(f16 + "0" + "0");
    String withCheck = f17 + "0";
    char check = CreditCode.checkChar(withCheck);
    assert cs.indexOf(check) >= 0;
    return f17 + check;
  }

  private static String row(int r, String... cells) {
    return "<row r=\"" + r + "\">" + inline(r, 0, cells) + "</row>";
  }

  /** Inline-string cells of row {@code r} from column {@code first} (0 for A) on. */
  private static String inline(int r, int first, String... cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      sb.append("<c r=\"")
          .append((char) ('A' + first + i))
          .append(r)
          .append("\" t=\"inlineStr\"><is><t>")
          .append(cells[i])
          .append("</t></is></c>");
    }
    return sb.toString();
  }

  private static void skeleton(ZipOutputStream zip) throws IOException {
    skeleton(zip, false);
  }

  private static void skeleton(ZipOutputStream zip, boolean sharedStrings) throws IOException {
    put(
        zip,
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "</Types>");
    put(
        zip,
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    put(
        zip,
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    put(
        zip,
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + (sharedStrings
                ? "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                : "")
            + "</Relationships>");
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** Lets a writer flush into the zip without closing it. */
  private static final class NoClose extends FilterOutputStream {
    NoClose(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
