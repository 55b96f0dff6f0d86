package io.shenbao.cli.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.Office;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import io.shenbao.rules.engine.PlanFile;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.layout.ProgressLayout;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.read.PolicyLoader;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * progress.xlsx as a district official fills it: made by {@code init --progress --excel} from the
 * approved plan, typed in as a person types (a date, amounts with their units, counts with 家), it
 * reads as the same report as progress.yaml and gives the same findings, also after LibreOffice
 * saved it; a bad cell is named at its sheet and cell.
 */
class ProgressWorkbookTest {
  static final String AS_OF = "2024-05-10";
  static final Path CHENGDU = Path.of("../examples/sichuan/chengdu");

  @TempDir Path dir;

  /** The example first-batch city with progress.xlsx from init, typed in from its progress.yaml. */
  private Path excelWorkspace(String name) throws Exception {
    Path ws = dir.resolve(name);
    TamperAndRefuseTestAccess.copyTree(CHENGDU, ws);
    Files.delete(ws.resolve("progress.yaml"));
    CliRun init = CliRun.of("init", ws.toString(), "--progress", "--excel");
    assertThat(init.code()).as(init.err()).isZero();
    assertThat(init.out()).contains("progress.xlsx");
    Progress p = read(CHENGDU.resolve("progress.yaml"));
    Policy policy = PolicyLoader.load("2023-batch1");
    try (Typist t = Typist.open(ws.resolve("progress.xlsx"))) {
      Sheet general = t.sheet(0);
      // a date typed into Excel is a date serial number
      Typist.row(general, ProgressLayout.AS_OF).getCell(1).setCellValue(LocalDate.of(2024, 4, 30));
      t.type(general, "中央财政资金已到位（万元）", 1, "0.5亿");
      t.type(general, "总体进展", 1, strip(p.narrative().progress()));
      t.type(general, "存在问题", 1, strip(p.narrative().problems()));
      t.type(general, "下一步工作", 1, strip(p.narrative().nextSteps()));
      Row head = Typist.row(general, ProgressLayout.FORM.itemsLabel());
      List<Plan.FundingItem> spent = p.funds().spentList();
      for (int i = 0; i < spent.size(); i++) {
        int r = head.getRowNum() + 1 + i;
        t.type(general, r, 0, spent.get(i).use());
        t.type(
            general,
            r,
            1,
            PlanLayout.word(PlanWorkbook.categories(policy), spent.get(i).category()));
        // the first amount with its unit, as typed: 2400万
        BigDecimal amount = spent.get(i).amount();
        t.type(general, r, 2, i == 0 ? CellText.plain(amount) + "万" : amount);
      }
      Map<String, String> labels = ProgressLayout.labels(policy);
      for (int i = 0; i < p.industryList().size(); i++) {
        Sheet s = t.sheet(1 + i);
        Map<String, BigDecimal> achieved = p.industryList().get(i).achieved().byKey();
        for (Map.Entry<String, String> e : labels.entrySet()) {
          if (e.getKey().equals("transform_total")) {
            continue; // computed by the workbook
          }
          BigDecimal a = achieved.get(e.getKey());
          Object typed = e.getKey().equals("transform_above_scale") ? a + "家" : a;
          t.type(s, e.getValue(), ProgressLayout.ACHIEVED_COLUMN, typed);
        }
      }
    }
    return ws;
  }

  /** A progress report, progress.yaml or progress.xlsx, as the check reads it. */
  private static Progress read(Path file) {
    return PlanFile.readProgress(file, file.getFileName().toString(), PlanLayout.Words.NONE)
        .progress();
  }

  private static String strip(String text) {
    return text.replaceAll("[\\r\\n]+$", "");
  }

  /** Each finding as "RULE severity" (and its cell, when {@code cells}), sorted. */
  private static List<String> findings(Path ws, boolean cells) throws Exception {
    return Found.findings(
        ws,
        AS_OF,
        f ->
            f.get("rule").asText()
                + " "
                + f.get("severity").asText()
                + (cells ? " " + Found.cell(f) : ""));
  }

