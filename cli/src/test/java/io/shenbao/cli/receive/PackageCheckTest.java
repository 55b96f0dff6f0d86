package io.shenbao.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.bundle.Bags;
import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate PACKAGE}: a package is verified, then checked from its own contents (the plan it
 * carries as data/plan.yaml), with the rule set its bag-info names and the deadline compared with
 * the time of receipt.
 */
class PackageCheckTest {
  static final String SCALE = "../examples/mistakes/roster-scale";
  static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-05-10T10:00:00+08:00");

  @TempDir static Path dir;
  static Path bishan;
  static Path scale;

  @BeforeAll
  static void bundle() {
    bishan = Packed.bundle("../examples/bishan", dir.resolve("璧山区-申报包"), "2024-05-10");
    scale = Packed.bundle(SCALE, dir.resolve("规模-申报包"), "2024-05-10");
  }

  private static Report check(String... paths) throws Exception {
    try (Inputs in = Inputs.open(List.of(paths), Messages.of("zh"))) {
      return new Checker(CheckConfig.of(in.workspaces(), null, AS_OF)).run();
    }
  }

  /** What a finding says, wherever its file is: rule, severity, message, and column or key path. */
  private static List<String> said(Report r) {
    List<String> out = new ArrayList<>();
    for (Finding f : r.findings()) {
      Location l = f.location();
      String where = l == null ? "" : l.isCell() ? l.shortForm().replaceAll("[0-9]", "") : l.path();
      out.add(f.rule() + " " + f.severity() + " " + where + " " + f.message(Messages.of("zh")));
    }
    return out;
  }

  @Test
  void thePackageCarriesThePlanAsReadTheSameFromPlanYamlOrPlanXlsx() throws Exception {
    Path ws = dir.resolve("xlsx/璧山区");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/bishan"), ws);
    CliRun c =
        CliRun.of(
            "convert", ws.resolve("plan.yaml").toString(), ws.resolve("plan.xlsx").toString());
    assertThat(c.code()).as(c.err()).isZero();
    Files.delete(ws.resolve("plan.yaml"));
    Path fromXlsx = Packed.bundle(ws.toString(), dir.resolve("xlsx/璧山区-申报包"), "2024-05-10");
    String yaml = Files.readString(bishan.resolve("data/plan.yaml"));
    assertThat(Files.readString(fromXlsx.resolve("data/plan.yaml"))).isEqualTo(yaml);
    assertThat(yaml)
        .startsWith("# 申报包中的实施方案（format 1）")
        .contains("format: 1\n", "policy: 2024-batch2-chongqing\n", "roster: 规上工业中小企业名单.xlsx\n")
        .contains("attachments:\n  - 证明材料/工作基础证明.pdf\n");
    assertThat(Files.readString(bishan.resolve("manifest-sha256.txt")))
        .contains("  data/plan.yaml\n");
  }

  @Test
  void aPackageCheckedAgainGivesTheSameFindingsAsItsWorkspace() throws Exception {
    Report workspace = check(SCALE);
    Report folder = check(scale.toString());
    Report zip = check(Packed.zipOf(scale).toString());
    assertThat(said(workspace)).hasSize(3);
    assertThat(said(folder)).isEqualTo(said(workspace));
    assertThat(said(zip)).isEqualTo(said(workspace));
    String pkg = scale.toString().replace('\\', '/');
    assertThat(folder.findings())
        .allSatisfy(f -> assertThat(f.file()).isEqualTo(pkg + "/data/规上工业中小企业名单.xlsx"));
    assertThat(zip.findings())
        .allSatisfy(f -> assertThat(f.file()).isEqualTo(pkg + ".zip/data/规上工业中小企业名单.xlsx"));
    assertThat(check(bishan.toString()).findings()).isEmpty();
  }

  @Test
  void aTamperedPackageIsDamagedAndStillGivesTheFindingsItCan() throws Exception {
    Path copy = dir.resolve("tampered/规模-申报包");
    TamperAndRefuseTestAccess.copyTree(scale, copy);
    Path plan = copy.resolve("data/plan.yaml");
    Files.writeString(
        plan, Files.readString(plan).replaceFirst("transform_total: 250", "transform_total: 260"));
    Report r = check(copy.toString());
    List<String> rules = r.findings().stream().map(Finding::rule).toList();
    assertThat(rules)
        .containsOnly(
            "BUNDLE-DAMAGED",
            "METRIC-TOTAL",
            "METRIC-YEARLY",
            "ROSTER-BELOW-SCALE",
            "ROSTER-NOT-SME");
    assertThat(r.findings())
        .filteredOn(f -> f.rule().equals("BUNDLE-DAMAGED"))
        .extracting(f -> f.message(Messages.of("zh")))
        .anySatisfy(m -> assertThat(m).startsWith("申报包已损坏或被改动：文件 data/plan.yaml 已被改动：sha256"));

    Path zip =
        Packed.rewrite(
            Packed.zipOf(scale),
            dir.resolve("tampered/规模-申报包.zip"),
            "data/plan.yaml",
            t -> t.replaceFirst("transform_total: 250", "transform_total: 260"));
    assertThat(check(zip.toString()).findings().stream().map(Finding::rule).toList())
        .containsExactlyElementsOf(rules);
    CliRun en = CliRun.of("--lang", "en", "validate", zip.toString(), "--as-of", "2024-05-10");
    assertThat(en.code()).isEqualTo(1);
    assertThat(en.out())
        .contains(
            "BUNDLE-DAMAGED  The package is damaged or was changed: File data/plan.yaml has changed:");
  }

