package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not the plain files they are named as: a pipe given as --baseline or --waivers is
 * refused instead of read forever; a roster that is a folder, a pipe, a loop of links or a file the
 * user may not read is said to be what it is, not "not found".
 */
class NotAFileTest {
  @TempDir Path dir;
  Path ws;

  @BeforeEach
  void workspace() throws Exception {
    ws = TestWorkspace.in(dir);
  }

  private Path fifo(Path p) throws Exception {
    assertThat(new ProcessBuilder("mkfifo", p.toString()).start().waitFor()).isZero();
    return p;
  }

  private CliRun validate(String... extra) {
    List<String> a = new ArrayList<>(List.of("validate", ws.toString(), "--as-of", "2024-05-10"));
    a.addAll(List.of(extra));
    return CliRun.of(a.toArray(String[]::new));
  }

  @Test
  void aPipeAsBaselineOrWaiversIsRefused() throws Exception {
    Path pipe = fifo(dir.resolve("baseline.txt"));
    for (String option : new String[] {"--baseline", "--waivers"}) {
      CliRun r = validate(option, pipe.toString());
      assertThat(r.code()).as(option).isEqualTo(2);
      assertThat(r.err()).contains("不是普通文件或文件夹");
    }
  }

  private void rosterIs(Path what) throws Exception {
    Path csv = ws.resolve("名单.csv");
    Files.deleteIfExists(csv);
    if (what != null) {
      Files.move(what, csv);
    }
  }

  @Test
  void aRosterThatIsAFolderAPipeOrALoopIsSaidToBeSo() throws Exception {
    rosterIs(Files.createDirectory(dir.resolve("folder")));
    assertThat(validate().out()).contains("名单.csv 不是可以读取的文件：它是文件夹");
    Files.delete(ws.resolve("名单.csv"));
    rosterIs(fifo(dir.resolve("pipe")));
    assertThat(validate().out()).contains("不是可以读取的文件：它是管道");
    Files.delete(ws.resolve("名单.csv"));
    Files.createSymbolicLink(ws.resolve("名单.csv"), ws.resolve("loop.csv"));
    Files.createSymbolicLink(ws.resolve("loop.csv"), ws.resolve("名单.csv"));
    assertThat(validate().out()).contains("不是可以读取的文件：符号链接形成了循环");
    Files.delete(ws.resolve("名单.csv"));
    assertThat(validate().out()).contains("找不到文件：名单.csv");
  }

  /**
   * Permission denied, with the system's reason. Root reads any file, so as root the check runs in
   * a JVM without the capabilities that let it (setpriv).
   */
  @Test
  void anUnreadableRosterIsUnreadableForTheSystemsReason() throws Exception {
    Path csv = ws.resolve("名单.csv");
    Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("---------"));
    String out;
    if (!Files.isReadable(csv)) {
      out = validate().out();
    } else {
      assumeTrue(
          Files.isExecutable(Path.of("/usr/bin/setpriv")), "root, and no setpriv to drop it");
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  "/usr/bin/setpriv",
                  "--inh-caps=-all",
                  "--bounding-set=-dac_override,-dac_read_search"));
      cmd.addAll(
          CliRun.javaCommand(
              List.of(), Main.class, "validate", ws.toString(), "--as-of", "2024-05-10"));
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      pb.environment().put("LC_ALL", "C.UTF-8");
      Process p = pb.start();
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
    }
    assertThat(out).contains("INPUT-UNREADABLE", "无法读取文件：没有访问权限").doesNotContain("INPUT-SYNTAX");
  }
}