  @Test
  void aTypedWorkbookReadsAsTheYamlAndFindsTheSameAlsoAfterLibreOfficeSavedIt() throws Exception {
    Path ws = excelWorkspace("typed");
    Progress fromYaml = read(CHENGDU.resolve("progress.yaml"));
    Progress fromXlsx = read(ws.resolve("progress.xlsx"));
    Progress trimmed =
        new Progress(
            fromYaml.format(),
            fromYaml.asOf(),
            fromYaml.industries(),
            fromYaml.funds(),
            new Progress.Narrative(
                strip(fromYaml.narrative().progress()),
                strip(fromYaml.narrative().problems()),
                strip(fromYaml.narrative().nextSteps())));
    assertThat(PlanYaml.write(fromXlsx)).isEqualTo(PlanYaml.write(trimmed));

    List<String> yaml = findings(CHENGDU, false);
    assertThat(yaml).containsExactly("PROGRESS-LAG warning", "PROGRESS-LAG warning");
    assertThat(findings(ws, false)).isEqualTo(yaml);
    List<String> located = findings(ws, true);
    assertThat(located)
        .containsExactly(
            "PROGRESS-LAG warning 细分行业1-汽车零部件及配件制造!C17",
            "PROGRESS-LAG warning 细分行业2-新型显示及智能终端配套!C20");
    // the achieved figure is named as done, without the plan's 拟 (拟建设…), in both formats
    CliRun text = CliRun.of("validate", ws.toString(), "--as-of", AS_OF);
    assertThat(text.out()).contains("建设数字化车间、智能车间数量（个）完成 1").doesNotContain("拟建设");
    CliRun fromYamlText = CliRun.of("validate", CHENGDU.toString(), "--as-of", AS_OF);
    assertThat(fromYamlText.out()).contains("：建设数字化车间、智能车间数量完成 1").doesNotContain("拟建设");

    // as LibreOffice saves it
    Office.resave(ws.resolve("progress.xlsx"), dir);
    assertThat(findings(ws, true)).isEqualTo(located);
    assertThat(PlanYaml.write(read(ws.resolve("progress.xlsx"))))
        .isEqualTo(PlanYaml.write(trimmed));
  }

  @Test
  void bundleOfAWorkbookReportPacksItAsTheYamlReport() throws Exception {
    Path ws = excelWorkspace("packed");
    Path out = dir.resolve("package");
    CliRun b =
        CliRun.of("--quiet", "bundle", ws.toString(), "--as-of", AS_OF, "--out", out.toString());
    assertThat(b.code()).as(b.out() + b.err()).isZero();
    Progress packed = read(out.resolve("data/progress.yaml"));
    Progress typed = read(ws.resolve("progress.xlsx"));
    assertThat(PlanYaml.write(packed)).isEqualTo(PlanYaml.write(typed));
    assertThat(out.resolve("data/progress.xlsx")).doesNotExist();
    // the package checks again as the workspace does
    assertThat(findings(out, false)).isEqualTo(findings(ws, false));
  }

  @Test
  void aBadCellIsNamedAtItsSheetAndCellAndTwoReportsAreAnError() throws Exception {
    Path ws = excelWorkspace("bad");
    try (Typist t = Typist.open(ws.resolve("progress.xlsx"))) {
      t.type(t.sheet(2), "上云用云中小企业数量（家）", ProgressLayout.ACHIEVED_COLUMN, "很多");
      t.type(t.sheet(0), ProgressLayout.AS_OF, 1, "2024年13月1日");
      t.type(t.sheet(0), "中央财政资金已到位（万元）", 1, "2亿");
    }
    List<String> found = findings(ws, true);
    assertThat(found)
        .contains(
            "INPUT-TYPE error 细分行业2-新型显示及智能终端配套!C15",
            "PROGRESS-DATE error 进展情况!B4",
            "PROGRESS-FUNDS error 进展情况!B5");
    CliRun en = CliRun.of("--lang", "en", "validate", ws.toString(), "--as-of", AS_OF);
    assertThat(en.out()).contains("细分行业2-新型显示及智能终端配套!C15", "进展情况!B4");

    // progress.yaml beside progress.xlsx: which one is the report cannot be known
    Files.copy(CHENGDU.resolve("progress.yaml"), ws.resolve("progress.yaml"));
    CliRun two = CliRun.of("validate", ws.toString(), "--as-of", AS_OF);
    assertThat(two.code()).isEqualTo(1);
    assertThat(two.out()).contains("INPUT-UNREADABLE", "progress.yaml", "progress.xlsx");
  }

  @Test
  void initProgressNeedsAnApprovedPlanAndReplacesNothing() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun none = CliRun.of("init", empty.toString(), "--progress", "--excel");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("plan.yaml");
    CliRun there = CliRun.of("init", CHENGDU.toString(), "--progress");
    assertThat(there.code()).isEqualTo(2);
    assertThat(there.err()).contains("progress.yaml");
    assertThat(CHENGDU.resolve("progress.xlsx")).doesNotExist();
  }
}