  @Test
  void aPackageFromAnOlderVersionWithoutItsPlanGetsOneClearFinding() throws Exception {
    Path old = dir.resolve("old/璧山区-申报包");
    TamperAndRefuseTestAccess.copyTree(bishan, old);
    Files.delete(old.resolve("data/plan.yaml"));
    Bags.reseal(old);
    assertThat(CliRun.of("verify", old.toString()).code()).isZero();
    CliRun r = CliRun.of("validate", old.toString(), "--as-of", "2024-05-10");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    Report report = check(old.toString());
    assertThat(report.findings()).hasSize(1);
    Finding f = report.findings().get(0);
    assertThat(f.key()).isEqualTo("INPUT-UNREADABLE.package-plan");
    assertThat(f.message(Messages.of("zh"))).contains("没有 data/plan.yaml", "较早的版本");
  }

  @Test
  void theDeadlineIsComparedWithTheTimeOfReceiptNotTheBaggingDate() {
    // bagged on 2024-05-10, received after Chongqing's 2024-05-16 18:00
    CliRun late = CliRun.of("validate", bishan.toString(), "--as-of", "2024-05-16T18:00:01");
    assertThat(late.code()).isEqualTo(1);
    assertThat(late.out()).contains("SUBMIT-DEADLINE");
    CliRun inTime = CliRun.of("validate", bishan.toString(), "--as-of", "2024-05-16T18:00:00");
    assertThat(inTime.code()).as(inTime.out()).isZero();
  }

  @Test
  void theRuleSetIsTheOneThePackageNames() throws Exception {
    Path other = dir.resolve("policy/璧山区-申报包");
    TamperAndRefuseTestAccess.copyTree(bishan, other);
    Path plan = other.resolve("data/plan.yaml");
    // the plan says national; the package was made (and is checked) with Chongqing's rule set
    Files.writeString(
        plan,
        Files.readString(plan).replace("policy: 2024-batch2-chongqing", "policy: 2024-batch2"));
    Bags.reseal(other);
    assertThat(check(other.toString()).workspaces().get(0).policy())
        .isEqualTo("2024-batch2-chongqing");
    Path info = other.resolve("bag-info.txt");
    Files.writeString(
        info,
        Files.readString(info)
            .replace("Shenbao-Policy: 2024-batch2-chongqing", "Shenbao-Policy: 2024-batch2-广东"));
    Report r = check(other.toString());
    assertThat(r.findings()).extracting(Finding::key).contains("INPUT-TYPE.package-policy");
  }

  @Test
  void aZipIsReadWithoutExtractingBesideItAndItsTemporaryCopyIsRemoved() throws Exception {
    Path here = dir.resolve("zips");
    Files.createDirectories(here);
    Path zip = Files.copy(Packed.zipOf(bishan), here.resolve("璧山区-申报包.zip"));
    Path evil = here.resolve("hostile.zip");
    try (OutputStream os = Files.newOutputStream(evil);
        ZipOutputStream out = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
      for (String name : List.of("p/bagit.txt", "p/data/../../escaped.txt", "p/data/plan.yaml")) {
        out.putNextEntry(new ZipEntry(name));
        out.write("x: 1\n".getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = temporaryCopies(tmp);
    CliRun ok = CliRun.of("validate", zip.toString(), "--as-of", "2024-05-10");
    assertThat(ok.code()).as(ok.out()).isZero();
    CliRun bad = CliRun.of("validate", evil.toString(), "--as-of", "2024-05-10");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.out()).contains("BUNDLE-DAMAGED", "p/data/../../escaped.txt 不在申报包文件夹内");
    try (Stream<Path> files = Files.list(here)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("璧山区-申报包.zip", "hostile.zip");
    }
    assertThat(dir.resolve("escaped.txt")).doesNotExist();
    assertThat(temporaryCopies(tmp)).isEqualTo(before);
  }

  @Test
  void aFolderSearchLeavesPackagesAlone() throws Exception {
    Path repo = dir.resolve("repo");
    TamperAndRefuseTestAccess.copyTree(Path.of("../examples/bishan"), repo.resolve("璧山区"));
    TamperAndRefuseTestAccess.copyTree(bishan, repo.resolve("璧山区-申报包"));
    CliRun r = CliRun.of("validate", repo.toString(), "--as-of", "2024-05-10");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("1 个工作区").doesNotContain("申报包/data");
    CliRun only =
        CliRun.of("validate", repo.resolve("璧山区-申报包").getParent().resolve("x").toString());
    assertThat(only.code()).isEqualTo(2);
    Path packagesOnly = dir.resolve("received");
    TamperAndRefuseTestAccess.copyTree(bishan, packagesOnly.resolve("璧山区-申报包"));
    CliRun p = CliRun.of("validate", packagesOnly.toString(), "--as-of", "2024-05-10");
    assertThat(p.code()).isEqualTo(2);
    assertThat(p.err()).contains("只有申报包", "intake");
  }

  private static List<Path> temporaryCopies(Path tmp) throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith("shenbao-package-"))
          .sorted()
          .toList();
    }
  }
}
