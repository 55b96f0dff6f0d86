package io.shenbao.rules.engine;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.formats.PdfaCheck;
import io.shenbao.rules.read.roster.FileKind;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
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
    try (PDDocument doc = Loader.loadPDF(TINY.getBytes(StandardCharsets.US_ASCII))) {
      PdfaCheck.check(doc);
    } catch (IOException e) {
      // only a warm-up: the real probe reports whatever is wrong with a real file
    }
  }

  /**
   * What was found: {@code status} is null for a readable PDF, else the finding's message key;
   * {@code archival} what keeps it from PDF/A-2b (null when it did not open).
   */
  record Result(String status, int pages, String text, PdfaCheck.Result archival) {
    Result(String status) {
      this(status, 0, null, null);
    }
  }

  /**
   * Opens the PDF; with {@code withText} extracts its text, with {@code withPages} checks its pages
   * for what PDF/A-2b forbids (its encryption and JavaScript are always checked).
   */
  static Result probe(Path file, boolean withText, boolean withPages) {
    if (!Files.isRegularFile(file)) {
      return new Result(Keys.SubmitAttachment.MISSING);
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        return new Result(Keys.SubmitAttachment.TOO_LARGE);
      }
      if (FileKind.of(file) != FileKind.PDF) {
        return new Result(Keys.SubmitAttachment.NOT_PDF);
      }
    } catch (IOException e) {
      return new Result(Keys.SubmitAttachment.UNREADABLE);
    }
    File f = file.toFile();
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(f))) {
      int pages = doc.getNumberOfPages();
      if (pages == 0) {
        return new Result(Keys.SubmitAttachment.NO_PAGES);
      }
      String text = null;
      if (withText) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setEndPage(MAX_TEXT_PAGES);
        text = stripper.getText(doc);
      }
      return new Result(null, pages, text, PdfaCheck.check(doc, withPages));
    } catch (InvalidPasswordException e) {
      return new Result(Keys.SubmitAttachment.ENCRYPTED);
    } catch (IOException | RuntimeException e) {
      return new Result(Keys.SubmitAttachment.CORRUPT);
    }
  }

  /** The message key of a PDF/A-2b blocker. */
  static String pdfaKey(PdfaCheck.Blocker b) {
    return switch (b) {
      case FONT -> Keys.SubmitAttachment.PDFA_FONT;
      case COLOUR -> Keys.SubmitAttachment.PDFA_COLOUR;
      case TRANSPARENCY -> Keys.SubmitAttachment.PDFA_TRANSPARENCY;
      case CONTENT -> Keys.SubmitAttachment.PDFA_CONTENT;
      case UNREADABLE -> Keys.SubmitAttachment.PDFA_UNREADABLE;
    };
  }

  /**
   * The warnings (SUBMIT-ATTACHMENT.pdfa-*) for what keeps a PDF from PDF/A-2b, at the file itself:
   * one per kind of problem, at its first page, naming every page and what was found there.
   *
   * @param file the file as the report names it
   * @param rel the file as the plan names it (the message's first argument)
   */
  static List<Problem> archival(String file, String rel, PdfaCheck.Result r) {
    List<Problem> out = new ArrayList<>();
    Map<PdfaCheck.Blocker, List<Integer>> pages = new EnumMap<>(PdfaCheck.Blocker.class);
    Map<PdfaCheck.Blocker, SortedSet<String>> what = new EnumMap<>(PdfaCheck.Blocker.class);
    for (PdfaCheck.Page p : r.pages()) {
      p.blockers()
          .forEach(
              (b, found) -> {
                pages.computeIfAbsent(b, k -> new ArrayList<>()).add(p.number());
                what.computeIfAbsent(b, k -> new TreeSet<>()).addAll(found);
              });
    }
    pages.forEach(
        (b, numbers) ->
            out.add(
                new Problem(
                    pdfaKey(b),
                    file,
                    Location.page(numbers.get(0)),
                    List.of(rel, PdfaCheck.ranges(numbers), String.join(", ", what.get(b))),
                    Severity.WARNING)));
    if (r.encrypted()) {
      out.add(
          new Problem(
              Keys.SubmitAttachment.PDFA_ENCRYPTED, file, null, List.of(rel), Severity.WARNING));
    }
    if (r.javascript()) {
      out.add(
          new Problem(
              Keys.SubmitAttachment.PDFA_JAVASCRIPT, file, null, List.of(rel), Severity.WARNING));
    }
    return out;
  }
}
