package io.shenbao.cli.bundle;

import io.shenbao.cli.bundle.FontSet.Role;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays text and tables onto A4 pages inside the GB/T 9704 type area, top to bottom, starting new
 * pages as needed, each string in the face of its role. A page may be turned (横排): its content is
 * set in a landscape frame rotated into the same type area, the table's head toward the binding
 * edge of an odd page and the cut edge of an even one (GB/T 9704 §8 — on A4 both are the left
 * edge), and its page number stays where every other page has it. Every string is checked against
 * its font before it is drawn.
 */
final class PageWriter implements Closeable {
  enum Align {
    LEFT,
    CENTER,
    RIGHT
  }

  /** Where a text sits between a line's top and its baseline, as a share of the type size. */
  static final float CAP = 0.76f;

  private final PDDocument doc;
  private final FontSet fonts;
  private final Map<Role, Glyphs> faces = new EnumMap<>(Role.class);
  private final List<PDPage> pages = new ArrayList<>();
  private final List<PDPage> turned = new ArrayList<>();
  private PDPageContentStream cs;
  private float y;
  private boolean landscape;

  /** The type area of the current page in its own frame: left, top, width, bottom. */
  private float left = Gb9704.LEFT;

  private float top = Gb9704.TOP;
  private float width = Gb9704.BODY_W;
  private float bottom = Gb9704.BOTTOM;

  PageWriter(PDDocument doc, FontSet fonts) throws IOException {
    this.doc = doc;
    this.fonts = fonts;
    IdentityHashMap<PDType0Font, Glyphs> shared = new IdentityHashMap<>();
    for (Map.Entry<Role, PDType0Font> e : fonts.load(doc).entrySet()) {
      faces.put(e.getKey(), shared.computeIfAbsent(e.getValue(), Glyphs::new));
    }
  }

  /** The face of a role, as loaded into this document. */
  Glyphs face(Role role) {
    return faces.get(role);
  }

  /** The font of a role, as loaded into this document. */
  PDFont font(Role role) {
    return faces.get(role).font;
  }

  /** The pages this writer made, in order. */
  List<PDPage> pages() {
    return pages;
  }

  /** The pages set landscape (横排), in order. */
  List<PDPage> turned() {
    return turned;
  }

  /** The page being written. */
  PDPage page() {
    return pages.get(pages.size() - 1);
  }

  /** The width of the type area on the current page. */
  float width() {
    return width;
  }

  /** A new page in the current orientation. */
  void newPage() throws IOException {
    newPage(landscape);
  }

  /** A new page, portrait or turned (横排). */
  void newPage(boolean turn) throws IOException {
    if (cs != null) {
      cs.close();
    }
    PDPage page = new PDPage(new PDRectangle(Gb9704.PAGE_W, Gb9704.PAGE_H));
    doc.addPage(page);
    pages.add(page);
    cs = new PDPageContentStream(doc, page);
    landscape = turn;
    if (turn) {
      turned.add(page);
      // the landscape frame's (x, y) is the page's (RIGHT - y, BOTTOM + x): its top at the left
      cs.transform(new Matrix(0, 1, -1, 0, Gb9704.RIGHT, Gb9704.BOTTOM));
      left = 0;
      width = Gb9704.BODY_H;
      bottom = 0;
      top = Gb9704.BODY_W;
    } else {
      left = Gb9704.LEFT;
      width = Gb9704.BODY_W;
      bottom = Gb9704.BOTTOM;
      top = Gb9704.TOP;
    }
    y = top;
  }

  /** Starts a new page unless {@code height} still fits on this one. */
  void ensure(float height) throws IOException {
    if (cs == null || !fits(height)) {
      newPage();
    }
  }

  /**
   * Whether {@code height} still fits above the type area's bottom. A hundredth of a point is
   * allowed for the rounding of lines added up one by one: without it the 22nd line of a page (22 ×
   * {@link Gb9704#LINE} is the type area's height) missed the page by 0.0002 pt.
   */
  private boolean fits(float height) {
    return y - height >= bottom - 0.01f;
  }

  /** Moves down by {@code h}. */
  void skip(float h) throws IOException {
    ensure(h);
    y -= h;
  }

  /** Moves to a position from the top of the type area (on the current page). */
  void moveTo(float fromTop) {
    y = top - fromTop;
  }

  /**
   * Moves down to a position from the top of the type area, or one blank line down when the text
   * already reaches past it.
   */
  void moveDownTo(float fromTop) throws IOException {
    if (y - Gb9704.LINE >= top - fromTop) {
      y = top - fromTop;
    } else {
      skip(Gb9704.LINE);
    }
  }

