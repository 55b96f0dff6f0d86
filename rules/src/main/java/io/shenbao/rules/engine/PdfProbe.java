package io.shenbao.rules.engine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** Opens a PDF the plan names, to tell whether it is a readable PDF, and optionally its text. */
final class PdfProbe {
  static final long MAX_BYTES = 512L * 1024 * 1024;
  static final int MAX_TEXT_PAGES = 500;

  private PdfProbe() {}

  /** The smallest PDF with one page, opened once to load PDFBox's classes ahead of need. */
  private static final String TINY =
      "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
          + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
          + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\n"
          + "trailer<</Root 1 0 R>>\n%%EOF\n";

  /** Loads and runs PDFBox's parser once, on a spare core, so the first real PDF is quick. */
  static void warm() {
    try (PDDocument doc =
        Loader.loadPDF(TINY.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      doc.getNumberOfPages();
    } catch (IOException e) {
      // only a warm-up: the real probe reports whatever is wrong with a real file
    }
  }

  /** What was found: {@code status} is null for a readable PDF, else a message variant. */
  record Result(String status, int pages, String text) {}

  static Result probe(Path file, boolean withText) {
    if (!Files.isRegularFile(file)) {
      return new Result("missing", 0, null);
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        return new Result("too-large", 0, null);
      }
      if (io.shenbao.rules.read.roster.FileKind.of(file)
          != io.shenbao.rules.read.roster.FileKind.PDF) {
        return new Result("not-pdf", 0, null);
      }
    } catch (IOException e) {
      return new Result("unreadable", 0, null);
    }
    File f = file.toFile();
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(f))) {
      int pages = doc.getNumberOfPages();
      if (pages == 0) {
        return new Result("no-pages", 0, null);
      }
      String text = null;
      if (withText) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setEndPage(MAX_TEXT_PAGES);
        text = stripper.getText(doc);
      }
      return new Result(null, pages, text);
    } catch (InvalidPasswordException e) {
      return new Result("encrypted", 0, null);
    } catch (IOException | RuntimeException e) {
      return new Result("corrupt", 0, null);
    }
  }
}
