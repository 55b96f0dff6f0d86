package io.shenbao.cli.receive;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Packages the receiving-side tests receive: made by the tool's own bundle, one print copy. */
final class Packed {
  static final String AS_OF = "2024-05-10";

  private Packed() {}

  /** Bundles {@code workspace} into {@code out} (and {@code out}.zip), dated {@code date}. */
  static Path bundle(String workspace, Path out, String date) {
    CliRun r =
        CliRun.of(
            "--quiet",
            "bundle",
            workspace,
            "--as-of",
            AS_OF,
            "--date",
            date,
            "--copies",
            "1",
            "--zip",
            "--out",
            out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    return out;
  }

  /** The zip beside a bundle folder. */
  static Path zipOf(Path folder) {
    return folder.resolveSibling(folder.getFileName() + ".zip");
  }

  /** A copy of {@code zip} with the text of each entry ending in {@code suffix} changed. */
  static Path rewrite(Path zip, Path to, String suffix, UnaryOperator<String> change)
      throws IOException {
    try (InputStream raw = Files.newInputStream(zip);
        ZipInputStream in = new ZipInputStream(raw, StandardCharsets.UTF_8);
        OutputStream os = Files.newOutputStream(to);
        ZipOutputStream out = new ZipOutputStream(os, StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().endsWith(suffix)) {
          bytes =
              change
                  .apply(new String(bytes, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    return to;
  }
}
