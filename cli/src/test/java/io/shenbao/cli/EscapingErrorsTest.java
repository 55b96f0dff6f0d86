package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong outside the user's data: an Error (out of memory above all) ends as exit 3 with
 * one line, never a stack trace read as "findings"; a full disk is the user's environment (exit 2,
 * said so), and leaves no half-written report behind.
 */
class EscapingErrorsTest {
  @TempDir Path dir;

  /** Throws {@code error} as the bundle passes validation. */
  static Faults throwing(Error error) {
    return new Faults() {
      @Override
      public void reached(Stage s) {
        if (s == Stage.VALIDATED) {
          throw error;
        }
      }
    };
  }

  private CliRun bundle(Faults faults, String... extra) {
    String[] base = {
      "bundle", "../examples/bishan", "--as-of", "2024-05-10", "--out", dir.resolve("b").toString()
    };
    String[] all = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return CliRun.with(faults, all);
  }

  @Test
  void runningOutOfMemoryIsExit3InOneLineWithTheSettingThatHelps() {
    CliRun r = bundle(throwing(new OutOfMemoryError("Java heap space")));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .contains("内存不足", "JAVA_OPTS=-Xmx", "Java heap space")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("b")).doesNotExist();
  }

  @Test
  void anyOtherErrorIsAnInternalErrorInOneLineAndItsTraceOnlyWithDebug() {
    CliRun r = bundle(throwing(new StackOverflowError()));
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("内部错误", "StackOverflowError", "--debug");
    CliRun debug = bundle(throwing(new StackOverflowError()), "--debug");
    assertThat(debug.code()).isEqualTo(3);
    assertThat(debug.err()).contains("\tat ");
  }

  @Test
  void aFullDiskMetAnywhereIsTheUsersEnvironmentNotABug() {
    Faults full =
        new Faults() {
          @Override
          public void reached(Stage s) {
            if (s == Stage.VALIDATED) {
              // as a library that wraps its I/O failure would throw it
              throw new UncheckedIOException(
                  new FileSystemException("/tmp/x.tmp", null, "No space left on device"));
            }
          }
        };
    CliRun r = bundle(full);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("磁盘空间不足：写入 /tmp/x.tmp 时失败").doesNotContain("缺陷", "bug");
  }

  /** A disk that fills up as a file whose name contains {@code part} is written. */
  static Faults fullDiskAt(String part) {
    return new Faults() {
      @Override
      public OutputStream wrap(Path file, OutputStream out) {
        if (!file.getFileName().toString().contains(part)) {
          return out;
        }
        return new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
      }
    };
  }

  @Test
  void aFullDiskWhileWritingTheReportIsSaidSoAndLeavesNothing() throws Exception {
    Files.writeString(dir.resolve("report.json"), "the previous report");
    for (String[] args :
        new String[][] {
          {"--output", dir.resolve("report.json").toString(), "--format", "json"},
          {"--report", "sarif=" + dir.resolve("report.sarif")},
          {"--baseline", dir.resolve("baseline.txt").toString()}
        }) {
      String[] all = {"validate", "../examples/mistakes/funding", "--as-of", "2024-05-10"};
      all = Arrays.copyOf(all, all.length + args.length);
      System.arraycopy(args, 0, all, 4, args.length);
      String failing = Path.of(args[1].replaceFirst("^sarif=", "")).getFileName().toString();
      CliRun r = CliRun.with(fullDiskAt(failing), all);
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("磁盘空间不足：写入 ", failing).doesNotContain("bug", "缺陷");
    }
    assertThat(Files.readString(dir.resolve("report.json"))).isEqualTo("the previous report");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }
}
