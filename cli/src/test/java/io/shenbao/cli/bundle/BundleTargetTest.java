package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code bundle} may replace, and what it never touches: --force replaces only a previous
 * bundle (and its zip), never the workspace, a folder holding it or anything else; two runs into
 * one place never both write; a full disk leaves nothing behind; refusals come before any work.
 */
class BundleTargetTest {
  static final String AS_OF = "2024-05-10";

  @TempDir static Path dir;
  static Path previous;

  @BeforeAll
  static void previousBundle() {
    previous = dir.resolve("previous/申报包");
    CliRun r = bundle(previous, "--zip");
    assertThat(r.code()).as(r.err()).isZero();
  }

  static CliRun bundle(Path out, String... extra) {
    return BundleRuns.bishan(out, extra);
  }

  static CliRun bundleWith(Faults faults, String ws, Path out, String... extra) {
    return BundleRuns.run(faults, ws, out, AS_OF, extra);
  }

  /** A workspace of one's own beside a notes file, in a folder of its own. */
  static Path workspace(String name) throws Exception {
    Path p = dir.resolve(name);
    BundleRuns.copyTree(Path.of("../examples/bishan"), p.resolve("ws"));
    Files.writeString(p.resolve("notes.txt"), "a user's notes");
    return p;
  }

  /** Every file under {@code root} with its digest: what "nothing touched" compares. */
  static TreeMap<String, String> contents(Path root) throws Exception {
    TreeMap<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String rel = root.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          out.put(rel, "-> " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p)) {
          MessageDigest md = MessageDigest.getInstance("SHA-256");
          out.put(rel, HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
        } else {
          out.put(rel, "dir");
        }
      }
    }
    return out;
  }

  @Test
  void forceNeverReplacesAFolderThatHoldsTheWorkspace() throws Exception {
    Path p = workspace("holds");
    var before = contents(p);
    CliRun r = bundleWith(Faults.NONE, p.resolve("ws").toString(), p, "--force");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("包含工作区");
    assertThat(contents(p)).isEqualTo(before);
  }

  @Test
  void forceNeverReplacesTheWorkspaceItself() throws Exception {
    Path p = workspace("itself");
    var before = contents(p);
    CliRun r = bundleWith(Faults.NONE, p.resolve("ws").toString(), p.resolve("ws"), "--force");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("就是工作区本身");
    assertThat(contents(p)).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aBundleIsNeverWrittenInsideTheWorkspace(boolean force) throws Exception {
    Path p = workspace("inside-" + force);
    var before = contents(p);
    Path out = p.resolve("ws/申报包");
    CliRun r =
        force
            ? bundleWith(Faults.NONE, p.resolve("ws").toString(), out, "--force")
            : bundleWith(Faults.NONE, p.resolve("ws").toString(), out);
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("在工作区");
    assertThat(contents(p)).isEqualTo(before);
  }

  @Test
  void forceNeverReplacesAnOrdinaryFileOrFolder() throws Exception {
    Path p = Files.createDirectories(dir.resolve("ordinary"));
    Path file = Files.writeString(p.resolve("报告.docx"), "a user's file");
    Path folder = Files.createDirectories(p.resolve("资料"));
    Files.writeString(folder.resolve("notes.txt"), "notes");
    Path signedButMore = p.resolve("more");
    BundleRuns.copyTree(previous, signedButMore);
    Files.writeString(signedButMore.resolve("notes.txt"), "notes");
    Path otherTool = p.resolve("other-tool");
    BundleRuns.copyTree(previous, otherTool);
    Path info = otherTool.resolve("bag-info.txt");
    Files.writeString(info, Files.readString(info).replaceAll("Shenbao-Tool-Version: .*\n", ""));
    Path link = Files.createSymbolicLink(p.resolve("link"), previous);
    var before = contents(p);
    assertThat(bundle(file, "--force").err()).contains("是一个文件");
    assertThat(bundle(folder, "--force").err()).contains("notes.txt");
    assertThat(bundle(signedButMore, "--force").err()).contains("notes.txt");
    assertThat(bundle(otherTool, "--force").err()).contains("Shenbao-Tool-Version");
    assertThat(bundle(link, "--force").err()).contains("符号链接");
    for (Path out : List.of(file, folder, signedButMore, otherTool, link)) {
      assertThat(bundle(out, "--force").code()).isEqualTo(2);
    }
    assertThat(contents(p)).isEqualTo(before);
    assertThat(BundleRuns.hidden(p)).isEmpty();
  }

  @Test
  void forceNeverReplacesAZipThatIsNotTheBundles() throws Exception {
    Path p = Files.createDirectories(dir.resolve("foreign-zip"));
    Path out = p.resolve("申报包");
    BundleRuns.copyTree(previous, out);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p.resolve("申报包.zip")))) {
      z.putNextEntry(new ZipEntry("合同.docx"));
      z.write("a user's file".getBytes(StandardCharsets.UTF_8));
    }
    var before = contents(p);
    CliRun r = bundle(out, "--force", "--zip");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("申报包.zip", "压缩包");
    assertThat(contents(p)).isEqualTo(before);
  }

  @Test
  void forceReplacesAPreviousBundleAndItsZipTogether() throws Exception {
    Path p = Files.createDirectories(dir.resolve("replace"));
    Path out = p.resolve("申报包");
    BundleRuns.copyTree(previous, out);
    Files.copy(BundleRuns.zipOf(previous), BundleRuns.zipOf(out));
    Files.writeString(out.resolve("data/多余.txt"), "x");
    CliRun r = bundle(out, "--force");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("data/多余.txt")).doesNotExist();
    assertThat(BundleRuns.zipOf(out)).as("no old zip beside the new folder").doesNotExist();
    assertThat(BagVerifier.verify(out).problems()).isEmpty();
    assertThat(BundleRuns.hidden(p)).isEmpty();
  }

  @Test
  void anExistingBundleIsRefusedBeforeAnyWork() throws Exception {
    List<Stage> reached = new ArrayList<>();
    Faults record =
        new Faults() {
          @Override
          public void reached(Stage s) {
            reached.add(s);
          }
        };
    var before = contents(previous.getParent());
    CliRun r = bundleWith(record, "../examples/bishan", previous, "--zip");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("已存在", "--force");
    assertThat(r.out()).as("no validation ran").isEmpty();
    assertThat(reached).isEmpty();
    assertThat(contents(previous.getParent())).isEqualTo(before);
  }

  @Test
  void theZipIsReadableByAllLikeTheOtherFiles() throws Exception {
    Path zip = BundleRuns.zipOf(previous);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)))
        .isEqualTo("rw-r--r--");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(previous.resolve("data/实施方案.pdf"))))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void aSecondRunIntoTheSamePlaceWaitsItsTurn() throws Exception {
    Path out = dir.resolve("concurrent/申报包");
    List<CliRun> second = new ArrayList<>();
    List<List<String>> hiddenMeanwhile = new ArrayList<>();
    Faults whileWriting =
        new Faults() {
          @Override
          public void reached(Stage s) throws IOException {
            if (s == Stage.PAYLOAD) {
              second.add(bundle(out, "--zip"));
              second.add(bundle(out, "--zip", "--force"));
              hiddenMeanwhile.add(BundleRuns.hidden(out.getParent()));
            }
          }
        };
    CliRun first = bundleWith(whileWriting, "../examples/bishan", out, "--zip");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(second).hasSize(2);
    for (CliRun r : second) {
      assertThat(r.code()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).contains("正在写入");
    }
    assertThat(hiddenMeanwhile.get(0)).as("the first run's staging folder is untouched").hasSize(2);
    assertThat(BundleRuns.inView(out)).containsExactly(AS_OF, AS_OF);
    assertThat(BundleRuns.hidden(out.getParent())).isEmpty();
    CliRun after = bundle(out, "--zip");
    assertThat(after.code()).isEqualTo(2);
    assertThat(after.err()).contains("已存在");
  }

  /**
   * The lock is the operating system's, so it holds between processes too: a run in a JVM of its
   * own, held while it writes the payload, makes this one stop at once; then it finishes alone.
   */
  @Test
  void aRunInAnotherProcessHoldsTheTargetUntilItEnds() throws Exception {
    Path out = dir.resolve("other-process/申报包");
    Process other =
        BundleRuns.inItsOwnJvm(
            Stage.PAYLOAD, false, BundleRuns.args(BundleRuns.BISHAN, out, AS_OF, "--zip"));
    BufferedReader said =
        new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
    assertThat(said.readLine()).isEqualTo(BundleRuns.STOPPED + Stage.PAYLOAD);
    CliRun second = bundle(out, "--zip", "--force");
    other.getOutputStream().close();
    String rest = said.lines().collect(Collectors.joining("\n"));
    assertThat(other.waitFor()).as(rest).isZero();
    assertThat(second.code()).as(second.err()).isEqualTo(2);
    assertThat(second.err()).contains("正在写入");
    assertThat(BundleRuns.inView(out)).containsExactly(AS_OF, AS_OF);
    assertThat(BundleRuns.hidden(out.getParent())).isEmpty();
  }

  /**
   * What an earlier version of the tool left when it was stopped: its zip's temporary file goes;
   * the previous bundle it had moved aside, with nothing in its place, is the only copy and comes
   * back (then is replaced as asked); moved aside beside a bundle in place, it goes.
   */
  @Test
  void whatAnEarlierVersionLeftIsCleanedAndItsOnlyCopyKept() throws Exception {
    Path p = Files.createDirectories(dir.resolve("earlier"));
    Path out = p.resolve("申报包");
    Files.writeString(p.resolve(".申报包.zip-123.tmp"), "half a zip");
    BundleRuns.copyTree(previous, p.resolve(".申报包.old-456"));
    CliRun refused = bundle(out, "--zip");
    assertThat(refused.code()).as(refused.err()).isEqualTo(2);
    assertThat(refused.err()).contains("已存在");
    assertThat(BagVerifier.verify(out).problems()).isEmpty();
    assertThat(BundleRuns.hidden(p)).isEmpty();
    BundleRuns.copyTree(previous, p.resolve(".申报包.old-789"));
    CliRun forced = bundle(out, "--zip", "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(BundleRuns.inView(out)).containsExactly(AS_OF, AS_OF);
    assertThat(BundleRuns.hidden(p)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "实施方案.pdf",
        "实施方案-打印版.pdf",
        "规上工业中小企业名单.xlsx",
        "工作基础证明.pdf",
        "manifest-sha512.txt",
        "申报包.zip",
        "COMMIT.tmp"
      })
  void aFullDiskIsSaidSoAndLeavesThePreviousBundleWhole(String failing) throws Exception {
    Path p = Files.createDirectories(dir.resolve("full-" + failing));
    Path out = p.resolve("申报包");
    BundleRuns.copyTree(previous, out);
    Files.copy(BundleRuns.zipOf(previous), BundleRuns.zipOf(out));
    var before = contents(p);
    CliRun r = bundleWith(new FullDisk(failing), "../examples/bishan", out, "--zip", "--force");
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("磁盘空间不足：写入 ", failing, " 时失败").doesNotContain("bug");
    assertThat(contents(p)).isEqualTo(before);
  }

  @Test
  void aFullDiskOnAFirstRunLeavesNothing() throws Exception {
    Path p = Files.createDirectories(dir.resolve("full-first"));
    CliRun r =
        bundleWith(new FullDisk("实施方案主要数据表.xlsx"), "../examples/bishan", p.resolve("申报包"), "--zip");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("磁盘空间不足");
    try (Stream<Path> s = Files.list(p)) {
      assertThat(s).isEmpty();
    }
  }

  /** A disk that fills up while {@code name} is written: ENOSPC, as Linux words it. */
  record FullDisk(String name) implements Faults {
    @Override
    public OutputStream wrap(Path file, OutputStream out) {
      if (!file.getFileName().toString().equals(name)) {
        return out;
      }
      return new FilterOutputStream(out) {
        private long written;

        @Override
        public void write(int b) throws IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          written += len;
          if (written > 4) {
            throw new IOException("No space left on device");
          }
          out.write(b, off, len);
        }
      };
    }
  }
}
