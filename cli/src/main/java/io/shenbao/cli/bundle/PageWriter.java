package io.shenbao.cli.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text and tables onto A4 pages inside the GB/T 9704 type area, top to bottom, starting new
 * pages as needed. Every string is checked against the fonts before it is drawn.
 */
final class PageWriter implements Closeable {
  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** One row of a table; {@code span} rows run across all columns (group headings). */
  record Row(List<String> cells, boolean span, boolean bold, String field) {}

  /** A bordered table with a header row repeated on every page. */
  static final class Table {
    private final float[] widths;
    private final List<String> header;
    private final List<Row> rows;
    private final float size;

    Table(float[] widths, List<String> header, List<Row> rows, float size) {
      this.widths = widths.clone();
      this.header = List.copyOf(header);
      this.rows = List.copyOf(rows);
      this.size = size;
    }

    float width(int column) {
      return widths[column];
    }

    float total() {
      float sum = 0;
      for (float w : widths) {
        sum += w;
      }
      return sum;
    }

    List<String> header() {
      return header;
    }

    List<Row> rows() {
      return rows;
    }

    float size() {
      return size;
    }
  }

  private final PDDocument doc;
  private final FontSet fonts;
  final PDFont body;
  final PDFont bold;
  private final List<PDPage> pages = new ArrayList<>();
  private PDPageContentStream cs;
  private float y;

  PageWriter(PDDocument doc, FontSet fonts) throws IOException {
    this.doc = doc;
    this.fonts = fonts;
    this.body = fonts.body(doc);
    this.bold = fonts.heading(doc);
  }

  /** The pages this writer made, in order. */
  List<PDPage> pages() {
    return pages;
  }

  /** The page being written. */
  PDPage page() {
    return pages.get(pages.size() - 1);
  }

  void newPage() throws IOException {
    if (cs != null) {
      cs.close();
    }
    PDPage page = new PDPage(new PDRectangle(Gb9704.PAGE_W, Gb9704.PAGE_H));
    doc.addPage(page);
    pages.add(page);
    cs = new PDPageContentStream(doc, page);
    y = Gb9704.TOP;
  }

  /** Starts a new page unless {@code height} still fits on this one. */
  void ensure(float height) throws IOException {
    if (cs == null || y - height < Gb9704.BOTTOM) {
      newPage();
    }
  }

  /** Moves down by {@code h}. */
  void skip(float h) throws IOException {
    ensure(h);
    y -= h;
  }

  /** Moves to a position from the top of the type area (on the current page). */
  void moveTo(float fromTop) {
    y = Gb9704.TOP - fromTop;
  }

  /** Draws one string at a baseline. */
  void text(String s, PDFont font, float size, float x, float baseline, String field)
      throws IOException, BundleException {
    if (s.isEmpty()) {
      return;
    }
    fonts.requireGlyphs(s, field);
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, baseline);
    cs.showText(s);
    cs.endText();
  }

  /** A paragraph, wrapped to the type area, first line indented by {@code indentChars}. */
  void paragraph(
      String text,
      String field,
      PDFont font,
      float size,
      float lineHeight,
      float indentChars,
      Align align)
      throws IOException, BundleException {
    paragraph(text, field, font, size, lineHeight, indentChars * size, 0, align);
  }

  /**
   * A paragraph whose first line starts {@code first} points in and whose other lines start {@code
   * rest} points in (a hanging indent for "标签：值" lines).
   */
  void paragraph(
      String text,
      String field,
      PDFont font,
      float size,
      float lineHeight,
      float first,
      float rest,
      Align align)
      throws IOException, BundleException {
    fonts.requireGlyphs(text, field);
    List<String> lines = TextFlow.lines(text, font, size, Gb9704.BODY_W - rest, first - rest);
    for (int i = 0; i < lines.size(); i++) {
      ensure(lineHeight);
      String line = lines.get(i);
      float w = TextFlow.width(font, line, size);
      float x =
          switch (align) {
            case LEFT -> Gb9704.LEFT + (i == 0 ? first : rest);
            case CENTER -> Gb9704.LEFT + (Gb9704.BODY_W - w) / 2;
            case RIGHT -> Gb9704.RIGHT - w;
          };
      float baseline = y - (lineHeight + size * 0.7f) / 2;
      text(line, font, size, x, baseline, field);
      y -= lineHeight;
    }
  }

  /** A body paragraph: 3号, 2-character indent, 22 lines a page. */
  void body(String text, String field) throws IOException, BundleException {
    paragraph(text, field, body, Gb9704.BODY_SIZE, Gb9704.LINE, 2, Align.LEFT);
  }

  /** "标签：值" with the value's further lines aligned under its start. */
  void labelled(String label, String value, String field) throws IOException, BundleException {
    float first = 2 * Gb9704.BODY_SIZE;
    float rest = first + TextFlow.width(body, label, Gb9704.BODY_SIZE);
    paragraph(label + value, field, body, Gb9704.BODY_SIZE, Gb9704.LINE, first, rest, Align.LEFT);
  }

  /** A table with a header row repeated after each page break. */
  void table(Table t) throws IOException, BundleException {
    for (String h : t.header()) {
      fonts.requireGlyphs(h, "table header");
    }
    for (Row r : t.rows()) {
      for (String c : r.cells()) {
        fonts.requireGlyphs(c, r.field());
      }
    }
    float pad = 3f;
    float lh = t.size() * 1.35f;
    Row header = new Row(t.header(), false, true, "table header");
    drawRow(t, header, pad, lh, true);
    for (Row r : t.rows()) {
      float h = height(t, r, pad, lh);
      if (cs == null || y - h < Gb9704.BOTTOM) {
        newPage();
        drawRow(t, header, pad, lh, true);
      }
      drawRow(t, r, pad, lh, false);
    }
  }

  private float height(Table t, Row r, float pad, float lh) throws IOException {
    int lines = 1;
    PDFont f = r.bold() ? bold : body;
    if (r.span()) {
      lines = TextFlow.lines(r.cells().get(0), f, t.size(), t.total() - 2 * pad, 0).size();
    } else {
      for (int c = 0; c < r.cells().size(); c++) {
        lines =
            Math.max(
                lines,
                TextFlow.lines(r.cells().get(c), f, t.size(), t.width(c) - 2 * pad, 0).size());
      }
    }
    return lines * lh + 2 * pad;
  }

  private void drawRow(Table t, Row r, float pad, float lh, boolean isHeader)
      throws IOException, BundleException {
    float h = height(t, r, pad, lh);
    ensure(h);
    PDFont f = r.bold() || isHeader ? bold : body;
    float x = Gb9704.LEFT;
    int columns = r.span() ? 1 : r.cells().size();
    for (int c = 0; c < columns; c++) {
      float w = r.span() ? t.total() : t.width(c);
      cs.setLineWidth(0.5f);
      cs.addRect(x, y - h, w, h);
      cs.stroke();
      List<String> lines = TextFlow.lines(r.cells().get(c), f, t.size(), w - 2 * pad, 0);
      float baseline = y - pad - t.size();
      for (String line : lines) {
        text(line, f, t.size(), x + pad, baseline, r.field());
        baseline -= lh;
      }
      x += w;
    }
    y -= h;
  }

  /** Finishes the current page's content; the next text starts a new page. */
  void endPage() throws IOException {
    if (cs != null) {
      cs.close();
      cs = null;
    }
  }

  @Override
  public void close() throws IOException {
    endPage();
  }
}
