package io.shenbao.cli.bundle;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * What one page draws, in the page's own (unrotated) coordinates: each run of text (one {@code
 * showText}) with the box of each of its glyphs — its advance by the ideographic em box (−0.12 to
 * 0.88 of the size) — and every rectangle ({@code re}) stroked, which is how tables draw their
 * cells. Pages that place another PDF as a form (证明材料, a narrative PDF) are marked.
 */
final class PageGlyphs extends PDFTextStripper {
  /** One run of text and the box of each glyph. */
  record Run(String text, List<Rectangle2D> glyphs) {
    Rectangle2D bounds() {
      Rectangle2D r = (Rectangle2D) glyphs.get(0).clone();
      for (Rectangle2D g : glyphs) {
        r.add(g);
      }
      return r;
    }
  }

  final List<Run> runs = new ArrayList<>();
  final List<Rectangle2D> rects = new ArrayList<>();
  boolean imported;
  private StringBuilder text;
  private List<Rectangle2D> boxes;

  private PageGlyphs() {
    addOperator(new Rect(this));
  }

  /** Reads page {@code index} (0-based) of a document. */
  static PageGlyphs of(PDDocument doc, int index) throws IOException {
    PageGlyphs g = new PageGlyphs();
    g.setStartPage(index + 1);
    g.setEndPage(index + 1);
    g.writeText(doc, new StringWriter());
    g.flush();
    return g;
  }

  @Override
  protected void showText(byte[] string) throws IOException {
    flush();
    text = new StringBuilder();
    boxes = new ArrayList<>();
    super.showText(string);
    flush();
  }

  private void flush() {
    if (text != null && !boxes.isEmpty()) {
      runs.add(new Run(text.toString(), boxes));
    }
    text = null;
    boxes = null;
  }

  @Override
  protected void processTextPosition(TextPosition tp) {
    if (text == null) {
      return;
    }
    Matrix m = tp.getTextMatrix();
    float advance;
    try {
      advance = tp.getFont().getWidth(tp.getCharacterCodes()[0]) / 1000f;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Rectangle2D box = null;
    for (float[] corner :
        new float[][] {{0, -0.12f}, {advance, -0.12f}, {0, 0.88f}, {advance, 0.88f}}) {
      Point2D.Float p = m.transformPoint(corner[0], corner[1]);
      if (box == null) {
        box = new Rectangle2D.Float(p.x, p.y, 0, 0);
      } else {
        box.add(p);
      }
    }
    text.append(tp.getUnicode());
    boxes.add(box);
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    imported = true;
    super.showForm(form);
  }

  /** {@code x y w h re}: a rectangle, kept in page coordinates. */
  private static final class Rect extends OperatorProcessor {
    private final PageGlyphs owner;

    Rect(PageGlyphs owner) {
      super(owner);
      this.owner = owner;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      if (operands.size() < 4) {
        return;
      }
      float[] v = new float[4];
      for (int i = 0; i < 4; i++) {
        if (!(operands.get(i) instanceof COSNumber n)) {
          return;
        }
        v[i] = n.floatValue();
      }
      Matrix ctm = owner.getGraphicsState().getCurrentTransformationMatrix();
      Point2D.Float a = ctm.transformPoint(v[0], v[1]);
      Point2D.Float b = ctm.transformPoint(v[0] + v[2], v[1] + v[3]);
      Rectangle2D r = new Rectangle2D.Float(a.x, a.y, 0, 0);
      r.add(b);
      owner.rects.add(r);
    }

    @Override
    public String getName() {
      return "re";
    }
  }
}
