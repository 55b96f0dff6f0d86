package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import io.shenbao.rules.check.registry.Rules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's options, outputs and exit codes, run in process. */
class CliTest {
  static final String PASSING = "../examples/bishan";
  static final String AS_OF = "2024-05-10T10:00:00+08:00";

  @TempDir Path dir;

  @Test
  void versionAndHelp() {
    assertThat(Cli.run("--version").out()).startsWith("shenbao 0.1.0");
    Cli help = Cli.run("validate", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--format", "--fail-on", "--as-of", "--lang", "退出码");
    // a received package is checked as a workspace is, and forward takes cities' packages
    assertThat(help.out()).contains("收到的申报包（文件夹或");
    assertThat(Cli.run("forward", "--help").out()).contains("或其申报包");
  }

  @Test
  void passingExampleIsCleanAndExitsZero() {
    Cli c = Cli.run("validate", PASSING, "--as-of", AS_OF);
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(c.out()).contains("重庆市璧山区", "未发现问题", "1 个工作区，0 个错误");
    assertThat(c.err()).isEmpty();
  }

  @Test
  void withoutAsOfTheClockSaysWhetherTheDeadlineHasPassed() {
    Clock before = Clock.fixed(Instant.parse("2024-05-16T09:59:00Z"), ZoneOffset.UTC);
    Cli inTime = Cli.runAt(before, "validate", PASSING);
    assertThat(inTime.code()).as(inTime.out()).isZero();
    assertThat(inTime.out()).doesNotContain("SUBMIT-DEADLINE");
    // 18:00 in Beijing is 10:00 UTC: one minute later the municipal deadline has passed
    Clock after = Clock.fixed(Instant.parse("2024-05-16T10:01:00Z"), ZoneOffset.UTC);
    Cli late = Cli.runAt(after, "validate", PASSING);
    assertThat(late.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(late.out()).contains("SUBMIT-DEADLINE", "2024年5月16日（星期四）18:00前");
  }

  @Test
  void englishMessagesWithLangEn() {
    Cli c =
        Cli.run("--lang", "en", "validate", "../examples/mistakes/metric-totals", "--as-of", AS_OF);
    assertThat(c.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(c.out()).contains("The total should be 250 (170 + 80), not 260.");
  }

  @Test
  void failOnDecidesTheExitCode() {
    // the same input, warnings only: it fails from --fail-on warning down, not by default
    String ws = "../examples/mistakes/roster-scale";
    Cli byDefault = Cli.run("validate", ws, "--as-of", AS_OF);
    assertThat(byDefault.out()).contains("警告").contains("0 个错误");
    assertThat(byDefault.code()).isZero();
    assertThat(Cli.run("validate", ws, "--as-of", AS_OF, "--fail-on", "error").code()).isZero();
    assertThat(Cli.run("validate", ws, "--as-of", AS_OF, "--fail-on", "warning").code())
        .isEqualTo(ExitCode.FINDINGS);
    assertThat(Cli.run("validate", ws, "--as-of", AS_OF, "--fail-on", "info").code())
        .isEqualTo(ExitCode.FINDINGS);
    // a clean input passes at every threshold
    assertThat(Cli.run("validate", PASSING, "--as-of", AS_OF, "--fail-on", "info").code()).isZero();
  }

  @Test
  void jsonToAFile() throws Exception {
    Path out = dir.resolve("reports/report.json");
    Cli c =
        Cli.run(
            "validate",
            "../examples/mistakes/bad-credit-codes",
            "--as-of",
            AS_OF,
            "--format",
            "json",
            "--output",
            out.toString());
    assertThat(c.code()).isEqualTo(1);
    assertThat(c.out()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.get("asOf").asText()).isEqualTo(AS_OF);
    assertThat(json.get("summary").get("errors").asInt()).isEqualTo(4);
    JsonNode first = json.get("findings").get(0);
    assertThat(first.get("rule").asText()).isEqualTo("ROSTER-CREDIT-CODE");
    assertThat(first.get("file").asText())
        .isEqualTo("../examples/mistakes/bad-credit-codes/规上工业中小企业名单.xlsx");
    assertThat(first.get("location").get("sheet").asText()).isEqualTo("名单");
    assertThat(first.get("location").get("cell").asText()).isEqualTo("C7");
    assertThat(first.get("location").get("row").asInt()).isEqualTo(7);
    assertThat(first.get("location").get("column").asText()).isEqualTo("C");
    try (var files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void quietPrintsNothing() {
    Cli c = Cli.run("--quiet", "validate", "../examples/mistakes/funding", "--as-of", AS_OF);
    assertThat(c.code()).isEqualTo(1);
    assertThat(c.out()).isEmpty();
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("validate", "no/such/folder").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("validate", PASSING, "--frmat", "json").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("validate", PASSING, "--policy", "2022-batch0").code())
        .isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("validate", PASSING, "--as-of", "yesterday").code())
        .isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("validate", PASSING, "--format", "xml").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("validate", PASSING, "--fail-on", "never").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("--lang", "fr", "validate", PASSING).code()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("validate").code()).isEqualTo(ExitCode.USAGE);
    Cli c = Cli.run("validate", PASSING, "--frmat", "json");
    assertThat(c.err()).contains("--frmat").contains("--format");
  }

  @Test
  void aFolderWithoutPlansIsAUsageError() {
    Cli c = Cli.run("validate", dir.toString());
    assertThat(c.code()).isEqualTo(ExitCode.USAGE);
    assertThat(c.err()).contains("都没有 plan.yaml 或 plan.xlsx");
  }

  @Test
  void aPlanFileOrAFolderOfWorkspacesMayBeNamed() {
    Cli file = Cli.run("validate", PASSING + "/plan.yaml", "--as-of", AS_OF);
    assertThat(file.code()).isZero();
    assertThat(file.out()).contains("../examples/bishan  重庆市璧山区");
    Cli all = Cli.run("validate", "../examples/mistakes", "--as-of", AS_OF, "--format", "json");
    assertThat(all.code()).isEqualTo(1);
    assertThat(all.out()).contains("\"workspaces\": 11");
  }

  @Test
  void aWorkspaceWithBothPlanYamlAndPlanXlsxIsAnErrorNamingBoth() throws Exception {
    Path ws = dir.resolve("two");
    TamperAndRefuseTestAccess.copyTree(Path.of(PASSING), ws);
    Path yaml = ws.resolve("plan.yaml");
    assertThat(
            Cli.run("--quiet", "convert", yaml.toString(), ws.resolve("plan.xlsx").toString())
                .code())
        .isZero();
    Cli both = Cli.run("validate", ws.toString(), "--as-of", AS_OF);
    assertThat(both.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(both.out())
        .contains("INPUT-UNREADABLE", ws + "/plan.yaml, " + ws + "/plan.xlsx", "无法确定哪一个是实施方案");
    Cli bundle =
        Cli.run("bundle", ws.toString(), "--as-of", AS_OF, "--out", dir.resolve("b").toString());
    assertThat(bundle.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(dir.resolve("b")).doesNotExist();
    // naming the file says which one is the plan
    assertThat(Cli.run("validate", yaml.toString(), "--as-of", AS_OF).code()).isZero();
    assertThat(Cli.run("validate", ws.resolve("plan.xlsx").toString(), "--as-of", AS_OF).code())
        .isZero();
  }

  @Test
  void policyOverrideFromACommandLineFile() throws Exception {
    Path overlay = dir.resolve("quiet-districts.yaml");
    Files.writeString(
        overlay,
        "id: cq-quiet\nextends: 2024-batch2-chongqing\nseverities: {ROSTER-DUPLICATE: off}\n");
    Cli c =
        Cli.run(
            "validate",
            "../examples/mistakes/roster-duplicates",
            "--as-of",
            AS_OF,
            "--policy",
            overlay.toString());
    assertThat(c.code()).as(c.out()).isZero();
  }

  @Test
  void parallelRunsGiveTheSameReportAndSeveralReportsAtOnce() throws Exception {
    String one =
        Cli.run("validate", "../examples/multi-city", PASSING, "--as-of", AS_OF, "--format", "json")
            .out();
    String four =
        Cli.run(
                "validate",
                "../examples/multi-city",
                PASSING,
                "--as-of",
                AS_OF,
                "--format",
                "json",
                "-j",
                "4")
            .out();
    assertThat(four).isEqualTo(one).contains("BATCH-QUOTA");
    Path junit = dir.resolve("r/junit.xml");
    Path sarif = dir.resolve("r/out.sarif");
    Path md = dir.resolve("r/summary.md");
    Cli c =
        Cli.run(
            "--quiet",
            "validate",
            "../examples/multi-city",
            "--as-of",
            AS_OF,
            "--report",
            "junit=" + junit,
            "--report",
            "sarif=" + sarif,
            "--report",
            "markdown=" + md);
    assertThat(c.code()).isEqualTo(1);
    assertThat(Files.readString(junit)).contains("<testsuites", "BATCH-QUOTA");
    assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
    assertThat(Files.readString(md)).contains("| ❌ ../examples/multi-city/foshan");
    assertThat(Cli.run("validate", PASSING, "--report", "xml=x").code()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("validate", PASSING, "-j", "0").code()).isEqualTo(ExitCode.USAGE);
    Cli gh =
        Cli.run("validate", "../examples/mistakes/typos", "--as-of", AS_OF, "--format", "github");
    assertThat(gh.out())
        .contains(
            "::error file=../examples/mistakes/typos/plan.yaml,line=31,col=7,title=INPUT-UNKNOWN-FIELD::");
  }

  @Test
  void waiversAcceptAFindingWithItsReasonAndAnAuditorSeesAll() throws Exception {
    Path repo = dir.resolve("repo");
    TamperAndRefuseTestAccess.copyTree(
        Path.of("../examples/mistakes/roster-scale"), repo.resolve("bishan"));
    // a province that keeps revenue below the line an error (the shipped rule set warns)
    Path plan = repo.resolve("bishan/plan.yaml");
    Files.writeString(
        plan,
        Files.readString(plan).replace("policy: 2024-batch2-chongqing", "policy: strict.yaml"));
    Files.writeString(
        repo.resolve("bishan/strict.yaml"),
        "extends: 2024-batch2-chongqing\nid: test-strict\nseverities: {ROSTER-BELOW-SCALE: error}\n");
    Files.writeString(
        repo.resolve("shenbao-waivers.yaml"),
        """
        waivers:
          - rule: ROSTER-BELOW-SCALE
            workspace: bishan
            location: 名单!D6
            reason: 审计后收入为2150万元
            approved_by: 区经信委 王五
            expires: 2024-05-16
          - rule: ROSTER-NAME
            reason: 旧豁免
            approved_by: 区经信委 王五
        """);
    Cli c = Cli.run("validate", repo.toString(), "--as-of", AS_OF);
    assertThat(c.code()).as(c.out()).isZero();
    assertThat(c.out()).contains("已豁免", "审计后收入为2150万元", "WAIVER-UNUSED");
    Cli json = Cli.run("validate", repo.toString(), "--as-of", AS_OF, "--format", "json");
    assertThat(json.out()).contains("\"waived\": 1", "\"approvedBy\": \"区经信委 王五\"");
    assertThat(Cli.run("validate", repo.toString(), "--as-of", AS_OF, "--no-waivers").code())
        .isEqualTo(1);
    assertThat(Cli.run("validate", repo.toString(), "--as-of", "2024-05-20").code()).isEqualTo(1);
  }

  @Test
  void aBaselineLetsOnlyNewFindingsFail() throws Exception {
    Path ws = dir.resolve("ws");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/mistakes/roster-scale"), ws);
    Path base = dir.resolve("baseline.txt");
    String[] baselined = {
      "--quiet", "validate", ws.toString(), "--as-of", AS_OF, "--baseline", base.toString()
    };
    // the first run writes the baseline, the second finds nothing new in it
    assertThat(Cli.run(baselined).code()).isZero();
    assertThat(base).exists();
    assertThat(Cli.run(baselined).code()).isZero();
    Path plan = ws.resolve("plan.yaml");
    Files.writeString(
        plan, Files.readString(plan).replace("transform_total: 250", "transform_total: 251"));
    Cli c = Cli.run("validate", ws.toString(), "--as-of", AS_OF, "--baseline", base.toString());
    assertThat(c.code()).isEqualTo(1);
    assertThat(c.out()).contains("METRIC-TOTAL", "2 个错误", "已豁免", "baseline baseline.txt");
  }

  @Test
  void rulesListAndExplain() {
    Cli list = Cli.run("rules", "list");
    assertThat(list.code()).isZero();
    assertThat(list.out().lines()).hasSize(Rules.ALL.size());
    assertThat(list.out()).contains("ROSTER-CREDIT-CODE", "GB 32100-2015");
    Cli explain = Cli.run("--lang", "en", "rules", "explain", "roster-credit-code");
    assertThat(explain.code()).isZero();
    assertThat(explain.out())
        .contains("ROSTER-CREDIT-CODE — Invalid credit code", "GB 32100-2015", "check character");
    assertThat(explain.out()).contains("default: error");
    Cli variants = Cli.run("rules", "explain", "CITY-TYPE");
    // Chinese punctuation in Chinese: 默认级别：错误, not an ASCII colon
    assertThat(variants.out()).contains("默认级别：错误", "依据：");
    assertThat(variants.out())
        .contains(
            "CITY-TYPE.county-level", "CITY-TYPE.is-separately-planned", "CITY-TYPE.not-found")
        .doesNotContain("CITY-TYPE.title", "{0}");
    // issue 11's new rule and variants, each listed by its rule's explain in both languages
    for (String v :
        List.of(
            "PLAN-DISTRICT",
            "ROSTER-DISTRICT.elsewhere",
            "ROSTER-COUNT.above",
            "ROSTER-COUNT.below",
            "METRIC-LEVEL2-RATIO.specialized",
            "METRIC-YEARLY.cumulative",
            "METRIC-YEARLY.year-missing-calendar",
            "METRIC-EXCEEDS-BASELINE.later",
            "SECTION-MISSING.duties",
            "SUBMIT-ATTACHMENT.none",
            "ROSTER-HEADER.missing",
            "CITY-TYPE.not-district",
            "CITY-PROVINCE.mismatch")) {
      String id = v.contains(".") ? v.substring(0, v.indexOf('.')) : v;
      for (String lang : List.of("zh", "en")) {
        Cli shown = Cli.run("--lang", lang, "rules", "explain", id);
        assertThat(shown.code()).isZero();
        assertThat(shown.out()).as("%s %s", lang, v).contains("  " + v + "  ");
      }
    }
    Cli unknown = Cli.run("rules", "explain", "ROSTER-CREDIT-COD");
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("是否应为 ROSTER-CREDIT-CODE");
  }
}
