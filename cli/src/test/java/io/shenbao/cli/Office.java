package io.shenbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** LibreOffice, the office suite CI installs, opening workbooks as a user's would. */
public final class Office {
  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  private Office() {}

  /** Skips the test where LibreOffice is not installed, except on CI, which installs it. */
  public static void required() {
    if (!Files.isExecutable(SOFFICE)) {
      assertThat(System.getenv("CI"))
          .as("CI installs LibreOffice (see .ci/run)")
          .isNotEqualTo("true");
      Assumptions.abort("LibreOffice is not installed here");
    }
  }

  /**
   * Opens a workbook in LibreOffice and saves it back as .xlsx in place (soffice --headless
   * --convert-to xlsx), as a user of LibreOffice would, with a profile in {@code work}. Where
   * LibreOffice is not installed the test is skipped, except on CI, which installs it.
   */
  public static void resave(Path xlsx, Path work) throws Exception {
    required();
    Path out = work.resolve("resaved");
    convert("xlsx", out, work, List.of(xlsx), 180);
    Files.copy(out.resolve(xlsx.getFileName()), xlsx, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Skips the test where LibreOffice Writer (which opens .docx) is not installed, except on CI,
   * which installs it.
   */
  public static void writerRequired() {
    required();
    if (!Files.exists(Path.of("/usr/lib/libreoffice/program/libswlo.so"))) {
      assertThat(System.getenv("CI")).as("CI installs LibreOffice Writer").isNotEqualTo("true");
      Assumptions.abort("LibreOffice Writer is not installed here");
    }
  }

  /**
   * Converts files in one LibreOffice run (soffice --headless --convert-to FORMAT) into {@code
   * out}, with a profile in {@code work}; asserts it ends in time and exits 0, and returns its log.
   */
  public static String convert(String format, Path out, Path work, List<Path> files, int seconds)
      throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                SOFFICE.toString(),
                "--headless",
                "--norestore",
                "-env:UserInstallation=file://" + work.resolve("lo-profile"),
                "--convert-to",
                format,
                "--outdir",
                out.toString()));
    for (Path f : files) {
      cmd.add(f.toString());
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    return log;
  }

  /**
   * Asserts that LibreOffice opens every workbook (converting each to PDF in one run, under a name
   * of its own, with a profile in {@code work}). Where LibreOffice is not installed the test is
   * skipped, except on CI, which installs it.
   */
  public static void opens(List<Path> books, Path work) throws Exception {
    required();
    Path in = work.resolve("in");
    Path out = work.resolve("pdf");
    List<Path> copies = new ArrayList<>();
    for (int i = 0; i < books.size(); i++) {
      String name = books.get(i).getFileName().toString();
      Path copy =
          Files.createDirectories(in).resolve("book" + i + name.substring(name.lastIndexOf('.')));
      Files.copy(books.get(i), copy);
      copies.add(copy);
    }
    String log = convert("pdf", out, work, copies, 300);
    assertThat(log).doesNotContainIgnoringCase("error");
    for (int i = 0; i < books.size(); i++) {
      Path pdf = out.resolve("book" + i + ".pdf");
      assertThat(pdf).as("%s opened in LibreOffice", books.get(i)).isRegularFile();
      assertThat(Files.size(pdf)).as("%s", books.get(i)).isGreaterThan(1000);
    }
  }
}
