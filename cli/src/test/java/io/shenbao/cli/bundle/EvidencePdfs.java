package io.shenbao.cli.bundle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Evidence PDFs as real producers write them, each with one thing that PDF/A-2b forbids or needs
 * care for: a standard font not embedded (Helvetica), a Chinese font referenced but not embedded
 * (SimSun, as Word writes it with "embed fonts" off), encryption with only an owner password,
 * JavaScript, CMYK colour; and a scan (one image a page) that needs nothing.
 */
final class EvidencePdfs {
  private EvidencePdfs() {}

  /** Text in Helvetica, one of the 14 standard fonts, which nearly every producer leaves out. */
  static void helvetica(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = page(doc);
      PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        text(cs, font, 14, 72, 760, "Certificate of digital transformation work, 2023");
        text(cs, font, 11, 72, 730, "Issued by the district office for SMEs.");
        cs.addRect(72, 600, 300, 80);
        cs.stroke();
      }
      doc.save(file.toFile());
    }
  }

  /**
   * Chinese text in SimSun, referenced and not embedded: a Type0 font, Identity-H, a CIDFontType2
   * without FontFile2, a ToUnicode map so that text can be read (and a substitute drawn).
   */
  static void simsun(Path file) throws IOException {
    simsun(file, "璧山区中小企业数字化转型工作基础证明");
  }

  /** As {@link #simsun(Path)}, with the given lines of (BMP) text. */
  static void simsun(Path file, String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = page(doc);
      COSDictionary descriptor = new COSDictionary();
      descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
      descriptor.setName(COSName.FONT_NAME, "SimSun");
      descriptor.setInt(COSName.FLAGS, 6);
      descriptor.setItem(COSName.FONT_BBOX, ints(-8, -145, 1000, 859));
      descriptor.setInt(COSName.ITALIC_ANGLE, 0);
      descriptor.setInt(COSName.ASCENT, 859);
      descriptor.setInt(COSName.DESCENT, -141);
      descriptor.setInt(COSName.CAP_HEIGHT, 683);
      descriptor.setInt(COSName.STEM_V, 80);
      COSDictionary info = new COSDictionary();
      info.setString(COSName.REGISTRY, "Adobe");
      info.setString(COSName.ORDERING, "Identity");
      info.setInt(COSName.SUPPLEMENT, 0);
      COSDictionary cid = new COSDictionary();
      cid.setItem(COSName.TYPE, COSName.FONT);
      cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
      cid.setName(COSName.BASE_FONT, "SimSun");
      cid.setItem(COSName.CIDSYSTEMINFO, info);
      cid.setItem(COSName.FONT_DESC, descriptor);
      cid.setInt(COSName.DW, 1000);
      cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
      COSArray descendants = new COSArray();
      descendants.add(cid);
      COSDictionary type0 = new COSDictionary();
      type0.setItem(COSName.TYPE, COSName.FONT);
      type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
      type0.setName(COSName.BASE_FONT, "SimSun");
      type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
      type0.setItem(COSName.DESCENDANT_FONTS, descendants);
      SortedSet<Character> chars = new TreeSet<>();
      StringBuilder shown = new StringBuilder();
      float y = 760;
      for (String line : lines) {
        shown.append("BT /F1 16 Tf 72 ").append(y).append(" Td <");
        for (char c : line.toCharArray()) {
          chars.add(c);
          shown.append(String.format("%04X", (int) c));
        }
        shown.append("> Tj ET\n");
        y -= 30;
      }
      StringBuilder cmap = new StringBuilder();
      cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
          .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
          .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
          .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
      List<Character> all = new ArrayList<>(chars);
      for (int from = 0; from < all.size(); from += 100) {
        List<Character> block = all.subList(from, Math.min(all.size(), from + 100));
        cmap.append(block.size()).append(" beginbfchar\n");
        for (char c : block) {
          String code = String.format("%04X", (int) c);
          cmap.append('<').append(code).append("> <").append(code).append(">\n");
        }
        cmap.append("endbfchar\n");
      }
      cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
      COSStream toUnicode = doc.getDocument().createCOSStream();
      try (var out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
      }
      type0.setItem(COSName.TO_UNICODE, toUnicode);
      COSDictionary fonts = new COSDictionary();
      fonts.setItem("F1", type0);
      COSDictionary resources = new COSDictionary();
      resources.setItem(COSName.FONT, fonts);
      page.getCOSObject().setItem(COSName.RESOURCES, resources);
      COSStream contents = doc.getDocument().createCOSStream();
      try (var out = contents.createOutputStream(COSName.FLATE_DECODE)) {
        out.write(shown.toString().getBytes(StandardCharsets.US_ASCII));
      }
      page.getCOSObject().setItem(COSName.CONTENTS, contents);
      doc.save(file.toFile());
    }
  }

  /** Opens without a password, but encrypted (an owner password that forbids editing). */
  static void encrypted(Path file) throws IOException {
    try (PDDocument doc = certificate("Certificate, protected against editing.")) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanModify(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", permissions);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
  }

  /** JavaScript run on opening, and a named script, as form-heavy producers write them. */
  static void javascript(Path file) throws IOException {
    try (PDDocument doc = certificate("Certificate with a script.")) {
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
      PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
      scripts.setNames(Map.of("init", new PDActionJavaScript("this.print({bUI: false});")));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setJavascript(scripts);
      doc.getDocumentCatalog().setNames(names);
      doc.save(file.toFile());
    }
  }

  /** Text and a box in DeviceCMYK, as a print shop's export writes them. */
  static void cmyk(Path file) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = page(doc);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.setNonStrokingColor(0f, 0.9f, 0.9f, 0.1f);
        cs.addRect(72, 600, 300, 80);
        cs.fill();
        text(cs, embedded(doc), 14, 72, 760, "Certificate printed in CMYK.");
      }
      doc.save(file.toFile());
    }
  }

  /** A scanner's output: each page one JPEG image, no text, no fonts. */
  static void scanned(Path file, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < pages; p++) {
        PDPage page = page(doc);
        BufferedImage scan = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(new Color(250, 248, 240));
        g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
        g.setColor(new Color(40, 40, 40));
        for (int line = 0; line < 40; line++) {
          g.fillRect(150, 200 + line * 35, 700 + (line * 37 + p * 11) % 240, 14);
        }
        g.setColor(new Color(200, 30, 30));
        g.drawOval(800, 1400, 260, 260);
        g.dispose();
        PDImageXObject image = JPEGFactory.createFromImage(doc, scan, 0.8f);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      doc.save(file.toFile());
    }
  }

  /** A new document with one page and one line of text in an embedded font. */
  private static PDDocument certificate(String line) throws IOException {
    PDDocument doc = new PDDocument();
    try (PDPageContentStream cs = new PDPageContentStream(doc, page(doc))) {
      text(cs, embedded(doc), 14, 72, 760, line);
    }
    return doc;
  }

  /** What is drawn on a page, in a font. */
  interface Drawing {
    void draw(PDPageContentStream cs, PDFont font) throws IOException;
  }

  /**
   * One A4 page of text set in the bundled body font (a font embedded whole), saved to {@code
   * file}.
   */
  static void inBundledFont(Path file, Drawing drawing) throws IOException, BundleException {
    try (PDDocument doc = new PDDocument();
        FontSet fonts = FontSet.bundled()) {
      PDPage page = page(doc);
      PDFont font = fonts.body(doc);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        drawing.draw(cs, font);
      }
      doc.save(file.toFile());
    }
  }

  private static PDPage page(PDDocument doc) {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    return page;
  }

  /** Liberation Sans from PDFBox's own resources, embedded as a subset. */
  private static PDFont embedded(PDDocument doc) throws IOException {
    try (InputStream in =
        PDFont.class.getResourceAsStream(
            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      return PDType0Font.load(doc, new ByteArrayInputStream(in.readAllBytes()), true);
    }
  }

  /**
   * {@code s} set in {@code font} at {@code size}, its baseline starting at ({@code x}, {@code y}).
   */
  static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
      throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }

  private static COSArray ints(int... values) {
    COSArray a = new COSArray();
    for (int v : values) {
      a.add(COSInteger.get(v));
    }
    return a;
  }
}
