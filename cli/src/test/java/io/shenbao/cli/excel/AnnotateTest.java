package io.shenbao.cli.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --annotate DIR shows this run only, CSV rosters included, and says what it wrote. */
class AnnotateTest {
  static final String AS_OF = "2024-05-10";
  static final String GOOD = "91500227MA5U0A1B7A";
  static final String BAD = "91500227MA5U0A1B71";

  @TempDir Path dir;

  private Path csvWorkspace() throws Exception {
    Path ws = dir.resolve("csv");
    TamperAndRefuseTestAccess.copyTree(Path.of("../rules/src/test/resources/base"), ws);
    return ws;
  }

  private static void replace(Path file, String from, String to) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private static List<String> files(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aCsvRosterGetsAnAnnotatedWorkbookAndItsErrorRows() throws Exception {
    Path ws = csvWorkspace();
    replace(ws.resolve("名单.csv"), GOOD, BAD);
    Path copies = dir.resolve("标注");
    CliRun r = CliRun.run("validate", ws, "--as-of", AS_OF, "--annotate", copies, "--errors-only");
    assertThat(r.code()).isEqualTo(1);
    Path folder = copies.resolve(Annotator.safe(ws.toString()));
    assertThat(files(folder)).containsExactly("名单-错误行.xlsx", "名单.xlsx");
    assertThat(r.err())
        .contains("已写出标注副本：")
        .contains("名单.xlsx")
        .contains("名单-错误行.xlsx")
        .contains("标注副本：写出 2 个，删除过时的 0 个");
    try (InputStream in = Files.newInputStream(folder.resolve("名单.xlsx"));
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet summary = wb.getSheet("检查结果");
      assertThat(summary.getRow(1).getCell(2).getStringCellValue()).isEqualTo("ROSTER-CREDIT-CODE");
      assertThat(summary.getRow(1).getCell(3).getStringCellValue()).isEqualTo("B3");
      assertThat(summary.getRow(1).getCell(3).getHyperlink().getAddress())
          .isEqualTo("'" + Annotator.CSV_SHEET + "'!B3");
      Sheet roster = wb.getSheet(Annotator.CSV_SHEET);
      assertThat(roster.getRow(2).getCell(1).getStringCellValue()).isEqualTo(BAD);
      assertThat(roster.getRow(2).getCell(1).getCellComment().getString().getString())
          .contains("ROSTER-CREDIT-CODE");
      // a message longer than its column wraps, and its row is tall enough to show every line
      String message = summary.getRow(1).getCell(4).getStringCellValue();
      assertThat(Annotator.width(message)).isGreaterThan(80);
      assertThat(summary.getRow(1).getHeightInPoints())
          .isGreaterThanOrEqualTo(2 * Annotator.LINE_POINTS);
      assertThat(roster.getRow(2).getHeightInPoints())
          .as("the bad row, its 错误信息 wrapped")
          .isGreaterThanOrEqualTo(2 * Annotator.LINE_POINTS);
    }
    try (InputStream in = Files.newInputStream(folder.resolve("名单-错误行.xlsx"));
        Workbook wb = WorkbookFactory.create(in)) {
      assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1); // the header and the bad row
    }
    assertThat(ws.resolve("名单.csv")).content(StandardCharsets.UTF_8).contains(BAD);
  }

  @Test
  void aRunReplacesTheCopiesOfTheWorkspacesItChecks() throws Exception {
    Path ws = csvWorkspace();
    replace(ws.resolve("名单.csv"), GOOD, BAD);
    Path copies = dir.resolve("标注");
    String[] check = {"validate", ws.toString(), "--as-of", AS_OF, "--annotate", copies.toString()};
    assertThat(CliRun.of(check).code()).isEqualTo(1);
    Path folder = copies.resolve(Annotator.safe(ws.toString()));
    assertThat(files(folder)).containsExactly("名单.xlsx");
    Path mine = Files.writeString(folder.resolve("我的笔记.xlsx"), "not a copy of the tool's");

    replace(ws.resolve("名单.csv"), BAD, GOOD);
    CliRun clean = CliRun.of(check);
    assertThat(clean.code()).isZero();
    assertThat(clean.out()).contains("未发现问题");
    assertThat(files(folder)).containsExactly("我的笔记.xlsx");
    assertThat(mine).exists();
    assertThat(clean.err()).contains("已删除过时的标注副本：").contains("标注副本：没有工作簿需要标注（写出 0 个，删除过时的 1 个）");
  }

