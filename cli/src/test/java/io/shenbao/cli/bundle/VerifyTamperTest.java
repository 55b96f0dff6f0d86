package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile sender's package is never called intact: repeated zip entries, entries outside the
 * bag's folder, links, a manifest that lists a file twice or leaves one out, links and pipes in a
 * folder, a zip cut short or with one broken entry, an entry that inflates without end. Each is
 * damage (exit 1) naming what is wrong, and the rest of the package is still checked.
 */
class VerifyTamperTest {
  static final String PDF = "申报包/data/实施方案.pdf";

  @TempDir static Path dir;
  static Path folder;
  static Path zip;
  static Map<String, byte[]> entries;

  @BeforeAll
  static void build() throws IOException {
    folder = dir.resolve("orig/申报包");
    CliRun r = BundleRuns.bishan(folder, "--zip");
    assertThat(r.code()).as(r.err()).isZero();
    zip = BundleRuns.zipOf(folder);
    entries = new LinkedHashMap<>();
    try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
        try (InputStream in = z.getInputStream(e)) {
          entries.put(e.getName(), in.readAllBytes());
        }
      }
    }
  }

  /** One entry of a zip to write: a name, its bytes, and whether it is a symbolic link. */
  record Entry(String name, byte[] bytes, boolean link) {
    Entry(String name, byte[] bytes) {
      this(name, bytes, false);
    }
  }

  static Path write(String name, List<Entry> list) throws IOException {
    Path out = dir.resolve(name);
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(Files.newOutputStream(out))) {
      for (Entry e : list) {
        ZipArchiveEntry ze = new ZipArchiveEntry(e.name());
        if (e.link()) {
          ze.setUnixMode(0120777);
        }
        z.putArchiveEntry(ze);
        z.write(e.bytes());
        z.closeArchiveEntry();
      }
    }
    return out;
  }

  /** The genuine entries, in order. */
  static List<Entry> genuine() {
    List<Entry> out = new ArrayList<>();
    entries.forEach((n, b) -> out.add(new Entry(n, b)));
    return out;
  }

  static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  static CliRun verify(Path p) {
    return CliRun.of("verify", p.toString());
  }

  /** A tampered copy first and the genuine one last, Payload-Oxum and tag manifest to match. */
  @Test
  void aRepeatedEntryIsDamageWhicheverCopyIsGenuine() throws Exception {
    byte[] genuine = entries.get(PDF);
    byte[] tampered = genuine.clone();
    tampered[tampered.length / 2] ^= 1;
    List<Entry> list = new ArrayList<>();
    for (Entry e : genuine()) {
      if (e.name().equals(PDF)) {
        list.add(new Entry(PDF, tampered));
      }
      list.add(e);
    }
    adjustOxum(list, genuine.length, 0);
    CliRun r = verify(write("repeated.zip", list));
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("条目 " + PDF + " 出现了不止一次");
  }

  /**
   * Names that differ only in case, or in Unicode's composed and decomposed forms, are one file on
   * the receiving office's disk (Windows, macOS): a repeat too.
   */
  @Test
  void namesOneFileOnDiskAreRepeats() throws Exception {
    List<Entry> list = genuine();
    list.add(new Entry(PDF.replace(".pdf", ".PDF"), entries.get(PDF)));
    list.add(new Entry("申报包/data/caf\u00e9.txt", "x".getBytes(StandardCharsets.UTF_8)));
    list.add(new Entry("申报包/data/cafe\u0301.txt", "y".getBytes(StandardCharsets.UTF_8)));
    CliRun r = verify(write("case.zip", list));
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out())
        .contains("条目 申报包/data/实施方案.PDF 出现了不止一次", "条目 申报包/data/cafe\u0301.txt 出现了不止一次");
  }

  /**
   * Windows drops the dots and spaces that end a name: a tampered {@code 实施方案.pdf.} and the genuine
   * {@code 实施方案.pdf} are one file there, whichever is unpacked last.
   */
  @Test
  void namesWindowsTrimsAreRepeats() throws Exception {
    List<Entry> list = new ArrayList<>();
    for (Entry e : genuine()) {
      if (e.name().equals(PDF)) {
        list.add(new Entry(PDF + ".", "tampered".getBytes(StandardCharsets.UTF_8)));
        list.add(new Entry(PDF + " ", "tampered".getBytes(StandardCharsets.UTF_8)));
      }
      list.add(e);
    }
    CliRun r = verify(write("trailing.zip", list));
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("条目 " + PDF + " 出现了不止一次", "条目 " + PDF + "  出现了不止一次");
  }

  /** A hostile sender's entry names and bag-info fields reach the terminal escaped. */
  @Test
  void whatTheSenderWroteIsShownEscaped() throws Exception {
    String attack = "\u001B[2J\u001B]0;pwned\u0007";
    List<Entry> list = new ArrayList<>();
    for (Entry e : genuine()) {
      if (e.name().endsWith("/bag-info.txt")) {
        String info = new String(e.bytes(), StandardCharsets.UTF_8);
        info = info.replace("Source-Organization: ", "Source-Organization: " + attack);
        list.add(new Entry(e.name(), info.getBytes(StandardCharsets.UTF_8)));
      } else {
        list.add(e);
      }
    }
    list.add(new Entry("申报包/data/" + attack + ".pdf", "x".getBytes(StandardCharsets.UTF_8)));
    CliRun damaged = verify(write("escaped.zip", list));
    assertThat(damaged.code()).isEqualTo(1);
    assertThat(damaged.out()).contains("data/\\u001B[2J").doesNotContain("\u001B", "\u0007");
    Path folder = copyFolder("escaped");
    Path info = folder.resolve("bag-info.txt");
    Files.writeString(
        info,
        Files.readString(info).replace("Source-Organization: ", "Source-Organization: " + attack));
    resealTags(folder);
    CliRun intact = verify(folder);
    assertThat(intact.code()).as(intact.out()).isZero();
    assertThat(intact.out()).contains("\\u001B]0;pwned\\u0007").doesNotContain("\u001B", "\u0007");
  }

  @Test
  void entriesOutsideTheBagAndLinksAreDamageEachNamed() throws Exception {
    List<Entry> list = genuine();
    list.add(new Entry("../../x.txt", "x".getBytes(StandardCharsets.UTF_8)));
    list.add(new Entry("/etc/cron.d/x", "x".getBytes(StandardCharsets.UTF_8)));
    list.add(new Entry("申报包/data/../../y.txt", "y".getBytes(StandardCharsets.UTF_8)));
    list.add(new Entry("其他/z.txt", "z".getBytes(StandardCharsets.UTF_8)));
    list.add(new Entry("申报包/data/link.pdf", "/etc/passwd".getBytes(StandardCharsets.UTF_8), true));
    CliRun r = verify(write("outside.zip", list));
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "条目 ../../x.txt 不在申报包文件夹内",
            "条目 /etc/cron.d/x 不在",
            "条目 申报包/data/../../y.txt 不在",
            "条目 其他/z.txt 不在",
            "申报包/data/link.pdf 是符号链接");
  }

  @Test
  void aZipCutShortIsDamageNamingTheEntryThatCannotBeRead() throws Exception {
    byte[] all = Files.readAllBytes(zip);
    Path cut = dir.resolve("cut.zip");
    Files.write(cut, Arrays.copyOf(all, all.length * 3 / 5));
    CliRun r = verify(cut);
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("压缩包 cut.zip 不完整", "无法读取 ").doesNotContain("null");
  }

  @Test
  void oneBrokenEntryIsNamedAndTheOthersAreStillChecked() throws Exception {
    Path broken = dir.resolve("broken.zip");
    Files.copy(zip, broken);
    long at;
    long size;
    try (ZipFile z = ZipFile.builder().setPath(broken).get()) {
      ZipArchiveEntry e = z.getEntry(PDF);
      at = e.getDataOffset();
      size = e.getCompressedSize();
    }
    byte[] all = Files.readAllBytes(broken);
    for (long i = at + size / 3; i < at + size / 3 + 64; i++) {
      all[(int) i] = (byte) 0xFF;
    }
    Files.write(broken, all);
    CliRun r = verify(broken);
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("无法读取 data/实施方案.pdf").doesNotContain("缺少文件");
    assertThat(r.out().lines().filter(l -> l.contains("data/"))).hasSize(1);
  }

  /**
   * bag-info.txt inflating to 300 MiB, checked in a 64 MB heap: stopped once it passes what a tag
   * file may take in that heap (kept up to 64 MiB, it ran the heap out: exit 3).
   */
  @Test
  void aTagEntryThatInflatesWithoutEndIsStoppedNotReadIntoMemory() throws Exception {
    List<Entry> list = new ArrayList<>();
    for (Entry e : genuine()) {
      list.add(e.name().endsWith("bag-info.txt") ? new Entry(e.name(), new byte[0]) : e);
    }
    Path bomb = write("bomb.zip", list);
    // the same zip with bag-info.txt as 300 MiB of zeros (about 300 KiB packed)
    Path out = dir.resolve("bomb2.zip");
    try (ZipFile z = ZipFile.builder().setPath(bomb).get();
        ZipArchiveOutputStream o = new ZipArchiveOutputStream(Files.newOutputStream(out))) {
      for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
        if (e.getName().endsWith("bag-info.txt")) {
          o.setLevel(Deflater.BEST_SPEED);
          o.putArchiveEntry(new ZipArchiveEntry(e.getName()));
          byte[] zeros = new byte[1 << 20];
          for (int i = 0; i < 300; i++) {
            o.write(zeros);
          }
          o.closeArchiveEntry();
        } else {
          o.addRawArchiveEntry(e, z.getRawInputStream(e));
        }
      }
    }
    CliRun r = verifyInHeap("-Xmx64m", out);
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("bag-info.txt 解压后超过");
  }

  /** verify in a JVM of its own whose heap is {@code xmx}. */
  private static CliRun verifyInHeap(String xmx, Path p) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(CliRun.javaCommand(List.of(xmx), Main.class, "verify", p.toString()));
    pb.environment().put("LC_ALL", "C.UTF-8");
    pb.redirectError(dir.resolve("verify-" + p.getFileName() + ".err").toFile());
    Process proc = pb.start();
    String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = proc.waitFor();
    return new CliRun(
        code, out, Files.readString(dir.resolve("verify-" + p.getFileName() + ".err")));
  }

  /** A manifest gone from a folder: named plainly, with no digest to show. */
  @Test
  void aMissingManifestIsNamedPlainly() throws Exception {
    Path b = copyFolder("no-manifest");
    Files.delete(b.resolve("manifest-sha512.txt"));
    resealTags(b);
    CliRun r = verify(b);
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("缺少文件 manifest-sha512.txt。").doesNotContain("null");
  }

  @Test
  void aManifestListingAFileTwiceIsDamage() throws Exception {
    Path b = copyFolder("listed-twice");
    Path m = b.resolve("manifest-sha256.txt");
    String text = Files.readString(m);
    Files.writeString(m, text + text.lines().findFirst().orElseThrow() + "\n");
    resealTags(b);
    CliRun r = verify(b);
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("manifest-sha256.txt 第 ", "再次列出了 data/");
  }

  @Test
  void aPayloadFileMissingFromOneManifestIsDamage() throws Exception {
    Path b = copyFolder("one-manifest");
    byte[] evil = "%PDF-1.7 a letter the city never wrote".getBytes(StandardCharsets.UTF_8);
    Files.write(b.resolve("data/推荐函.pdf"), evil);
    Path m = b.resolve("manifest-sha256.txt");
    Files.writeString(m, Files.readString(m) + sha256(evil) + "  data/推荐函.pdf\n");
    Path info = b.resolve("bag-info.txt");
    String oxum =
        Files.readString(info).replaceAll("(?s).*Payload-Oxum: (\\d+)\\.(\\d+).*", "$1 $2");
    long bytes = Long.parseLong(oxum.split(" ")[0]) + evil.length;
    long files = Long.parseLong(oxum.split(" ")[1]) + 1;
    Files.writeString(
        info,
        Files.readString(info)
            .replaceAll("Payload-Oxum: .*", "Payload-Oxum: " + bytes + "." + files));
    resealTags(b);
    CliRun r = verify(b);
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("文件 data/推荐函.pdf 不在 manifest-sha512.txt 中");
  }

  @Test
  void linksAndPipesInAFolderAreDamageAndNeverOpened() throws Exception {
    Path b = copyFolder("special");
    Files.createSymbolicLink(b.resolve("data/链接.pdf"), b.resolve("data/实施方案.pdf"));
    Process mkfifo = new ProcessBuilder("mkfifo", b.resolve("data/管道.pdf").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    CliRun r = verify(b);
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    assertThat(r.out()).contains("data/链接.pdf 是符号链接", "data/管道.pdf 不是普通文件");
  }

  @Test
  void aPipeGivenToVerifyIsRefusedNotReadForever() throws Exception {
    Path fifo = dir.resolve("pipe.zip");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    CliRun r = verify(fifo);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("不是普通文件或文件夹");
  }

  @Test
  void theGenuineZipAndFolderAreIntact() {
    assertThat(verify(zip).code()).isZero();
    assertThat(verify(folder).code()).isZero();
    assertThat(verify(write0()).code()).isZero();
  }

  /** The genuine entries rewritten by another zip writer: still intact. */
  private static Path write0() {
    try {
      return write("rewritten.zip", genuine());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path copyFolder(String name) throws Exception {
    Path b = dir.resolve(name).resolve("申报包");
    BundleRuns.copyTree(folder, b);
    return b;
  }

  /** Rewrites the tag manifest to match the tag files there are, as a careful tamperer would. */
  private static void resealTags(Path b) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (String tag :
        List.of("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt")) {
      if (Files.exists(b.resolve(tag))) {
        sb.append(sha256(Files.readAllBytes(b.resolve(tag)))).append("  ").append(tag).append('\n');
      }
    }
    Files.writeString(b.resolve("tagmanifest-sha256.txt"), sb.toString());
  }

  /** Adds {@code bytes} and {@code files} to Payload-Oxum and reseals bag-info.txt's digest. */
  private static void adjustOxum(List<Entry> list, long bytes, long files) throws Exception {
    String infoName = "申报包/bag-info.txt";
    String info = null;
    for (Entry e : list) {
      if (e.name().equals(infoName)) {
        info = new String(e.bytes(), StandardCharsets.UTF_8);
      }
    }
    String[] oxum = info.replaceAll("(?s).*Payload-Oxum: (\\d+)\\.(\\d+).*", "$1 $2").split(" ");
    String fixed =
        info.replaceAll(
            "Payload-Oxum: .*",
            "Payload-Oxum: "
                + (Long.parseLong(oxum[0]) + bytes)
                + "."
                + (Long.parseLong(oxum[1]) + files));
    byte[] infoBytes = fixed.getBytes(StandardCharsets.UTF_8);
    String tagName = "申报包/tagmanifest-sha256.txt";
    for (int i = 0; i < list.size(); i++) {
      Entry e = list.get(i);
      if (e.name().equals(infoName)) {
        list.set(i, new Entry(infoName, infoBytes));
      } else if (e.name().equals(tagName)) {
        String tags = new String(e.bytes(), StandardCharsets.UTF_8);
        String old = tags.lines().filter(l -> l.endsWith("bag-info.txt")).findFirst().orElseThrow();
        tags = tags.replace(old, sha256(infoBytes) + "  bag-info.txt");
        list.set(i, new Entry(tagName, tags.getBytes(StandardCharsets.UTF_8)));
      }
    }
  }
}
