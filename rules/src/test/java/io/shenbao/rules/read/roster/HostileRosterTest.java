package io.shenbao.rules.read.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.finding.Problem;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are broken or built to hurt: each becomes a problem, never an exception. */
class HostileRosterTest {
  @TempDir Path dir;

  @Test
  void encryptedWorkbook() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (XSSFWorkbook wb = new XSSFWorkbook();
          OutputStream os = enc.getDataStream(fs)) {
        wb.createSheet("名单").createRow(0).createCell(0).setCellValue("企业名称");
        wb.write(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    assertThat(keys(file)).containsExactly("INPUT-UNREADABLE.encrypted");
  }

  @Test
  void textRenamedToXlsx() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    Files.writeString(file, "企业名称,统一社会信用代码\n");
    assertThat(problems(file))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("INPUT-UNREADABLE.mismatch");
              assertThat(p.args()).containsExactly("xlsx", FileKind.label(FileKind.TEXT));
            });
  }

  @Test
  void xlsxRenamedToXls() throws Exception {
    Path file = dir.resolve("名单.xls");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("名单");
      wb.write(out);
    }
    assertThat(problems(file))
        .singleElement()
        .satisfies(p -> assertThat(p.args()).containsExactly("xls", FileKind.label(FileKind.ZIP)));
  }

  @Test
  void truncatedWorkbook() throws Exception {
    Path good = dir.resolve("good.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(good)) {
      wb.createSheet("名单").createRow(0).createCell(0).setCellValue("企业名称");
      wb.write(out);
    }
    byte[] bytes = Files.readAllBytes(good);
    Path file = dir.resolve("名单.xlsx");
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(keys(file)).singleElement().asString().startsWith("INPUT-");
  }

  @Test
  void emptyFile() throws Exception {
    Path file = dir.resolve("名单.csv");
    Files.write(file, new byte[0]);
    assertThat(keys(file)).containsExactly("INPUT-UNREADABLE.empty");
  }

  @Test
  void zipBombIsRefusedBeforeReading() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) ' ');
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      for (int i = 0; i < 64; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    assertThat(Files.size(file)).isLessThan(1 << 20);
    assertThat(keys(file)).containsExactly("INPUT-UNREADABLE.bomb");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-VALUE");
    Path file = dir.resolve("名单.xlsx");
    String sheet =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \""
            + secret.toUri()
            + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>企业名称</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>统一社会信用代码</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&e;</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
            + "</sheetData></worksheet>";
    LargeRosters.writeXlsx(file, sheet);
    RosterReaderTest.Read r = RosterReaderTest.read(file);
    assertThat(r.rows())
        .noneSatisfy(row -> assertThat(String.valueOf(row.name())).contains("TOP-SECRET"));
    assertThat(r.problems())
        .noneSatisfy(p -> assertThat(p.args().toString()).contains("TOP-SECRET"));
  }

  private static String sheetWithRow(String rowNumber) {
    return "<?xml version=\"1.0\"?><worksheet"
        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>企业名称</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>统一社会信用代码</t></is></c>"
        + "<c r=\"C1\" t=\"inlineStr\"><is><t>2023年度主营业务收入（万元）</t></is></c>"
        + "<c r=\"D1\" t=\"inlineStr\"><is><t>企业类型</t></is></c></row>"
        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>甲公司</t></is></c>"
        + "<c r=\"B2\" t=\"inlineStr\"><is><t>91500227MA5U0A1B7A</t></is></c>"
        + "<c r=\"C2\"><v>3500</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>否</t></is></c></row>"
        + "<row r=\""
        + rowNumber
        + "\"><c t=\"inlineStr\"><is><t>乙公司</t></is></c></row>"
        + "</sheetData></worksheet>";
  }

  @Test
  void aRowNumberExcelDoesNotHaveIsASyntaxFindingAtTheRowNotRenumbered() throws Exception {
    for (String bad : new String[] {"1048577", "2000000", "abc", "0", "12345678901"}) {
      Path file = dir.resolve("名单-" + bad + ".xlsx");
      LargeRosters.writeXlsx(file, sheetWithRow(bad));
      assertThat(problems(file))
          .as(bad)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.key()).isEqualTo("INPUT-SYNTAX.row-number");
                assertThat(p.args()).containsExactly(bad, "1048576");
                assertThat(p.location().row()).isEqualTo(3);
              });
    }
    Path fine = dir.resolve("名单-fine.xlsx");
    LargeRosters.writeXlsx(fine, sheetWithRow("1048576"));
    assertThat(keys(fine)).doesNotContain("INPUT-SYNTAX.row-number");
  }

  @Test
  void aCsvThatIsNeitherUtf8NorGbkIsSaidSoAtItsFirstBadLine() throws Exception {
    Path file = dir.resolve("名单.csv");
    byte[] head =
        "企业名称,统一社会信用代码,2023年度主营业务收入（万元）,企业类型\n甲公司,91500227MA5U0A1B7A,3500,否\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'x', ',', (byte) 0xFF, (byte) 0xFE, ',', '1', ',', '0', '\n'};
    byte[] tail = "丙公司,915002272034567882,2800,否\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(head);
    all.write(bad);
    all.write(tail);
    Files.write(file, all.toByteArray());
    RosterReaderTest.Read r = RosterReaderTest.read(file);
    assertThat(r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.key()).isEqualTo("INPUT-SYNTAX.csv-encoding");
              assertThat(p.location().row()).isEqualTo(3);
            });
    assertThat(r.problems()).noneSatisfy(p -> assertThat(p.key()).startsWith("ROSTER-HEADER"));
    assertThat(r.rows()).anySatisfy(row -> assertThat(row.name()).isEqualTo("丙公司"));
  }

  @Test
  void aGbkCsvIsStillReadAsGbkAndALateBadByteIsFound() throws Exception {
    Path gbk = dir.resolve("名单.csv");
    StringBuilder sb = new StringBuilder("企业名称,统一社会信用代码,2023年度主营业务收入（万元）,企业类型\n");
    for (int i = 0; i < 4000; i++) {
      sb.append("重庆甲精密有限公司,91500227MA5U0A1B7A,3500,否\n");
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(sb.toString().getBytes(Charset.forName("GBK")));
    all.write(new byte[] {(byte) 0x80, ',', '1', '\n'});
    Files.write(gbk, all.toByteArray());
    RosterReaderTest.Read r = RosterReaderTest.read(gbk);
    assertThat(r.rows()).first().satisfies(row -> assertThat(row.name()).isEqualTo("重庆甲精密有限公司"));
    assertThat(r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.key()).isEqualTo("INPUT-SYNTAX.csv-encoding");
              assertThat(p.location().row()).isEqualTo(4002);
            });
  }

  static List<Problem> problems(Path file) {
    return RosterReaderTest.read(file).problems();
  }

  static List<String> keys(Path file) {
    return problems(file).stream().map(Problem::key).toList();
  }
}
