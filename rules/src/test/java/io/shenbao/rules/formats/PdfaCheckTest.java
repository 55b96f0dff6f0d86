package io.shenbao.rules.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.formats.PdfaCheck.Blocker;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/**
 * Each thing that keeps a page from PDF/A-2b is found, where it is (the page itself, a form, a
 * pattern), and what PDF/A allows is not: invisible text, fonts listed but not used, transparency
 * with a standard blend mode, DeviceCMYK under a DefaultCMYK.
 */
class PdfaCheckTest {
  interface Draw {
    void on(PDDocument doc, PDPage page, PDPageContentStream cs) throws IOException;
  }

  /** Makes a one-page document with what {@code draw} puts on it, saves and opens it again. */
  private static PDDocument make(Draw draw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        draw.on(doc, page, cs);
      }
      doc.save(bytes);
    }
    return Loader.loadPDF(bytes.toByteArray());
  }

  private static Map<Blocker, SortedSet<String>> blockers(Draw draw) throws IOException {
    try (PDDocument doc = make(draw)) {
      return PdfaCheck.page(doc.getPage(0), 1).blockers();
    }
  }

  private static PDFont helvetica() {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  }

  private static PDFont embedded(PDDocument doc) throws IOException {
    try (InputStream in =
        PDFont.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      return PDType0Font.load(doc, in, true);
    }
  }

  private static void text(PDPageContentStream cs, PDFont font, String s) throws IOException {
    cs.beginText();
    cs.setFont(font, 12);
    cs.newLineAtOffset(72, 700);
    cs.showText(s);
    cs.endText();
  }

  @Test
  void aStandardFontNotEmbeddedIsNamed() throws IOException {
    assertThat(blockers((doc, page, cs) -> text(cs, helvetica(), "Certificate")))
        .isEqualTo(Map.of(Blocker.FONT, Set.of("Helvetica")));
  }

  @Test
  void anEmbeddedFontIsFineAndItsSubsetPrefixIsNotPartOfTheName() throws IOException {
    assertThat(blockers((doc, page, cs) -> text(cs, embedded(doc), "Certificate"))).isEmpty();
    COSDictionary font = new COSDictionary();
    font.setName(COSName.BASE_FONT, "ABCDEF+SimSun");
    assertThat(PdfaCheck.fontName(font)).isEqualTo("SimSun");
  }

  @Test
  void invisibleTextNeedsNoEmbeddedFont() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) -> {
                  cs.beginText();
                  cs.setFont(helvetica(), 12);
                  cs.setRenderingMode(RenderingMode.NEITHER);
                  cs.newLineAtOffset(72, 700);
                  cs.showText("OCR layer");
                  cs.endText();
                }))
        .isEmpty();
  }

  @Test
  void aFontSetButNeverDrawnWithIsFine() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) -> {
                  cs.beginText();
                  cs.setFont(helvetica(), 12);
                  cs.setFont(embedded(doc), 12);
                  cs.newLineAtOffset(72, 700);
                  cs.showText("Embedded");
                  cs.endText();
                }))
        .isEmpty();
  }

  @Test
  void theFontStateIsRestoredByQ() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) -> {
                  cs.beginText();
                  cs.setFont(embedded(doc), 12);
                  cs.endText();
                  cs.saveGraphicsState();
                  cs.beginText();
                  cs.setFont(helvetica(), 12);
                  cs.endText();
                  cs.restoreGraphicsState();
                  cs.beginText();
                  cs.newLineAtOffset(72, 700);
                  cs.showText("Embedded");
                  cs.endText();
                }))
        .isEmpty();
  }

  @Test
  void aFontInsideAFormIsFound() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) -> {
                  PDFormXObject form = new PDFormXObject(doc);
                  form.setBBox(new PDRectangle(200, 50));
                  form.setResources(new PDResources());
                  try (PDFormContentStream f = new PDFormContentStream(form)) {
                    f.beginText();
                    f.setFont(helvetica(), 12);
                    f.newLineAtOffset(10, 10);
                    f.showText("stamp");
                    f.endText();
                  }
                  cs.drawForm(form);
                }))
        .isEqualTo(Map.of(Blocker.FONT, Set.of("Helvetica")));
  }

  @Test
  void cmykColourIsFoundEvenWhenNothingIsPaintedWithIt() throws IOException {
    assertThat(blockers((doc, page, cs) -> cs.setNonStrokingColor(0f, 0.5f, 0.5f, 0f)))
        .isEqualTo(Map.of(Blocker.COLOUR, Set.of("DeviceCMYK")));
  }

  @Test
  void aSpotColourPrintedAsCmykIsCmyk() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) -> {
                  COSArray sep = new COSArray();
                  sep.add(COSName.SEPARATION);
                  sep.add(COSName.getPDFName("Spot"));
                  sep.add(COSName.DEVICECMYK);
                  COSDictionary fn = new COSDictionary();
                  fn.setInt(COSName.FUNCTION_TYPE, 2);
                  fn.setItem(COSName.DOMAIN, floats(0, 1));
                  fn.setItem(COSName.C0, floats(0, 0, 0, 0));
                  fn.setItem(COSName.C1, floats(0, 1, 1, 0));
                  fn.setInt(COSName.N, 1);
                  sep.add(fn);
                  cs.setNonStrokingColor(new PDColor(new float[] {1f}, new PDSeparation(sep)));
                  cs.addRect(72, 600, 100, 50);
                  cs.fill();
                }))
        .isEqualTo(Map.of(Blocker.COLOUR, Set.of("DeviceCMYK")));
  }

  private static COSArray floats(float... values) {
    COSArray a = new COSArray();
    for (float v : values) {
      a.add(new COSFloat(v));
    }
    return a;
  }

  @Test
  void cmykUnderADefaultCmykIsFine() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) -> {
                  COSArray icc = new COSArray();
                  icc.add(COSName.ICCBASED);
                  COSStream profile = doc.getDocument().createCOSStream();
                  profile.setInt(COSName.N, 4);
                  icc.add(profile);
                  COSDictionary spaces = new COSDictionary();
                  spaces.setItem(COSName.DEFAULT_CMYK, icc);
                  page.getResources().getCOSObject().setItem(COSName.COLORSPACE, spaces);
                  cs.setNonStrokingColor(0f, 0.5f, 0.5f, 0f);
                }))
        .isEmpty();
  }

  @Test
  void transparencyWithAStandardBlendModeIsFineAndAnotherIsNot() throws IOException {
    assertThat(blockers((doc, page, cs) -> alpha(cs, "Multiply"))).isEmpty();
    assertThat(blockers((doc, page, cs) -> alpha(cs, "Funky")))
        .isEqualTo(Map.of(Blocker.TRANSPARENCY, Set.of("BM Funky")));
  }

  private static void alpha(PDPageContentStream cs, String blendMode) throws IOException {
    PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
    gs.setNonStrokingAlphaConstant(0.5f);
    gs.getCOSObject().setItem(COSName.BM, COSName.getPDFName(blendMode));
    cs.setGraphicsStateParameters(gs);
    cs.addRect(72, 600, 100, 50);
    cs.fill();
  }

  @Test
  void forbiddenFeaturesAreNamed() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) -> {
                  PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                  gs.getCOSObject().setItem(COSName.TR, COSName.IDENTITY);
                  cs.setGraphicsStateParameters(gs);
                  PDImageXObject img =
                      LosslessFactory.createFromImage(
                          doc, new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
                  img.setInterpolate(true);
                  cs.drawImage(img, 72, 600, 100, 100);
                }))
        .isEqualTo(Map.of(Blocker.CONTENT, Set.of("Interpolate", "TR")));
  }

  @Test
  void anUnknownOperatorIsForbiddenContent() throws IOException {
    try (PDDocument doc = make((d, page, cs) -> {})) {
      COSStream s = doc.getDocument().createCOSStream();
      try (OutputStream out = s.createOutputStream()) {
        out.write("72 600 100 50 re f 1 0 0 1 0 0 zz\n".getBytes(StandardCharsets.US_ASCII));
      }
      doc.getPage(0).getCOSObject().setItem(COSName.CONTENTS, s);
      assertThat(PdfaCheck.page(doc.getPage(0), 1).blockers())
          .isEqualTo(Map.of(Blocker.CONTENT, Set.of("operator zz")));
    }
  }

  @Test
  void formsNestedPastReasonAreUnreadable() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) -> {
                  PDFormXObject inner = null;
                  for (int i = 0; i < 40; i++) {
                    PDFormXObject form = new PDFormXObject(doc);
                    form.setBBox(new PDRectangle(100, 100));
                    form.setResources(new PDResources());
                    try (PDFormContentStream f = new PDFormContentStream(form)) {
                      if (inner == null) {
                        f.addRect(0, 0, 10, 10);
                        f.fill();
                      } else {
                        f.drawForm(inner);
                      }
                    }
                    inner = form;
                  }
                  cs.drawForm(inner);
                }))
        .isEqualTo(Map.of(Blocker.UNREADABLE, Set.of()));
  }

  @Test
  void aScanIsClean() throws IOException {
    assertThat(
            blockers(
                (doc, page, cs) ->
                    cs.drawImage(
                        LosslessFactory.createFromImage(
                            doc, new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY)),
                        0,
                        0,
                        595,
                        842)))
        .isEmpty();
  }

  @Test
  void encryptionAndJavaScriptAreFoundForTheWholeFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(72, 72, 100, 20));
      link.setAction(new PDActionJavaScript("app.alert(1)"));
      page.getAnnotations().add(link);
      doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      doc.save(bytes);
    }
    try (PDDocument doc = Loader.loadPDF(bytes.toByteArray())) {
      PdfaCheck.Result r = PdfaCheck.check(doc);
      assertThat(r.encrypted()).isTrue();
      assertThat(r.javascript()).isTrue();
      assertThat(r.pages()).isEmpty();
    }
  }

  @Test
  void aLinkToAWebPageIsNotJavaScript() throws IOException {
    try (PDDocument doc =
        make(
            (d, page, cs) -> {
              PDAnnotationLink link = new PDAnnotationLink();
              link.setRectangle(new PDRectangle(72, 72, 100, 20));
              PDActionURI uri = new PDActionURI();
              uri.setURI("https://www.miit.gov.cn/");
              link.setAction(uri);
              page.getAnnotations().add(link);
            })) {
      PdfaCheck.Result r = PdfaCheck.check(doc);
      assertThat(r.encrypted()).isFalse();
      assertThat(r.javascript()).isFalse();
    }
  }

  @Test
  void pageNumbersReadAsRanges() {
    assertThat(PdfaCheck.ranges(List.of(1))).isEqualTo("1");
    assertThat(PdfaCheck.ranges(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1–3, 5, 7–8");
  }
}
