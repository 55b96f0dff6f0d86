package io.shenbao.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.Office;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} over workspaces and packages mixed: golden workbooks and page (rewrite them with
 * -Dshenbao.golden.write=true, then review the diff), opened by LibreOffice; and the numbers the
 * rules judge are the numbers the table shows.
 */
class CompareTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final String CITIES = "../examples/multi-city";
  static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-05-10T10:00:00+08:00");

  @TempDir static Path dir;
  static Path bishan;

  @BeforeAll
  static void bundle() {
    bishan = Packed.bundle("../examples/bishan", dir.resolve("璧山区-申报包"), "2024-05-10");
  }

  /** A workbook's dump or a page with the test's temporary folder named as such. */
  private static String stable(String text) {
    return text.replace(dir.toString().replace('\\', '/'), "<tmp>");
  }

  /** {@code compare} of the multi-city workspaces and 璧山区's zipped package, then {@code more}. */
  private static CliRun compareAll(Object... more) {
    List<Object> args =
        new ArrayList<>(
            List.of("compare", CITIES, Packed.zipOf(bishan).toString(), "--as-of", "2024-05-10"));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray());
  }

  /** The rows of the review book {@code book}: the header and 璧山区's row alone, with no errors. */
  private static List<List<String>> bishanAlone(Path book) throws Exception {
    List<List<String>> rows = BookDump.rows(book, 0);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).contains("s 重庆市璧山区", "n 0 [0]");
    return rows;
  }

  private static void assertGolden(String name, String actual) throws Exception {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("shenbao.golden.write")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void workspacesAndPackagesSideBySideAsTheGoldenWorkbookAndPage() throws Exception {
    Path book = dir.resolve("评审汇总表.xlsx");
    CliRun r = compareAll("--out", book, "-j", "2");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("已比较 5 个候选城市（3 个省份）");
    assertGolden("compare.xlsx.txt", stable(BookDump.of(book)));

    Path page = dir.resolve("评审汇总表.html");
    CliRun html = compareAll("--format", "html", "--out", page);
    assertThat(html.code()).as(html.out() + html.err()).isZero();
    String text = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("<script", "src=", "href=");
    assertGolden("compare.html", stable(text));

    Path en = dir.resolve("en.xlsx");
    assertThat(
            CliRun.run("--lang", "en", "compare", CITIES, "--as-of", "2024-05-10", "--out", en)
                .code())
        .isZero();
    List<String> enHead = BookDump.rows(en, 0).get(0);
    assertThat(enHead).startsWith("s No.", "s City", "s Province");
    assertThat(enHead).doesNotHaveDuplicates();
    Office.opens(List.of(book, en), dir.resolve("office"));
  }

  @Test
  void aFolderOfPackagesIsComparedAndAFolderWithItsZipCountsOnce() throws Exception {
    Path box = dir.resolve("box");
    TamperAndRefuseTestAccess.copyTree(bishan, box.resolve("璧山区-申报包"));
    Files.copy(Packed.zipOf(bishan), box.resolve("璧山区-申报包.zip"));
    Path book = dir.resolve("box.xlsx");
    CliRun r = CliRun.run("compare", box, "--as-of", "2024-05-10", "--out", book);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    bishanAlone(book);
    CliRun again = CliRun.run("compare", box, "--as-of", "2024-05-10", "--out", book);
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("已存在", "--force");
    assertThat(CliRun.run("compare", box, "--as-of", "2024-05-10", "--out", book, "--force").code())
        .isZero();
  }

  @Test
  void ofTwoPackagesOfOneCityOnlyTheLaterIsCompared() throws Exception {
    Path box = dir.resolve("again");
    Path later = Packed.bundle("../examples/bishan", dir.resolve("later/璧山区-申报包-重报"), "2024-05-12");
    Files.createDirectories(box);
    Files.copy(Packed.zipOf(bishan), box.resolve("璧山区-申报包.zip"));
    Files.copy(Packed.zipOf(later), box.resolve("璧山区-申报包-重报.zip"));
    Path book = dir.resolve("again.xlsx");
    CliRun r = CliRun.run("compare", box, "--as-of", "2024-05-16", "--out", book);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    // one row, without the errors the two would give each other (the same enterprises twice)
    List<List<String>> rows = bishanAlone(book);
    assertThat(rows.get(1).get(rows.get(1).size() - 1)).endsWith("璧山区-申报包-重报.zip");
    assertThat(r.out())
        .contains("璧山区-申报包.zip：重庆市璧山区 另有较晚的申报包 ")
        .contains("璧山区-申报包-重报.zip（打包日期 2024-05-12），只比较较晚的那个。")
        .contains("已比较 1 个候选城市（1 个省份）");
  }

  @Test
  void theNumbersTheRulesJudgeAreTheNumbersTheTableShows() throws Exception {
    Path ratio = city("ratio", "above_scale_level2: 5", "above_scale_level2: 4");
    Path split =
        city(
            "split",
            "amount: 8000}\n    - {use: 公共服务平台建设, category: public-service, amount: 2000}",
            "amount: 7000}\n    - {use: 公共服务平台建设, category: public-service, amount: 3000}");
    List<String> paths =
        List.of(
            ratio.toString(),
            split.toString(),
            CITIES + "/foshan",
            CITIES + "/jiangmen",
            CITIES + "/zhongshan");
    List<WorkspaceFacts> facts = new ArrayList<>();
    Report report;
    try (Inputs in = Inputs.open(paths, Messages.of("zh"))) {
      report =
          new Checker(CheckConfig.of(in.workspaces(), null, AS_OF)).withFacts(facts::add).run();
    }
    Review review = Review.of(report, facts, ws -> ws);
    Finding coverage = only(report, "METRIC-LEVEL2-RATIO", ratio);
    Finding share = only(report, "FUNDING-SPLIT.transformation", split);
    Finding quota = only(report, "BATCH-QUOTA", Path.of(CITIES + "/foshan"));
    // METRIC-LEVEL2-RATIO: {6} is the share it found; FUNDING-SPLIT.transformation: {1};
    // BATCH-QUOTA: {2} is the province's quota
    assertThat(review.cities().get(0).figures().get(Review.Indicator.ABOVE_SCALE_COVERAGE))
        .isEqualByComparingTo(new BigDecimal(coverage.args().get(6)))
        .isEqualByComparingTo("80.0");
    assertThat(review.cities().get(1).figures().get(Review.Indicator.TRANSFORMATION_SHARE))
        .isEqualByComparingTo(new BigDecimal(share.args().get(1)))
        .isEqualByComparingTo("70.0");
    assertThat(review.provinceOf(review.cities().get(2)).quota())
        .isEqualTo(Integer.parseInt(quota.args().get(2)));

    // and the workbook holds those numbers, as numbers
    Path book = dir.resolve("numbers.xlsx");
    Files.write(
        book, ReviewBook.write(review, Messages.of("zh").and("io.shenbao.cli.commands"), AS_OF));
    List<List<String>> rows = BookDump.rows(book, 0);
    int coverageColumn = rows.get(0).indexOf("s 规上工业中小企业二级及以上覆盖率（%）");
    int shareColumn = rows.get(0).indexOf("s 改造资金占比（%）");
    int quotaColumn = rows.get(0).indexOf("s 本省推荐名额");
    assertThat(rows.get(0)).contains("s 申报城市");
    List<String> guangdong =
        rows.stream().filter(x -> x.contains("s 广东省佛山市")).findFirst().orElseThrow();
    assertThat(guangdong.get(quotaColumn)).isEqualTo("n " + quota.args().get(2) + " [0]");
    assertThat(rows)
        .anySatisfy(x -> assertThat(x.get(coverageColumn)).isEqualTo("n 80 [0.0]"))
        .anySatisfy(x -> assertThat(x.get(shareColumn)).isEqualTo("n 70 [0.0]"));
  }

  @Test
  void aCityOfARuleSetThatDoesNotKnowItsQuotaHasItsRowAndNoQuota() throws Exception {
    // 2023-batch1 (a first-batch city's approved plan) gives no quota: the row is written, the
    // province's quota left empty (it was exit 3)
    Path book = dir.resolve("batch1.xlsx");
    CliRun r =
        CliRun.run(
            "compare",
            progressBase().toString(),
            CITIES + "/foshan",
            "--as-of",
            "2024-05-10",
            "--out",
            book);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    List<List<String>> rows = BookDump.rows(book, 0);
    int quota = rows.get(0).indexOf("s 本省推荐名额");
    List<String> batch1 =
        rows.stream().filter(x -> x.contains("s 2023-batch1")).findFirst().orElseThrow();
    assertThat(batch1).contains("s 重庆市璧山区");
    assertThat(batch1.get(quota)).isEmpty();
    List<String> foshan =
        rows.stream().filter(x -> x.contains("s 广东省佛山市")).findFirst().orElseThrow();
    assertThat(foshan.get(quota)).isEqualTo("n 2 [0]");
  }

  @Test
  void aFirstBatchCitysProgressReportIsListedButNotACandidate() throws Exception {
    // examples/sichuan: 成都 (2023-batch1, its progress report) comes first, then 德阳 and 宜宾
    // (2024-batch2): the province's quota is the candidates' rule set's, 成都 is neither counted
    // nor ranked, and each city is checked under its own rule set (the rule set column)
    Path book = dir.resolve("sichuan.xlsx");
    CliRun r = CliRun.run("compare", "../examples/sichuan", "--as-of", "2024-05-10", "--out", book);
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("已比较 2 个候选城市（1 个省份）", "另列 1 份首批城市工作进展情况");
    List<List<String>> rows = BookDump.rows(book, 0);
    List<String> head = rows.get(0);
    assertThat(rows).hasSize(4);
    // the candidates first, then the progress report, its level in the rule set's words
    assertThat(rows.get(1)).contains("s 四川省德阳市", "s 2024-batch2", "s 省级报两部门");
    assertThat(rows.get(2)).contains("s 四川省宜宾市", "s 2024-batch2");
    assertThat(rows.get(3))
        .contains("s 四川省成都市", "s 2023-batch1", "s 首批城市工作进展情况（报两部门）")
        .doesNotContain("s progress");
    int quota = head.indexOf("s 本省推荐名额");
    int candidates = head.indexOf("s 本省参评城市数");
    for (List<String> row : rows.subList(1, 4)) {
      assertThat(row.get(quota)).isEqualTo("n 2 [0]");
      assertThat(row.get(candidates)).isEqualTo("n 2 [0]");
    }
    assertThat(BookDump.rows(book, 1))
        .containsExactly(
            List.of("s 所属省份", "s 本省推荐名额", "s 本省参评城市数", "s 其中国家级申报", "s 超出名额", "s 另报工作进展情况的首批城市"),
            List.of("s 四川省", "n 2 [0]", "n 2 [0]", "n 2 [0]", "n 0 [0]", "n 1 [0]"));
    List<List<String>> ranked = BookDump.rows(book, 2);
    assertThat(ranked).hasSize(3);
    assertThat(ranked).noneSatisfy(x -> assertThat(x).contains("s 四川省成都市"));

    Path en = dir.resolve("sichuan-en.xlsx");
    CliRun english =
        CliRun.run(
            "--lang", "en", "compare", "../examples/sichuan", "--as-of", "2024-05-10", "--out", en);
    assertThat(english.code()).as(english.out() + english.err()).isZero();
    assertThat(english.out())
        .contains(
            "Candidate cities compared: 2 (provinces: 1)", "not counted against a quota): 1.");
    assertThat(BookDump.rows(en, 0).get(3))
        .contains("s first-batch city's progress report (province to the ministries)");

    // a province with only a progress report has no candidate: it is listed, not counted
    CliRun two =
        CliRun.run(
            "compare",
            "../examples/bishan",
            "../examples/sichuan/chengdu",
            "--as-of",
            "2024-05-10",
            "--out",
            dir.resolve("two.xlsx"));
    assertThat(two.code()).as(two.out() + two.err()).isZero();
    assertThat(two.out()).contains("已比较 1 个候选城市（1 个省份）", "另列 1 份首批城市工作进展情况");
  }

  /** The one finding of a rule (or a message key) in a workspace. */
  private static Finding only(Report report, String key, Path workspace) {
    String ws = workspace.toString().replace('\\', '/');
    List<Finding> found =
        report.findings().stream()
            .filter(f -> (f.rule().equals(key) || f.key().equals(key)) && ws.equals(f.workspace()))
            .toList();
    assertThat(found).as("%s in %s", key, ws).hasSize(1);
    return found.get(0);
  }

  /** The rules' base fixture with one text replaced. */
  private static Path city(String name, String from, String to) throws Exception {
    Path ws = dir.resolve(name);
    TamperAndRefuseTestAccess.copyTree(Path.of("../rules/src/test/resources/base"), ws);
    Path plan = ws.resolve("plan.yaml");
    String text = Files.readString(plan, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(plan, text.replace(from, to), StandardCharsets.UTF_8);
    return ws;
  }

  /**
   * The rules' progress base as a whole workspace: the base workspace with the plan patched as
   * rules/src/test/resources/base-progress/plan.patch.yaml says (an approved first-batch plan) and
   * that folder's progress.yaml.
   */
  private static Path progressBase() throws Exception {
    Path rules = Path.of("../rules/src/test/resources");
    Path ws = Files.createDirectories(dir.resolve("progress-base"));
    for (String f : List.of("名单.csv", "证明材料.pdf")) {
      Files.copy(
          rules.resolve("base").resolve(f), ws.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    Files.copy(
        rules.resolve("base-progress/progress.yaml"),
        ws.resolve("progress.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    String plan =
        Files.readString(rules.resolve("base/plan.yaml"), StandardCharsets.UTF_8)
            .replace(
                "policy: 2024-batch2-chongqing", "policy: 2023-batch1\napproved_on: 2023-12-29")
            .replace("level: municipal", "level: national");
    Files.writeString(ws.resolve("plan.yaml"), plan, StandardCharsets.UTF_8);
    return ws;
  }
}
