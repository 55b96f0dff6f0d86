package io.shenbao.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.Office;
import io.shenbao.cli.bundle.BundleTarget;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code intake} over what the province received from examples/multi-city's four cities: 佛山 twice
 * (the second replaces the first), 江门 as a folder, 中山's zip damaged on the way, 绵阳's arriving after
 * the national deadline; the times of receipt in received.yaml.
 */
class IntakeTest {
  static final String CITIES = "../examples/multi-city/";

  @TempDir static Path dir;
  static Path inbox;

  @BeforeAll
  static void arrive() throws Exception {
    inbox = dir.resolve("收件");
    zipOnly("foshan", "佛山市-申报包", "2024-05-10");
    zipOnly("foshan", "佛山市-申报包-重报", "2024-05-20");
    Packed.bundle(CITIES + "jiangmen", inbox.resolve("江门市-申报包"), "2024-05-10");
    Files.delete(inbox.resolve("江门市-申报包.zip"));
    Path zhongshan = zipOnly("zhongshan", "中山市-申报包-原", "2024-05-10");
    Packed.rewrite(
        zhongshan,
        inbox.resolve("中山市-申报包.zip"),
        "data/plan.yaml",
        t -> t.replace("contact:", "contact: # 途中被改动\n"));
    Files.delete(zhongshan);
    zipOnly("mianyang", "绵阳市-申报包", "2024-05-10");
    Files.writeString(
        inbox.resolve("received.yaml"),
        "# 收件时间（北京时间）\n"
            + "佛山市-申报包.zip: 2024-05-20 10:00\n"
            + "佛山市-申报包-重报.zip: 2024-05-28 16:30\n"
            + "江门市-申报包: 2024-05-21T09:15\n"
            + "中山市-申报包.zip: 2024-05-22 11:00\n"
            + "绵阳市-申报包.zip: 2024-06-01 09:00:00+08:00\n",
        StandardCharsets.UTF_8);
  }

  /** Bundles a city and keeps only its zip in the inbox. */
  private static Path zipOnly(String city, String name, String date) throws Exception {
    Path folder = Packed.bundle(CITIES + city, inbox.resolve(name), date);
    BundleTarget.deleteTree(folder);
    return Packed.zipOf(folder);
  }