  /** Draws one string at a baseline, {@code x} from the left of the type area. */
  void text(String s, Role role, float size, float x, float baseline, String field)
      throws IOException, BundleException {
    if (s.isEmpty()) {
      return;
    }
    fonts.requireGlyphs(s, role, field);
    cs.beginText();
    cs.setFont(font(role), size);
    cs.newLineAtOffset(left + x, baseline);
    cs.showText(s);
    cs.endText();
  }

  /** A paragraph, wrapped to the type area, first line indented by {@code indentChars}. */
  void paragraph(
      String text,
      String field,
      Role role,
      float size,
      float lineHeight,
      float indentChars,
      Align align)
      throws IOException, BundleException {
    paragraph(text, field, role, size, lineHeight, indentChars * size, 0, align);
  }

  /**
   * A paragraph whose first line starts {@code first} points in and whose other lines start {@code
   * rest} points in (a hanging indent for "标签：值" lines).
   */
  void paragraph(
      String text,
      String field,
      Role role,
      float size,
      float lineHeight,
      float first,
      float rest,
      Align align)
      throws IOException, BundleException {
    fonts.requireGlyphs(text, role, field);
    List<String> lines = TextFlow.lines(text, face(role), size, width - rest, first - rest);
    for (int i = 0; i < lines.size(); i++) {
      line(lines.get(i), field, role, size, lineHeight, i == 0 ? first : rest, align);
    }
  }

  /**
   * A title made of phrases, broken between them as GB/T 9704 §7.3.3 asks ({@link TitleLines}) and
   * centred.
   */
  void title(List<String> phrases, String field, Role role, float size, float lineHeight)
      throws IOException, BundleException {
    for (String p : phrases) {
      fonts.requireGlyphs(p, role, field);
    }
    for (String l : TitleLines.lines(phrases, face(role), size, width)) {
      line(l, field, role, size, lineHeight, 0, Align.CENTER);
    }
  }

  private void line(
      String line, String field, Role role, float size, float lineHeight, float indent, Align align)
      throws IOException, BundleException {
    ensure(lineHeight);
    float w = face(role).width(line, size);
    float x =
        switch (align) {
          case LEFT -> indent;
          case CENTER -> (width - w) / 2;
          case RIGHT -> width - w;
        };
    text(line, role, size, x, y - (lineHeight + size * CAP) / 2, field);
    y -= lineHeight;
  }

  /** A piece of a paragraph set in one role's face. */
  record Span(String text, Role role) {}

  /**
   * A paragraph of pieces in different faces (a （一） lead sentence in the subheading face, the rest
   * in the body face), flowed as one text, first line indented by {@code indentChars}.
   */
  void paragraph(List<Span> spans, String field, float size, float lineHeight, float indentChars)
      throws IOException, BundleException {
    StringBuilder all = new StringBuilder();
    List<Role> roles = new ArrayList<>();
    for (Span sp : spans) {
      fonts.requireGlyphs(sp.text(), sp.role(), field);
      all.append(sp.text());
      for (int i = 0; i < sp.text().length(); i++) {
        roles.add(sp.role());
      }
    }
    if (roles.isEmpty()) {
      return;
    }
    String text = all.toString();
    TextFlow.Prepared p =
        TextFlow.prepare(text, i -> face(roles.get(Math.min(i, roles.size() - 1))), size);
    float first = indentChars * size;
    boolean firstLine = true;
    for (int[] r : p.ranges(width, first)) {
      ensure(lineHeight);
      float x = firstLine ? first : 0;
      float baseline = y - (lineHeight + size * CAP) / 2;
      for (int i = r[0]; i < r[1]; ) {
        Role role = roles.get(i);
        int j = i;
        while (j < r[1] && roles.get(j) == role) {
          j++;
        }
        String piece = text.substring(i, j);
        text(piece, role, size, x, baseline, field);
        x += face(role).width(piece, size);
        i = j;
      }
      y -= lineHeight;
      firstLine = false;
    }
  }

  /** A body paragraph: 3号, 2-character indent, 22 lines a page. */
  void body(String text, String field) throws IOException, BundleException {
    paragraph(text, field, Role.BODY, Gb9704.BODY_SIZE, Gb9704.LINE, 2, Align.LEFT);
  }

  /** "标签：值" with the value's further lines aligned under its start. */
  void labelled(String label, String value, String field) throws IOException, BundleException {
    labelled(label, List.of(value), field);
  }

