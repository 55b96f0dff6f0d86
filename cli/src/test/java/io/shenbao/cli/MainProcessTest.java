package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher in its own JVM: exit codes reach the shell and Chinese prints as UTF-8. */
class MainProcessTest {
  record Run(int code, String out, String err) {}

  static Run java(String... args) throws Exception {
    return javaIn("C.UTF-8", args);
  }

  static Run javaIn(String lang, String... args) throws Exception {
    return javaWith(lang, List.of(), args);
  }

  static Run javaWith(String lang, List<String> jvmOptions, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(CliRun.javaCommand(jvmOptions, Main.class, args));
    pb.environment().put("LANG", lang);
    pb.environment().remove("LC_ALL");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out, err);
  }

  @Test
  void exitCodesAndUtf8ReachTheShell() throws Exception {
    Run ok = java("validate", "../examples/bishan", "--as-of", "2024-05-10");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("重庆市璧山区");
    assertThat(ok.err()).isEmpty();
    Run findings = java("validate", "../examples/mistakes/typos", "--as-of", "2024-05-10");
    assertThat(findings.code()).isEqualTo(1);
    assertThat(findings.out()).contains("是否应为 cloud_smes");
    Run usage = java("validate", "../examples/bishan", "--no-such-option");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("--no-such-option").doesNotContain("Exception");
  }

  /**
   * Under LANG=C the JVM cannot name examples/bishan's Chinese file names: INPUT-UNREADABLE.locale,
   * whose message says how to set the locale, instead of a crash.
   */
  @Test
  void aNonUtf8LocaleGivesAFindingNotACrash() throws Exception {
    Run r = javaIn("C", "validate", "../examples/bishan", "--as-of", "2024-05-10");
    assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("INPUT-UNREADABLE", "LANG=C.UTF-8");
  }

  @Test
  void encryptedAndBrokenInputsNeverPrintAStackTrace() throws Exception {
    Run r = java("validate", "../examples/mistakes", "--as-of", "2024-05-10");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /**
   * A report streams to its file: twenty cities with 1,500 bad credit codes each give some 20,000
   * findings, an 8 MB JSON report, written in a 20 MB heap (as the launcher runs it, serial
   * collector). Rendered to text before being written, it ran out of memory even in 32 MB.
   */
  @Test
  void aReportLargerThanTheHeapStreamsToItsFile(@TempDir Path dir) throws Exception {
    Path base = Path.of("../rules/src/test/resources/base");
    for (int k = 0; k < 20; k++) {
      Path ws = Files.createDirectories(dir.resolve("batch/c" + k));
      Files.copy(base.resolve("plan.yaml"), ws.resolve("plan.yaml"));
      Files.copy(base.resolve("证明材料.pdf"), ws.resolve("证明材料.pdf"));
      StringBuilder csv = new StringBuilder("企业名称,统一社会信用代码,2023年度主营业务收入（万元）,企业类型,从业人员,所在区县\n");
      for (int i = 0; i < 1500; i++) {
        csv.append("重庆测试企业").append(k).append('x').append(i).append("有限公司,BAD");
        csv.append(k * 10_000 + i).append(",3500,否,100,璧山区\n");
      }
      Files.writeString(ws.resolve("名单.csv"), csv);
    }
    Path json = dir.resolve("report.json");
    Run r =
        javaWith(
            "C.UTF-8",
            List.of("-XX:+UseSerialGC", "-Xmx20m"),
            "validate",
            dir.resolve("batch").toString(),
            "--as-of",
            "2024-05-10",
            "--format",
            "json",
            "--output",
            json.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(Files.size(json)).isGreaterThan(6L << 20);
    assertThat(Files.readString(json)).contains("ROSTER-CREDIT-CODE").endsWith("}\n");
  }
}
