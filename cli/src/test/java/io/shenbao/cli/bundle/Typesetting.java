package io.shenbao.cli.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A document with the bundled fonts loaded and a writer on it: what the typesetting tests (tables,
 * titles, line breaking) measure and set text with. A test class holds one in an {@code @AutoClose}
 * static field.
 */
final class Typesetting implements AutoCloseable {
  final PDDocument doc;
  final FontSet fonts;
  final PageWriter writer;

  private Typesetting() throws IOException, BundleException {
    doc = new PDDocument();
    fonts = FontSet.bundled();
    writer = new PageWriter(doc, fonts);
  }

  /** Loads the bundled fonts into a new document. */
  static Typesetting open() {
    try {
      return new Typesetting();
    } catch (IOException | BundleException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
    doc.close();
    fonts.close();
  }
}