  /**
   * "标签：值" whose value is made of phrases (重点行业— / 细分行业): a line breaks between phrases where they
   * fit, inside one only when it is longer than a line; further lines align under the value.
   */
  void labelled(String label, List<String> phrases, String field)
      throws IOException, BundleException {
    float size = Gb9704.BODY_SIZE;
    Glyphs g = face(Role.BODY);
    float indent = 2 * size + g.width(label, size);
    float room = width - indent;
    fonts.requireGlyphs(label, Role.BODY, field);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String p : phrases) {
      fonts.requireGlyphs(p, Role.BODY, field);
      if (g.width(line + p, size) <= room) {
        line.append(p);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (g.width(p, size) <= room) {
        line.append(p);
      } else {
        // a phrase longer than the line: after its own marks (、，—) first, as a title is cut
        for (String piece : TitleLines.cut(p, g, size, room)) {
          if (line.length() > 0 && g.width(line + piece, size) > room) {
            lines.add(line.toString());
            line.setLength(0);
          }
          line.append(piece);
        }
      }
    }
    lines.add(line.toString());
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0) {
        ensure(Gb9704.LINE);
        text(label, Role.BODY, size, 2 * size, y - (Gb9704.LINE + size * CAP) / 2, field);
      }
      line(lines.get(i), field, Role.BODY, size, Gb9704.LINE, indent, Align.LEFT);
    }
  }

  /** A table's cells checked against the fonts and cut into units, ready to be fitted. */
  Table.Prepared prepare(Table t) throws BundleException {
    for (Table.Column c : t.columns()) {
      fonts.requireGlyphs(c.header(), Role.HEADING, "table header");
    }
    for (Table.Row r : t.rows()) {
      for (String c : r.cells()) {
        fonts.requireGlyphs(c, r.bold() ? Role.HEADING : Role.BODY, r.field());
      }
    }
    return new Table.Prepared(t, face(Role.BODY), face(Role.HEADING));
  }

  /**
   * Whether a table is better set on turned pages (横排): when its columns do not fit the portrait
   * type area, or when its rows would wrap so much there that it takes more pages than turned.
   */
  static boolean wantsLandscape(Table.Prepared p) {
    if (p.minWidth() > Gb9704.BODY_W + 0.01f) {
      return true;
    }
    int portrait = p.pages(p.fit(Gb9704.BODY_W), Gb9704.BODY_H);
    int turned = p.pages(p.fit(Gb9704.BODY_H), Gb9704.BODY_W);
    return turned < portrait;
  }

  /** A table with a header row repeated after each page break. */
  void table(Table t) throws IOException, BundleException {
    table(prepare(t));
  }

  /** A prepared table, fitted to the current page's width, its header repeated on every page. */
  void table(Table.Prepared p) throws IOException, BundleException {
    Table t = p.table;
    if (cs == null) {
      newPage();
    }
    float[] widths = p.fit(width);
    List<List<String>> header = p.header(widths);
    float headerH = t.rowHeight(Table.Prepared.max(header));
    ensure(headerH + t.rowHeight(1));
    drawRow(t, widths, header, headerH, false, true, "table header");
    for (int r = 0; r < t.rows().size(); r++) {
      Table.Row row = t.rows().get(r);
      List<List<String>> cells = p.lines(r, widths);
      float h = t.rowHeight(Table.Prepared.max(cells));
      if (!fits(h)) {
        newPage();
        drawRow(t, widths, header, headerH, false, true, "table header");
      }
      drawRow(t, widths, cells, h, row.span(), row.bold(), row.field());
    }
  }

  private void drawRow(
      Table t,
      float[] widths,
      List<List<String>> cells,
      float h,
      boolean span,
      boolean bold,
      String field)
      throws IOException, BundleException {
    Role role = bold ? Role.HEADING : Role.BODY;
    float size = t.size();
    float lh = t.lineHeight();
    float x = 0;
    for (int c = 0; c < cells.size(); c++) {
      float w = 0;
      if (span) {
        for (float cw : widths) {
          w += cw;
        }
      } else {
        w = widths[c];
      }
      cs.setLineWidth(0.5f);
      cs.addRect(left + x, y - h, w, h);
      cs.stroke();
      List<String> lines = cells.get(c);
      Align align =
          span
              ? Align.LEFT
              : field.equals("table header") ? Align.CENTER : t.columns().get(c).align();
      float lineTop = y - (h - lines.size() * lh) / 2;
      for (String line : lines) {
        float lw = face(role).width(line, size);
        float lx =
            switch (align) {
              case LEFT -> Table.PAD_X;
              case CENTER -> (w - lw) / 2;
              case RIGHT -> w - Table.PAD_X - lw;
            };
        text(line, role, size, x + lx, lineTop - (lh + size * CAP) / 2, field);
        lineTop -= lh;
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
