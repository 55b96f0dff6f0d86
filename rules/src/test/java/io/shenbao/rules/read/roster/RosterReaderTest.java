package io.shenbao.rules.read.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.model.Tier;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads real workbooks and CSV files written here, as a person would have typed them. */
class RosterReaderTest {
  static final String CODE_A = "91500227MA5U0A1B7A";
  static final String CODE_B = "91500227MA5U0A2C1E";

  @TempDir Path dir;

  record Read(RosterReader.Result result, List<RosterRow> rows, List<Problem> problems) {}

  static Read read(Path file) {
    List<RosterRow> rows = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    RosterReader.Result r =
        RosterReader.read(file, file.getFileName().toString(), false, rows::add, problems::add);
    return new Read(r, rows, problems);
  }

  @Test
  void xlsxIsReadAsAPersonMeansIt() throws Exception {
    Path file = dir.resolve("名单.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet hidden = wb.createSheet("说明");
      hidden.createRow(0).createCell(0).setCellValue("填表说明");
      wb.setSheetHidden(0, true);
      Sheet s = wb.createSheet("Sheet1");
      s.createRow(0).createCell(0).setCellValue("璧山区规上工业中小企业名单");
      s.createRow(1).createCell(0).setCellValue("填报单位：璧山区经信委");
      Row h = s.createRow(2);
      String[] head = {"序号", "信用代码", "单位名称", "2023年度营业收入（亿元）", "是否为专精特新\"小巨人\"企业", "从业人数", "所在区县"};
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      Row a = s.createRow(3);
      a.createCell(0).setCellValue(1);
      a.createCell(1).setCellValue("  " + CODE_A + " ");
      a.createCell(2).setCellValue("重庆甲有限公司  ");
      a.createCell(3).setCellValue("１.２５");
      a.createCell(4).setCellValue("是");
      a.createCell(5).setCellValue("1,200");
      a.createCell(6).setCellValue("璧山区");
      Row b = s.createRow(4);
      b.createCell(1).setCellValue(Double.parseDouble("915002272034567882"));
      b.createCell(2).setCellValue("重庆乙有限公司");
      b.createCell(3).setCellFormula("0.2*3");
      b.createCell(4).setCellValue("否");
      s.createRow(6).createCell(2).setCellValue("   ");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    Read r = read(file);
    assertThat(r.problems()).isEmpty();
    assertThat(r.result().sheet().sheet()).isEqualTo("Sheet1");
    assertThat(r.result().sheet().headerRow()).isEqualTo(3);
    assertThat(r.result().sheet().revenueUnit()).isEqualTo("亿元");
    assertThat(r.rows()).hasSize(2);
    RosterRow first = r.rows().get(0);
    assertThat(first.row()).isEqualTo(4);
    assertThat(first.code()).isEqualTo(CODE_A);
    assertThat(first.codeNumeric()).isFalse();
    assertThat(first.name()).isEqualTo("重庆甲有限公司");
    assertThat(first.revenue()).isEqualByComparingTo(new BigDecimal("12500"));
    assertThat(first.staff()).isEqualByComparingTo(new BigDecimal("1200"));
    assertThat(first.tier()).isEqualTo(Tier.LITTLE_GIANT);
    assertThat(first.at(RosterField.CODE).cell()).isEqualTo("B4");
    RosterRow second = r.rows().get(1);
    assertThat(second.codeNumeric()).isTrue();
    assertThat(second.revenue()).isEqualByComparingTo(new BigDecimal("6000"));
    assertThat(second.tier()).isEqualTo(Tier.NONE);
  }

  @Test
  void aSheetNamedAsTheRosterIsPreferred() throws Exception {
    Path file = dir.resolve("book.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("封面").createRow(0).createCell(0).setCellValue("封面");
      Sheet s = wb.createSheet("规上企业名单");
      header(s.createRow(0), "企业名称", "统一社会信用代码", "主营业务收入（万元）");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("重庆甲有限公司");
      r.createCell(1).setCellValue(CODE_A);
      r.createCell(2).setCellValue("3000");
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    Read r = read(file);
    assertThat(r.result().sheet().sheet()).isEqualTo("规上企业名单");
    assertThat(r.rows()).extracting(RosterRow::revenue).containsExactly(new BigDecimal("3000"));
  }

  @Test
  void xlsIsReadToo() throws Exception {
    Path file = dir.resolve("名单.xls");
    try (Workbook wb = new HSSFWorkbook()) {
      Sheet s = wb.createSheet("名单");
      header(s.createRow(0), "企业名称", "统一社会信用代码", "2023年度主营业务收入（元）", "企业类型");
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("重庆甲有限公司");
      r.createCell(1).setCellValue(CODE_B);
      r.createCell(2).setCellValue(35_000_000);
      r.createCell(3).setCellValue("省级专精特新中小企业");
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    Read r = read(file);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).hasSize(1);
    assertThat(r.rows().get(0).revenue()).isEqualByComparingTo(new BigDecimal("3500"));
    assertThat(r.rows().get(0).tier()).isEqualTo(Tier.SPECIALIZED);
    assertThat(r.rows().get(0).at(RosterField.CODE).shortForm()).isEqualTo("名单!B2");
  }

  @Test
  void csvInGbkIsDetected() throws Exception {
    Path file = dir.resolve("名单.csv");
    String text = "企业名称,统一社会信用代码,主营业务收入\n重庆甲有限公司," + CODE_A + ",3000\n";
    Files.write(file, text.getBytes(Charset.forName("GBK")));
    Read r = read(file);
    assertThat(r.rows()).extracting(RosterRow::name).containsExactly("重庆甲有限公司");
  }

  @Test
  void aFigureTypedWithItsUnitIsTheNumberItSays() throws Exception {
    Path file = dir.resolve("名单.csv");
    String text =
        "企业名称,统一社会信用代码,2023年度主营业务收入（元）,从业人员,企业类型\r\n"
            + "重庆甲有限公司,"
            + CODE_A
            + ",3.1亿元,526人,否\r\n"
            + "重庆乙有限公司,"
            + CODE_B
            + ",8200万,1200,否\r\n"
            + "重庆丙有限公司,"
            + CODE_A
            + ",约3亿元,五百人,否\r\n"
            + "重庆丁有限公司,"
            + CODE_B
            + ",35000000,12家,否\r\n";
    Files.write(file, text.getBytes(Charset.forName("GBK")));
    Read r = read(file);
    assertThat(r.problems()).isEmpty();
    // in 万元, whatever unit the header names: a unit typed in the cell says what the number is
    assertThat(r.rows())
        .extracting(RosterRow::revenue)
        .usingElementComparator(RosterReaderTest::compareNumbers)
        .containsExactly(
            new BigDecimal("31000"), new BigDecimal("8200"), null, new BigDecimal("3500"));
    assertThat(r.rows())
        .extracting(RosterRow::staff)
        .usingElementComparator(RosterReaderTest::compareNumbers)
        .containsExactly(new BigDecimal("526"), new BigDecimal("1200"), null, null);
    assertThat(r.rows().get(2).revenueText()).isEqualTo("约3亿元");
  }

  private static int compareNumbers(BigDecimal a, BigDecimal b) {
    return a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b);
  }

  @Test
  void csvWithBomTabsQuotesAndNewlinesInCells() throws Exception {
    Path file = dir.resolve("名单.csv");
    String text =
        "\uFEFF企业名称\t统一社会信用代码\t主营业务收入\t企业类型\r\n"
            + "\"重庆\"\"甲\"\"\n有限公司\"\t"
            + CODE_A
            + "\t\"3,000\"\t否\r\n"
            + "重庆乙有限公司\t"
            + CODE_B
            + "\t4000\t否\r\n";
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    Read r = read(file);
    assertThat(r.problems()).isEmpty();
    assertThat(r.rows()).extracting(RosterRow::name).containsExactly("重庆\"甲\"\n有限公司", "重庆乙有限公司");
    assertThat(r.rows()).extracting(RosterRow::row).containsExactly(2, 3);
    assertThat(r.rows().get(0).revenue()).isEqualByComparingTo("3000");
  }

  @Test
  void anUnclosedQuoteIsReported() throws Exception {
    Path file = dir.resolve("名单.csv");
    Files.writeString(file, "企业名称,统一社会信用代码,主营业务收入\n\"重庆甲," + CODE_A + ",3000\n");
    Read r = read(file);
    assertThat(r.problems()).extracting(Problem::key).contains("INPUT-SYNTAX.csv-quote");
  }

  @Test
  void aMissingHeaderListsWhatWasSeen() throws Exception {
    Path file = dir.resolve("名单.csv");
    Files.writeString(file, "名称甲,代码乙,收入丙\n1,2,3\n");
    Read r = read(file);
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.key()).isEqualTo("ROSTER-HEADER.not-found");
              assertThat(p.args().get(0)).contains("名称甲", "代码乙", "收入丙");
            });
  }

  static void header(Row row, String... names) {
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }

  @Test
  void aCodeShownInScientificNotationIsRecognisedAsTheRegexDescribesIt() {
    Pattern shape = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+");
    List<String> samples =
        new ArrayList<>(
            List.of(
                "9.15E+17",
                "9E17",
                "9.E+17",
                "9.1E",
                "9.1E+",
                "E+17",
                "91500227MA5U0A2C1E",
                "9.15E+17X",
                "1.5e+3",
                "９.15E+17",
                "9..1E+1",
                "91E+2",
                "9.1E++1",
                "9.1E-3"));
    Random random = new Random(7);
    String alphabet = "0123456789.E+e-A";
    for (int k = 0; k < 20000; k++) {
      StringBuilder b = new StringBuilder();
      for (int n = 1 + random.nextInt(8); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      samples.add(b.toString());
    }
    int matches = 0;
    for (String sample : samples) {
      boolean expected = shape.matcher(sample).matches();
      assertThat(RosterAssembler.isScientific(sample)).as(sample).isEqualTo(expected);
      matches += expected ? 1 : 0;
    }
    assertThat(matches).isGreaterThan(50);
  }
}