  @Test
  void aFileOfTheUsersOwnWhereACopyWouldGoIsLeftAloneAndSaidSo() throws Exception {
    Path ws = csvWorkspace();
    replace(ws.resolve("名单.csv"), GOOD, BAD);
    Path copies = dir.resolve("标注");
    Path folder = Files.createDirectories(copies.resolve(Annotator.safe(ws.toString())));
    Path mine = Files.writeString(folder.resolve("名单.xlsx"), "my own notes, not the tool's");
    CliRun r = CliRun.run("validate", ws, "--as-of", AS_OF, "--annotate", copies);
    assertThat(r.code()).isEqualTo(1);
    assertThat(mine).content(StandardCharsets.UTF_8).isEqualTo("my own notes, not the tool's");
    assertThat(r.err())
        .contains("未写出 " + ws + "/名单.csv 的标注副本：")
        .contains("名单.xlsx 已存在，且不是本工具写的副本，未改动它")
        .contains("标注副本：没有工作簿需要标注（写出 0 个，删除过时的 0 个）");
    assertThat(files(folder)).containsExactly("名单.xlsx");
  }

  @Test
  void inEnglishTheCopysSheetAndColumnAreEnglish() throws Exception {
    Path ws = csvWorkspace();
    replace(ws.resolve("名单.csv"), GOOD, BAD);
    Path copies = dir.resolve("marked");
    CliRun r =
        CliRun.run(
            "--lang",
            "en",
            "validate",
            ws,
            "--as-of",
            AS_OF,
            "--annotate",
            copies,
            "--errors-only");
    assertThat(r.code()).isEqualTo(1);
    Path folder = copies.resolve(Annotator.safe(ws.toString()));
    assertThat(files(folder)).containsExactly("名单-error-rows.xlsx", "名单.xlsx");
    assertThat(r.err()).contains("Annotated copies: 2 written, 0 out-of-date removed");
    try (InputStream in = Files.newInputStream(folder.resolve("名单.xlsx"));
        Workbook wb = WorkbookFactory.create(in)) {
      assertThat(wb.getSheetName(0)).isEqualTo("Findings");
      assertThat(wb.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("message");
      Sheet roster = wb.getSheet(Annotator.CSV_SHEET);
      int last = roster.getRow(1).getLastCellNum() - 1;
      assertThat(roster.getRow(1).getCell(last).getStringCellValue()).isEqualTo("Problems");
      assertThat(roster.getRow(2).getCell(last).getStringCellValue())
          .startsWith("[ROSTER-CREDIT-CODE] error: ");
    }
    try (InputStream in = Files.newInputStream(folder.resolve("名单-error-rows.xlsx"));
        Workbook wb = WorkbookFactory.create(in)) {
      assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Row");
    }
  }

  @Test
  void annotatedCopiesOfAPlanWorkbookAreNotWorkspacesOfTheirOwn() throws Exception {
    Path repo = dir.resolve("repo");
    Path ws = repo.resolve("ratio");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/mistakes/level2-ratio"), ws);
    assertThat(
            CliRun.of(
                    "--quiet",
                    "convert",
                    ws.resolve("plan.yaml").toString(),
                    ws.resolve("plan.xlsx").toString())
                .code())
        .isZero();
    Files.delete(ws.resolve("plan.yaml"));
    Path elsewhere = dir.resolve("elsewhere");
    CliRun.run("validate", ws, "--as-of", AS_OF, "--annotate", elsewhere);
    Path copy = elsewhere.resolve(Annotator.safe(ws.toString())).resolve("plan.xlsx");
    assertThat(copy).exists();
    // where `validate . --annotate 标注` run in the repository puts it: a folder holding a plan.xlsx
    Path marked = Files.createDirectories(repo.resolve("标注/ratio"));
    Files.copy(copy, marked.resolve("plan.xlsx"));
    String json = CliRun.run("validate", repo, "--as-of", AS_OF, "--format", "json").out();
    assertThat(json).contains("\"workspaces\": 1");
  }

  @Test
  void aWorkbookThatGetsNoCopySaysWhy() throws Exception {
    Path ws = csvWorkspace();
    Path fake = ws.resolve("名单.xlsx");
    Files.copy(ws.resolve("名单.csv"), fake);
    replace(ws.resolve("plan.yaml"), "roster: 名单.csv", "roster: 名单.xlsx");
    Path copies = dir.resolve("标注");
    CliRun r = CliRun.run("validate", ws, "--as-of", AS_OF, "--annotate", copies);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("INPUT-UNREADABLE");
    assertThat(r.err())
        .contains("未写出 " + ws + "/名单.xlsx 的标注副本：无法作为工作簿打开")
        .contains("标注副本：没有工作簿需要标注");
  }
}
