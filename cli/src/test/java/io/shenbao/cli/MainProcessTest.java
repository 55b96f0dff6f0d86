package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real launcher in its own JVM: exit codes reach the shell and Chinese prints as UTF-8. */
class MainProcessTest {
  record Run(int code, String out, String err) {}

  static Run java(String... args) throws Exception {
    return javaIn("C.UTF-8", args);
  }

  static Run javaIn(String lang, String... args) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
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
}
