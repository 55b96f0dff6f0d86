package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package's zip names its Chinese entries so that every unzip reads them: marked as made on
 * Unix with the UTF-8 flag set. Marked as made on MS-DOS (java.util.zip's way), Debian's and
 * Ubuntu's unzip decoded them as a DOS code page and extracted a folder of garbled names.
 */
class ZipNamesTest {
  static final LocalDateTime TIME = LocalDateTime.of(2024, 5, 10, 0, 0);

  @TempDir Path dir;

  private Path zip() throws Exception {
    Path bag = Files.createDirectories(dir.resolve("璧山区-申报包/data/重庆市璧山区"));
    Files.writeString(bag.resolve("实施方案.pdf"), "%PDF-1.7\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("璧山区-申报包/bagit.txt"), "BagIt-Version: 1.0\n");
    Path zip = dir.resolve("璧山区-申报包.zip");
    try (OutputStream os = Files.newOutputStream(zip)) {
      DeterministicZip.zipFolder(dir.resolve("璧山区-申报包"), "璧山区-申报包", os, TIME);
    }
    return zip;
  }

  @Test
  void entriesAreMadeOnUnixWithUtf8NamesAndTheGivenTime() throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipFile z = ZipFile.builder().setPath(zip()).get()) {
      for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
        names.add(e.getName());
        assertThat(e.getPlatform()).as(e.getName()).isEqualTo(ZipArchiveEntry.PLATFORM_UNIX);
        assertThat(e.getUnixMode()).as(e.getName()).isEqualTo(0100644);
        assertThat(e.getGeneralPurposeBit().usesUTF8ForNames()).as(e.getName()).isTrue();
        assertThat(
                LocalDateTime.ofInstant(
                    e.getLastModifiedDate().toInstant(), ZoneId.systemDefault()))
            .isEqualTo(TIME);
      }
    }
    assertThat(names).containsExactly("璧山区-申报包/bagit.txt", "璧山区-申报包/data/重庆市璧山区/实施方案.pdf");
  }

  @Test
  void unzipListsTheNamesAsWritten() throws Exception {
    Path unzip = Path.of("/usr/bin/unzip");
    assumeThat(Files.isExecutable(unzip)).as("unzip is installed").isTrue();
    ProcessBuilder pb = new ProcessBuilder(unzip.toString(), "-Z1", zip().toString());
    pb.environment().put("LC_ALL", "C.UTF-8");
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    assertThat(out.lines()).containsExactly("璧山区-申报包/bagit.txt", "璧山区-申报包/data/重庆市璧山区/实施方案.pdf");
  }
}