  private static CliRun intake(String... extra) {
    List<String> args = new ArrayList<>(List.of("intake", inbox.toString()));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void everyPackageIsRegisteredInOrderOfArrivalWithWhatBefellIt() throws Exception {
    Path register = dir.resolve("order/收件登记表.xlsx");
    CliRun r = intake("--out", register.toString(), "-j", "2");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    List<List<String>> rows = BookDump.rows(register, 0);
    assertThat(rows.get(0))
        .startsWith("s 序号", "s 申报城市", "s 所属省份", "s 报送层级", "s 规则集", "s 打包日期", "s 文件数", "s 字节数");
    assertThat(rows).hasSize(6);
    // 序号, city, verified, errors, received, in time, note
    assertThat(rows.get(1)).contains("n 1 [0]", "s 广东省佛山市", "s 完好", "s 按时", "s 已由第 4 行替代");
    assertThat(rows.get(2)).contains("n 2 [0]", "s 广东省江门市", "s 完好", "s 按时");
    assertThat(rows.get(3))
        .contains("n 3 [0]", "s 广东省中山市", "s 按时")
        .anyMatch(c -> c.startsWith("s 已损坏（"));
    assertThat(rows.get(4)).contains("n 4 [0]", "s 广东省佛山市", "s 替代第 1 行", "s 按时");
    assertThat(rows.get(5)).contains("n 5 [0]", "s 四川省绵阳市", "s 逾期", "d 2024-06-01T09:00");
    assertThat(rows.get(1))
        .contains("s 省级报两部门", "s 2024-batch2", "d 2024-05-10T00:00", "d 2024-05-20T10:00")
        .contains("s received.yaml", "d 2024-05-31T23:59:59");
    // Payload-Oxum's files and bytes, and the fingerprint, as `sha256sum tagmanifest-sha256.txt`
    assertThat(rows.get(2).get(6)).isEqualTo("n 8 [0]");
    assertThat(rows.get(2).get(7)).matches("n \\d{5,} \\[0\\]");
    assertThat(rows.get(2).get(8))
        .isEqualTo("s " + sha256(inbox.resolve("江门市-申报包/tagmanifest-sha256.txt")));
    // errors: 中山's damage; 绵阳's lateness is SUBMIT-DEADLINE as of its arrival
    assertThat(rows.get(3).get(10)).isNotEqualTo("n 0 [0]");
    assertThat(rows.get(3).get(12)).contains("BUNDLE-DAMAGED");
    assertThat(rows.get(5).get(12)).contains("SUBMIT-DEADLINE");
    assertThat(rows.get(2).get(10)).isEqualTo("n 0 [0]");
    String dump = BookDump.of(register);
    // printed on A4 landscape, one page wide, the header on every page
    assertThat(dump)
        .startsWith(
            "== 收件登记 filter A1:T6 sorted N2:N6 frozen 1 print A4 landscape fit 1 wide titles 1:1\n");

    assertThat(r.out())
        .contains("1. 广东省佛山市", "已由第 4 行替代", "3. 广东省中山市", "已损坏", "4. 广东省佛山市", "逾期")
        .contains("共收到 5 个申报包：损坏 1 个，逾期 1 个，有错误 2 个。收件登记表：");
    // the first package that fails, with the command that shows its findings as of its receipt
    assertThat(r.out())
        .containsPattern("validate \\S*中山市-申报包\\.zip --as-of 2024-05-22T11:00（以收件时间为检查时间）");
    Office.opens(List.of(register), dir.resolve("office"));
  }

  @Test
  void itsJobsOptionSpeaksOfPackages() {
    // -j is shared with validate and compare; each command words it for what it checks
    assertThat(CliRun.of("intake", "--help").out())
        .contains("同时核验和检查 N 个申报包")
        .doesNotContain("个工作区");
    assertThat(CliRun.of("--lang", "en", "intake", "--help").out())
        .contains("Verify and check N packages at a time");
    assertThat(CliRun.of("compare", "--help").out()).contains("同时检查 N 个工作区或申报包");
    assertThat(CliRun.of("validate", "--help").out()).contains("同时检查 N 个工作区（");
  }

  @Test
  void theSameRegisterWhateverTheJobs() throws Exception {
    Path one = dir.resolve("jobs/one.xlsx");
    Path three = dir.resolve("jobs/three.xlsx");
    assertThat(intake("--out", one.toString(), "-j", "1").code()).isEqualTo(1);
    assertThat(intake("--out", three.toString(), "-j", "3").code()).isEqualTo(1);
    assertThat(BookDump.of(three)).isEqualTo(BookDump.of(one));
  }

  @Test
  void anExistingRegisterIsReplacedOnlyWithForce() throws Exception {
    Path register = dir.resolve("force/收件登记表.xlsx");
    Files.createDirectories(register.getParent());
    Files.writeString(register, "someone's own file");
    CliRun refused = intake("--out", register.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("已存在", "--force");
    assertThat(Files.readString(register)).isEqualTo("someone's own file");
    CliRun forced = intake("--out", register.toString(), "--force");
    assertThat(forced.code()).isEqualTo(1);
    assertThat(BookDump.rows(register, 0)).hasSize(6);
    try (var s = Files.list(register.getParent())) {
      assertThat(s).hasSize(1); // no temporary file left beside it
    }
  }

  @Test
  void receivedAtForAllAndTheFileTimeByDefault() throws Exception {
    Path register = dir.resolve("at/r.xlsx");
    CliRun r = intake("--out", register.toString(), "--received-at", "2024-05-31T23:59:59");
    assertThat(r.code()).isEqualTo(1); // 中山 is still damaged
    List<List<String>> rows = BookDump.rows(register, 0);
    assertThat(rows.subList(1, 6))
        .allSatisfy(row -> assertThat(row).contains("s 按时", "s --received-at"));
    // received at the same time, the later Bagging-Date replaces the earlier (as compare takes it)
    List<String> resent =
        rows.stream()
            .filter(row -> row.toString().contains("佛山市-申报包-重报"))
            .findFirst()
            .orElseThrow();
    assertThat(resent).anyMatch(cell -> cell.startsWith("s 替代第"));

    Path alone = dir.resolve("alone");
    TamperAndRefuseTestAccess.copyTree(inbox.resolve("江门市-申报包"), alone.resolve("江门市-申报包"));
    Files.setLastModifiedTime(
        alone.resolve("江门市-申报包"),
        FileTime.from(OffsetDateTime.parse("2024-05-30T08:00:00+08:00").toInstant()));
    Path single = dir.resolve("at/single.xlsx");
    CliRun ok = CliRun.of("intake", alone.toString(), "--out", single.toString());
    assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
    assertThat(BookDump.rows(single, 0).get(1)).contains("s 文件时间", "d 2024-05-30T08:00", "s 按时");
    assertThat(ok.out()).contains("共收到 1 个申报包：损坏 0 个，逾期 0 个，有错误 0 个。");
  }

  /**
   * A damaged copy keeps its original's fingerprint (the tag manifest is unchanged, a file is not):
   * it is not called the same package, nor does it replace the intact one.
   */
  @Test
  void aDamagedCopyIsNeitherTheSamePackageNorAReplacement() throws Exception {
    Path twin = dir.resolve("twin");
    TamperAndRefuseTestAccess.copyTree(inbox.resolve("江门市-申报包"), twin.resolve("江门市-申报包"));
    Path copy = twin.resolve("江门市-申报包-副本");
    TamperAndRefuseTestAccess.copyTree(inbox.resolve("江门市-申报包"), copy);
    Files.writeString(
        copy.resolve("data/plan.yaml"),
        "# 途中被改动\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Path register = dir.resolve("twin.xlsx");
    CliRun r = CliRun.run("intake", twin, "--out", register, "--received-at", "2024-05-16T17:30");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    List<List<String>> rows = BookDump.rows(register, 0);
    assertThat(rows).hasSize(3);
    assertThat(rows.subList(1, 3).toString()).doesNotContain("同一申报包", "替代");
    assertThat(rows.subList(1, 3).toString()).contains("已损坏", "完好");
  }

  @Test
  void aListNamingNoSuchPackageOrABadTimeIsAUsageError() throws Exception {
    Path box = dir.resolve("bad-list");
    TamperAndRefuseTestAccess.copyTree(inbox.resolve("江门市-申报包"), box.resolve("江门市-申报包"));
    Files.writeString(box.resolve("received.yaml"), "江门市申报包: 2024-05-21 09:15\n");
    CliRun unknown = CliRun.of("intake", box.toString(), "--out", dir.resolve("x.xlsx").toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("received.yaml 第 1 行", "江门市申报包", "不是这个文件夹中的申报包");
    Files.writeString(box.resolve("received.yaml"), "江门市-申报包: 五月二十一日\n");
    CliRun time = CliRun.of("--lang", "en", "intake", box.toString());
    assertThat(time.code()).isEqualTo(2);
    assertThat(time.err()).contains("received.yaml line 1", "五月二十一日");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun none = CliRun.of("intake", empty.toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("没有申报包");
  }

  @Test
  void englishOnRequest() throws Exception {
    Path register = dir.resolve("en/register.xlsx");
    CliRun r = CliRun.of("--lang", "en", "intake", inbox.toString(), "--out", register.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(BookDump.rows(register, 0).get(0)).startsWith("s No.", "s City", "s Province");
    assertThat(BookDump.rows(register, 0).get(1))
        .contains("s intact", "s in time", "s replaced by row 4");
    assertThat(r.out()).contains("5 package(s) received: 1 damaged, 1 late, 2 with errors.");
    assertThat(r.out()).contains("--as-of 2024-05-22T11:00 (checked as of its receipt)");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
