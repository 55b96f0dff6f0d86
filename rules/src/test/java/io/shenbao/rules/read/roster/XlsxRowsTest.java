package io.shenbao.rules.read.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster's own .xlsx reader, checked against fastexcel-reader (the reader it replaced) on
 * workbooks POI writes, and on hand-written SpreadsheetML with the corners other writers use.
 */
class XlsxRowsTest {
  @TempDir Path dir;

  /** One cell as both readers should see it: column, text, and whether a number or an error. */
  record Seen(int row, int column, String text, boolean number, boolean error) {}

  static List<Seen> ours(Path file) throws Exception {
    List<Seen> out = new ArrayList<>();
    XlsxRows.read(
        file,
        SheetChoice.DEFAULT,
        (row, cells) -> {
          for (RawCell c : cells) {
            out.add(new Seen(row, c.column(), c.text(), c.number(), c.error()));
          }
          return true;
        });
    return out;
  }

  static List<Seen> fastexcel(Path file) throws Exception {
    List<Seen> out = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
      org.dhatim.fastexcel.reader.Sheet sheet =
          wb.getSheets()
              .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
              .findFirst()
              .orElseThrow();
      try (var rows = sheet.openStream()) {
        rows.forEach(
            r -> {
              for (org.dhatim.fastexcel.reader.Cell c : r) {
                if (c == null || c.getRawValue() == null || c.getRawValue().isEmpty()) {
                  continue;
                }
                CellType t = c.getType();
                boolean number =
                    t == CellType.NUMBER
                        || (t == CellType.FORMULA && c.getRawValue().matches("-?[0-9.E+-]+"));
                String text =
                    switch (t) {
                      case STRING -> c.asString();
                      case BOOLEAN -> "1".equals(c.getRawValue()) ? "TRUE" : "FALSE";
                      default -> c.getRawValue();
                    };
                if (text.isEmpty()) {
                  continue;
                }
                out.add(
                    new Seen(r.getRowNum(), c.getColumnIndex(), text, number, t == CellType.ERROR));
              }
            });
      }
    }
    return out;
  }

  @Test
  void readsWhatPoiWritesAsFastexcelDoes() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet hidden = wb.createSheet("说明");
      hidden.createRow(0).createCell(0).setCellValue("隐藏的说明页");
      wb.setSheetHidden(0, true);
      Sheet s = wb.createSheet("A & B <名单>");
      Row h = s.createRow(2);
      String[] heads = {"企业名称", "统一社会信用代码", "收入", "是否", "公式", "错误", "富文本"};
      for (int i = 0; i < heads.length; i++) {
        h.createCell(i).setCellValue(heads[i]);
      }
      Random random = new Random(7);
      for (int r = 3; r < 400; r++) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue("企业 <" + r + "> & \"引号\" 'x'\t" + (char) ('a' + r % 26));
        row.createCell(1).setCellValue("91500227MA5U0A" + r);
        if (r % 7 != 0) {
          row.createCell(2).setCellValue(random.nextInt(1_000_000) / 100.0);
        }
        row.createCell(3).setCellValue(r % 2 == 0);
        Cell f = row.createCell(4);
        f.setCellFormula("C" + (r + 1) + "*2");
        f.setCellValue(r * 2.5);
        row.createCell(5).setCellErrorValue(FormulaError.DIV0.getCode());
        XSSFRichTextString rich = new XSSFRichTextString("粗体" + r + "普通");
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        rich.applyFont(0, 2, bold);
        row.createCell(6).setCellValue(rich);
        if (r % 50 == 0) {
          row.createCell(30).setCellValue("第 AE 列");
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    List<Seen> ours = ours(file);
    assertThat(ours).hasSizeGreaterThan(2500);
    assertThat(ours).isEqualTo(fastexcel(file));
    assertThat(ours).contains(new Seen(4, 0, "企业 <3> & \"引号\" 'x'\td", false, false));
    assertThat(ours).contains(new Seen(51, 30, "第 AE 列", false, false));
  }

  /** LibreOffice writes SpreadsheetML its own way (styles, dimension, its own shared strings). */
  @Test
  void readsWhatLibreOfficeWritesAsFastexcelDoes() throws Exception {
    Path soffice = Path.of("/usr/bin/soffice");
    if (!Files.isExecutable(soffice)) {
      assertThat(System.getenv("CI"))
          .as("CI installs LibreOffice (see .ci/run)")
          .isNotEqualTo("true");
      Assumptions.abort("LibreOffice is not installed here");
    }
    Path file = dir.resolve("poi.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("规上工业中小企业名单");
      String[] heads = {"企业名称", "统一社会信用代码", "2023年度主营业务收入（万元）", "企业类型", "是否"};
      Row h = s.createRow(0);
      for (int i = 0; i < heads.length; i++) {
        h.createCell(i).setCellValue(heads[i]);
      }
      for (int r = 1; r <= 300; r++) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue("重庆 & <测试> 企业" + r + "有限公司");
        row.createCell(1).setCellValue(LargeRosters.code(r));
        row.createCell(2).setCellValue(1000 + r * 1.25);
        row.createCell(3).setCellValue(r % 3 == 0 ? "专精特新" : "否");
        row.createCell(4).setCellValue(r % 2 == 0);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    Path outDir = dir.resolve("lo");
    Process p =
        new ProcessBuilder(
                soffice.toString(),
                "--headless",
                "--norestore",
                "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                outDir.toString(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    Path saved = outDir.resolve("poi.xlsx");
    assertThat(saved).as(log).exists();
    List<Seen> ours = ours(saved);
    assertThat(ours).hasSize(301 * 5);
    // LibreOffice writes a boolean as the formula TRUE() with t="b": fastexcel-reader gives its
    // cached 1 as a formula's number, this reader the boolean it is, as Excel shows it
    Predicate<Seen> notBoolean = c -> c.row() == 1 || c.column() != 4;
    assertThat(ours.stream().filter(notBoolean).toList())
        .isEqualTo(fastexcel(saved).stream().filter(notBoolean).toList());
    assertThat(ours)
        .filteredOn(c -> c.row() > 1 && c.column() == 4)
        .extracting(Seen::text)
        .hasSize(300)
        .containsOnly("TRUE", "FALSE")
        .startsWith("FALSE", "TRUE");
    assertThat(RosterReaderTest.read(saved).rows()).hasSize(300);
  }

  @Test
  void cornersOfSpreadsheetMl() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    String sheet =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!-- written by hand -->\n"
            + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<x:sheetData>\n"
            + "  <x:row r='1'><x:c r='A1' t='inlineStr'><x:is><x:t>企业名称</x:t></x:is></x:c>"
            // no r on the cell: the next column
            + "<x:c t='inlineStr'><x:is><x:t xml:space='preserve'> 统一&#x793E;会信用代码 </x:t></x:is></x:c></x:row>\n"
            // no r on the row: the next row
            + "  <x:row><x:c r='A2' t='inlineStr'><x:is><x:r><x:t>甲</x:t></x:r><x:r><x:t>&amp;乙</x:t></x:r>"
            + "<x:rPh sb='0' eb='1'><x:t>ジャ</x:t></x:rPh></x:is></x:c>"
            + "<x:c r='B2' t='str'><x:f>A1&amp;\"x\"</x:f><x:v>公式&lt;结果&gt;</x:v></x:c>"
            + "<x:c r='C2'><x:v>1.5E+3</x:v></x:c><x:c r='D2' t='e'><x:v>#N/A</x:v></x:c>"
            + "<x:c r='E2' t='b'><x:v>1</x:v></x:c><x:c r='F2' t='inlineStr'><x:is><x:t><![CDATA[<原样>&]]></x:t></x:is></x:c>"
            + "<x:c r='G2' s='3'/><x:c r='H2' t='inlineStr'><x:is><x:t></x:t></x:is></x:c></x:row>\n"
            + "  <x:row r='9' spans='1:2'><x:c r='AB9' t='n'><x:v>42</x:v></x:c></x:row>"
            + "</x:sheetData><x:mergeCells count='0'/></x:worksheet>";
    LargeRosters.writeXlsx(file, sheet);
    assertThat(ours(file))
        .containsExactly(
            new Seen(1, 0, "企业名称", false, false),
            new Seen(1, 1, " 统一社会信用代码 ", false, false),
            new Seen(2, 0, "甲&乙", false, false),
            new Seen(2, 1, "公式<结果>", false, false),
            new Seen(2, 2, "1.5E+3", true, false),
            new Seen(2, 3, "#N/A", false, true),
            new Seen(2, 4, "TRUE", false, false),
            new Seen(2, 5, "<原样>&", false, false),
            new Seen(9, 27, "42", true, false));
  }

  @Test
  void aDocumentTypeIsRefusedNotExpanded() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    LargeRosters.writeXlsx(
        file,
        "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
            + "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&b;</t></is></c></row>"
            + "</sheetData></worksheet>");
    List<Problem> problems = RosterReaderTest.read(file).problems();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("INPUT-SYNTAX.workbook");
              assertThat(p.args().get(0)).isEqualTo(Messages.label("reason.workbook.dtd"));
            });
  }

  @Test
  void brokenXmlIsAProblemWithItsRow() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    LargeRosters.writeXlsx(
        file,
        "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>企业名称</t></is></c>"
            + "<c t=\"inlineStr\"><is><t>统一社会信用代码</t></is></c></row>"
            + "<row r=\"2\"><c t=\"inlineStr\"><is><t>&nbsp;</t></is></c></row></sheetData></worksheet>");
    assertThat(RosterReaderTest.read(file).problems())
        .filteredOn(p -> p.key().startsWith("INPUT-"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("INPUT-SYNTAX.workbook");
              assertThat(p.args().get(0)).isEqualTo(Messages.label("reason.workbook.xml"));
              // the last row read whole
              assertThat(p.location().shortForm()).isEqualTo("名单!1");
            });
  }

  @Test
  void aSharedStringThatIsNotThereIsAProblem() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    LargeRosters.writeXlsx(
        file, "<worksheet><sheetData><row><c t=\"s\"><v>5</v></c></row></sheetData></worksheet>");
    assertThat(RosterReaderTest.read(file).problems())
        .extracting(Problem::key)
        .containsExactly("INPUT-SYNTAX.workbook");
  }

  /**
   * A 100 MB cell (stored, so the archive is not a bomb) is cut at Excel's limit and reported at
   * its cell; the reader keeps at most the limit of it in memory.
   */
  @Test
  void aHundredMegabyteCellIsCutAndReported() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    byte[] head =
        ("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>企业名称</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>统一社会信用代码</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail =
        "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>91500227MA5U0A1B7A</t></is></c></row></sheetData></worksheet>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) 'x');
    int blocks = 100;
    CRC32 crc = new CRC32();
    crc.update(head);
    for (int i = 0; i < blocks; i++) {
      crc.update(block);
    }
    crc.update(tail);
    LargeRosters.writeXlsx(file, "<worksheet/>");
    Path big = dir.resolve("大单元格.xlsx");
    try (ZipFile src = new ZipFile(file.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
      for (ZipEntry e : Collections.list(src.entries())) {
        if (e.getName().endsWith("sheet1.xml")) {
          ZipEntry stored = new ZipEntry(e.getName());
          stored.setMethod(ZipEntry.STORED);
          long size = head.length + (long) blocks * block.length + tail.length;
          stored.setSize(size);
          stored.setCompressedSize(size);
          stored.setCrc(crc.getValue());
          zip.putNextEntry(stored);
          zip.write(head);
          for (int i = 0; i < blocks; i++) {
            zip.write(block);
          }
          zip.write(tail);
        } else {
          zip.putNextEntry(new ZipEntry(e.getName()));
          src.getInputStream(e).transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    RosterReaderTest.Read r = RosterReaderTest.read(big);
    assertThat(r.problems())
        .filteredOn(p -> p.key().startsWith("INPUT-"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("INPUT-SYNTAX.cell-too-long");
              assertThat(p.location().shortForm()).isEqualTo("名单!A2");
            });
    assertThat(r.rows()).singleElement().satisfies(row -> assertThat(row.name()).hasSize(32_767));
  }

  /** Line ends in cell text read as an XML parser reads them (and as fastexcel does). */
  @Test
  void lineEndsReadAsXmlReadsThem() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    LargeRosters.writeXlsx(
        file,
        "<worksheet><sheetData><row r=\"1\">"
            + "<c r=\"A1\" t=\"inlineStr\"><is><t>甲\r\n乙</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>丙\r丁\r</t></is></c>"
            + "<c r=\"C1\" t=\"inlineStr\"><is><t><![CDATA[戊\r\n己]]></t></is></c>"
            + "<c r=\"D1\" t=\"inlineStr\"><is><t>庚&#13;\n辛</t></is></c>"
            + "</row></sheetData></worksheet>");
    assertThat(ours(file).stream().map(Seen::text).toList())
        .containsExactly("甲\n乙", "丙\n丁\n", "戊\n己", "庚\r\n辛");
    assertThat(ours(file)).isEqualTo(fastexcel(file));
  }

  /** Excel's _xHHHH_ escapes, decoded as POI decodes them (its own pattern, on random strings). */
  @Test
  void excelEscapesAreDecodedAsPoiDecodesThem() {
    Pattern escape = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    Random random = new Random(3);
    String alphabet = "_x0D5Faf9Gg甲";
    for (int k = 0; k < 20000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(16); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      Matcher m = escape.matcher(text);
      StringBuilder expected = new StringBuilder();
      int from = 0;
      while (m.find()) {
        expected.append(text, from, m.start()).append((char) Integer.parseInt(m.group(1), 16));
        from = m.end();
      }
      expected.append(text.substring(from));
      assertThat(SheetCells.unescape(text)).as(text).isEqualTo(expected.toString());
    }
    assertThat(SheetCells.unescape("甲_x000D_乙_x005F_x0041_")).isEqualTo("甲\r乙_x0041_");
  }

  /** Text with a carriage return, a tab or an escape-like "_x0041_" reads as POI reads it. */
  @Test
  void textWithCharactersXmlCannotHoldReadsAsPoiReadsIt() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    List<String> texts = List.of("甲\r乙", "代码_x0041_", "a_b_x", "制表\t符", "普通");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("名单");
      for (int i = 0; i < texts.size(); i++) {
        sheet.createRow(i).createCell(0).setCellValue(texts.get(i));
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    List<String> poi = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      wb.getSheetAt(0).forEach(r -> poi.add(r.getCell(0).getStringCellValue()));
    }
    // POI writes a literal "_x0041_" unescaped and so reads it back as "A"; Excel would escape it
    assertThat(poi).containsExactly("甲\r乙", "代码A", "a_b_x", "制表\t符", "普通");
    assertThat(ours(file).stream().map(Seen::text).toList()).isEqualTo(poi);
    Path inline = dir.resolve("行内.xlsx");
    LargeRosters.writeXlsx(
        inline,
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>甲_x000D_乙</t></is>"
            + "</c><c r=\"B1\" t=\"str\"><f>A1</f><v>_x005F_x0041_</v></c></row></sheetData></worksheet>");
    assertThat(ours(inline).stream().map(Seen::text).toList()).containsExactly("甲\r乙", "_x0041_");
  }

  /**
   * Cells in every form, unprefixed, of many lengths: the one-step path for plain cells must hand
   * every other form to the event-by-event path, and what is read must be what was written (and
   * what fastexcel reads) — through the whole reader, and through the scanner fed a few bytes at a
   * time, so that the end of the read buffer falls at every offset of a cell.
   */
  @Test
  void plainAndOtherCellsAgreeWhereverTheBufferEnds() throws Exception {
    List<Seen> expected = new ArrayList<>();
    String xml = mixedCells(new Random(11), 5000, expected);
    Path file = dir.resolve("名单.xlsx");
    LargeRosters.writeXlsx(file, xml);
    assertThat(xml.length()).isGreaterThan(1 << 20); // many buffers' worth
    List<Seen> read = ours(file);
    List<Seen> reference = fastexcel(file);
    for (int i = 0; i < Math.min(read.size(), expected.size()); i++) {
      assertThat(read.get(i)).as("cell %d", i).isEqualTo(expected.get(i));
      assertThat(reference.get(i)).as("fastexcel, cell %d", i).isEqualTo(expected.get(i));
    }
    assertThat(read).hasSameSizeAs(expected).hasSameSizeAs(reference);

    expected.clear();
    Random chunks = new Random(5);
    byte[] small = mixedCells(new Random(12), 300, expected).getBytes(StandardCharsets.UTF_8);
    InputStream trickle =
        new ByteArrayInputStream(small) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1 + chunks.nextInt(23)));
          }
        };
    List<Seen> scanned = new ArrayList<>();
    XlsxRows.rows(
        new XmlBytes(trickle),
        new SheetCells.Sink() {
          private final List<Seen> row = new ArrayList<>();

          @Override
          public void cell(int column, int type, byte[] value, int offset, int length, boolean cut)
              throws IOException {
            String text = SheetCells.decode(type, value, offset, length, new SharedStrings());
            row.add(new Seen(0, column, text, type == SheetCells.NUMBER, false));
          }

          @Override
          public boolean endRow(int r) {
            for (Seen s : row) {
              scanned.add(new Seen(r, s.column(), s.text(), s.number(), false));
            }
            row.clear();
            return true;
          }
        });
    assertThat(scanned).isEqualTo(expected);
  }

  /** A sheet of {@code rows} rows of cells in every form; what each holds goes to {@code seen}. */
  private static String mixedCells(Random random, int rows, List<Seen> seen) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
    for (int row = 1; row <= rows; row++) {
      xml.append("<row r=\"").append(row).append("\">");
      for (int col = 0; col < 6; col++) {
        String ref = (char) ('A' + col) + String.valueOf(row);
        String text = randomText(random, random.nextInt(8) == 0 ? 3000 : 40);
        String open = "<c r=\"" + ref + "\" t=\"inlineStr\">";
        switch (random.nextInt(9)) {
          case 0 -> {
            xml.append("<c r=\"")
                .append(ref)
                .append("\"><v>")
                .append(row * 7 + col)
                .append("</v></c>");
            seen.add(new Seen(row, col, String.valueOf(row * 7 + col), true, false));
          }
          case 1 -> {
            xml.append(open).append("<is><t>").append(text).append("&amp;").append(text);
            xml.append("</t></is></c>");
            seen.add(new Seen(row, col, text + "&" + text, false, false));
          }
          case 2 -> {
            xml.append(open).append("<is><t xml:space=\"preserve\"> ").append(text);
            xml.append(" </t></is></c>");
            seen.add(new Seen(row, col, " " + text + " ", false, false));
          }
          case 3 -> {
            xml.append(open).append("\n  <is><t>").append(text).append("</t></is>\n</c>");
            seen.add(new Seen(row, col, text, false, false));
          }
          case 4 -> {
            xml.append(open).append("<is><t><![CDATA[<").append(text).append(">&]]></t></is></c>");
            seen.add(new Seen(row, col, "<" + text + ">&", false, false));
          }
          case 5 -> {
            xml.append(open).append("<is><r><t>").append(text).append("</t></r><r><t>乙</t></r>");
            xml.append("</is></c>");
            seen.add(new Seen(row, col, text + "乙", false, false));
          }
          case 6 -> {
            xml.append("<c r=\"").append(ref).append("\" t=\"str\"><f>A1</f><v>公式");
            xml.append(text).append("</v></c>");
            seen.add(new Seen(row, col, "公式" + text, false, false));
          }
          case 7 -> xml.append(open).append("<is><t></t></is></c>");
          default -> {
            xml.append(open).append("<is><t>").append(text).append("</t></is></c>");
            seen.add(new Seen(row, col, text, false, false));
          }
        }
      }
      xml.append("</row>");
    }
    return xml.append("</sheetData></worksheet>").toString();
  }

  private static String randomText(Random random, int maxLength) {
    String alphabet = "重庆市璧山区测试企业有限公司ABCxyz0123 -";
    StringBuilder b = new StringBuilder();
    for (int n = 1 + random.nextInt(maxLength); n > 0; n--) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString().strip().isEmpty() ? "空" : b.toString();
  }
}
