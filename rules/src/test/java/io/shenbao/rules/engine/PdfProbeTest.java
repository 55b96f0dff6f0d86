package io.shenbao.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.shenbao.rules.finding.Keys;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attachment findings no fixture can hold: a PDF over the size the probe opens (512 MB, here a
 * sparse file that takes no disk), and a file the system cannot read.
 */
class PdfProbeTest {
  @TempDir Path dir;

  @Test
  void aPdfLargerThanTheProbeOpensIsTooLarge() throws Exception {
    Path pdf = dir.resolve("扫描件.pdf");
    try (RandomAccessFile f = new RandomAccessFile(pdf.toFile(), "rw")) {
      f.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
      f.setLength(PdfProbe.MAX_BYTES + 1);
    }
    assertThat(PdfProbe.probe(pdf, false, false).status())
        .isEqualTo(Keys.SubmitAttachment.TOO_LARGE);
  }

  @Test
  void aFileTheSystemCannotReadIsUnreadable() {
    // a regular file whose every read fails (EIO): Linux's view of a process's own memory at 0;
    // a permission cannot stand in for it, as tests may run as root
    Path mem = Path.of("/proc/self/mem");
    assumeThat(Files.isRegularFile(mem)).as("Linux's /proc").isTrue();
    assertThat(PdfProbe.probe(mem, false, false).status())
        .isEqualTo(Keys.SubmitAttachment.UNREADABLE);
  }
}
