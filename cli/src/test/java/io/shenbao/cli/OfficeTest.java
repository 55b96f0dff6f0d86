package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every workbook the tool writes opens in LibreOffice (the office suite CI installs): the
 * templates, a converted plan, annotated copies and their error rows, and the package's workbooks.
 * And the package is dated as the check is, unless --date or SOURCE_DATE_EPOCH say otherwise.
 */
class OfficeTest {
  static final String WS = "../examples/bishan";
  static final String AS_OF = "2024-05-10";

  @TempDir Path dir;

  private static String bagInfo(Path bag) throws Exception {
    return Files.readString(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void aPackageIsDatedAsTheCheckUnlessDateOrSourceDateEpochSayOtherwise() throws Exception {
    Path asOf = dir.resolve("as-of");
    Cli a = Cli.run("bundle", WS, "--as-of", AS_OF, "--out", asOf.toString());
    assertThat(a.code()).as(a.out() + a.err()).isZero();
    assertThat(bagInfo(asOf)).contains("Bagging-Date: 2024-05-10");
    Path epoch = dir.resolve("epoch");
    Cli e =
        Cli.runIn(
            Map.of("SOURCE_DATE_EPOCH", "1715184000"), // 2024-05-09 00:00 Beijing
            "bundle",
            WS,
            "--as-of",
            AS_OF,
            "--out",
            epoch.toString());
    assertThat(e.code()).as(e.out() + e.err()).isZero();
    assertThat(bagInfo(epoch)).contains("Bagging-Date: 2024-05-09");
    Path date = dir.resolve("date");
    Cli d =
        Cli.runIn(
            Map.of("SOURCE_DATE_EPOCH", "1715184000"),
            "bundle",
            WS,
            "--as-of",
            AS_OF,
            "--date",
            "2024-05-16",
            "--out",
            date.toString());
    assertThat(d.code()).as(d.out() + d.err()).isZero();
    assertThat(bagInfo(date)).contains("Bagging-Date: 2024-05-16");
    Path late = dir.resolve("late");
    Cli l =
        Cli.run("bundle", WS, "--as-of", AS_OF, "--date", "2024-05-17", "--out", late.toString());
    assertThat(l.code()).isEqualTo(ExitCode.USAGE);
    assertThat(l.err()).contains("2024-05-17", "2024-05-16 18:00", "逾期");
    assertThat(late).doesNotExist();
  }

  static final String GOOD_CODE = "91500227MA5U0A1B7A";
  static final String BAD_CODE = "91500227MA5U0A1B71";

  /** A CSV roster as an .xls workbook, cell for cell, as Excel 97-2003 would save it. */
  private static void asXls(Path csvFile, Path xlsFile) throws Exception {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Sheet s = wb.createSheet("名单");
      int r = 0;
      for (String line : Files.readAllLines(csvFile, StandardCharsets.UTF_8)) {
        Row row = s.createRow(r++);
        String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c].replace("\"", ""));
        }
      }
      try (OutputStream out = Files.newOutputStream(xlsFile)) {
        wb.write(out);
      }
    }
  }

  @Test
  void libreOfficeOpensEveryWorkbookTheToolWrites() throws Exception {
    Office.required();
    List<Path> books = new ArrayList<>();
    Path ws = dir.resolve("new");
    assertThat(
            Cli.run("--quiet", "init", ws.toString(), "--excel", "--industry", "汽车制造业—汽车零部件及配件制造")
                .code())
        .isZero();
    books.add(ws.resolve("plan.xlsx"));
    books.add(ws.resolve("规上工业中小企业名单.xlsx"));
    Path converted = dir.resolve("converted/plan.xlsx");
    Files.createDirectories(converted.getParent());
    assertThat(Cli.run("--quiet", "convert", WS + "/plan.yaml", converted.toString()).code())
        .isZero();
    books.add(converted);
    Path codes = dir.resolve("codes");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/mistakes/bad-credit-codes"), codes);
    Path ratio = dir.resolve("ratio");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/mistakes/level2-ratio"), ratio);
    assertThat(
            Cli.run(
                    "--quiet",
                    "convert",
                    ratio.resolve("plan.yaml").toString(),
                    ratio.resolve("plan.xlsx").toString())
                .code())
        .isZero();
    Files.delete(ratio.resolve("plan.yaml"));
    // a CSV roster (its copy is an .xlsx) and an .xls roster (its copy stays .xls), each with a bad
    // credit code
    Path csv = dir.resolve("csv");
    TamperAndRefuseTestAccess.copyTree(Path.of("../rules/src/test/resources/base"), csv);
    Path roster = csv.resolve("名单.csv");
    Files.writeString(
        roster,
        Files.readString(roster, StandardCharsets.UTF_8).replace(GOOD_CODE, BAD_CODE),
        StandardCharsets.UTF_8);
    Path xls = dir.resolve("xls");
    TamperAndRefuseTestAccess.copyTree(csv, xls);
    asXls(xls.resolve("名单.csv"), xls.resolve("名单.xls"));
    Files.delete(xls.resolve("名单.csv"));
    Path xlsPlan = xls.resolve("plan.yaml");
    Files.writeString(
        xlsPlan,
        Files.readString(xlsPlan, StandardCharsets.UTF_8)
            .replace("roster: 名单.csv", "roster: 名单.xls"),
        StandardCharsets.UTF_8);
    Path marked = dir.resolve("标注");
    Cli annotate =
        Cli.run(
            "validate",
            codes.toString(),
            ratio.toString(),
            csv.toString(),
            xls.toString(),
            "--as-of",
            AS_OF,
            "--annotate",
            marked.toString(),
            "--errors-only");
    assertThat(annotate.code()).isEqualTo(1);
    try (Stream<Path> s = Files.walk(marked)) {
      s.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls"))
          .forEach(books::add);
    }
    Path bag = dir.resolve("bag");
    Cli bundle = Cli.run("--quiet", "bundle", WS, "--as-of", AS_OF, "--out", bag.toString());
    assertThat(bundle.code()).as(bundle.out() + bundle.err()).isZero();
    books.add(bag.resolve("data/实施方案主要数据表.xlsx"));
    books.add(bag.resolve("data/规上工业中小企业名单.xlsx"));
    assertThat(books)
        .hasSizeGreaterThanOrEqualTo(13)
        .allSatisfy(p -> assertThat(p).isRegularFile())
        .anyMatch(p -> p.toString().endsWith("名单.xls"))
        .anyMatch(p -> p.toString().endsWith("名单-错误行.xlsx"));

    // copied under names of their own (several share one), converted to PDF in one LibreOffice run
    Office.opens(books, dir);
  }
}
