package io.shenbao.cli.bundle;

import io.shenbao.rules.report.Version;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes the PDFs archival and reproducible: PDF/A-2b identification, title and language in
 * both the info dictionary and XMP, an sRGB output intent, fixed dates, a document ID derived from
 * the content rather than the clock; plus page numbers and bookmarks.
 */
final class PdfMeta {
  /** A bookmark: its title and the page it opens. */
  record Mark(String title, PDPage page) {}

  /** What a document made with --no-rasterize says of itself, in its metadata. */
  static final String NOT_PDFA =
      "未声明 PDF/A-2b：生成时使用了 --no-rasterize，合入的页面中有 PDF/A 不允许的内容（见申报包 bag-info.txt）。";

  private PdfMeta() {}

  static void apply(PDDocument doc, String title, ZonedDateTime date, String salt)
      throws IOException {
    apply(doc, title, date, salt, true);
  }

  /**
   * The metadata; with {@code pdfa} false the document does not claim PDF/A (no PDF/A
   * identification in XMP) and its description says why.
   */
  static void apply(PDDocument doc, String title, ZonedDateTime date, String salt, boolean pdfa)
      throws IOException {
    Calendar cal = GregorianCalendar.from(date);
    cal.setTimeZone(TimeZone.getTimeZone(date.getZone()));
    String producer = "shenbao " + Version.VERSION;
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setProducer(producer);
    info.setCreator(producer);
    info.setCreationDate(cal);
    info.setModificationDate(cal);
    doc.getDocumentCatalog().setLanguage("zh-CN");
    doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    try {
      XMPMetadata xmp = XMPMetadata.createXMPMetadata();
      DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
      dc.setTitle(title);
      dc.addLanguage("zh-CN");
      XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
      basic.setCreateDate(cal);
      basic.setModifyDate(cal);
      basic.setCreatorTool(producer);
      AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
      pdf.setProducer(producer);
      if (pdfa) {
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        id.setConformance("B");
      } else {
        dc.addDescription(null, NOT_PDFA);
        info.setSubject(NOT_PDFA);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, bytes, true);
      PDMetadata metadata = new PDMetadata(doc);
      metadata.importXMPMetadata(bytes.toByteArray());
      doc.getDocumentCatalog().setMetadata(metadata);
    } catch (BadFieldValueException | TransformerException e) {
      throw new IOException("cannot write XMP metadata", e);
    }
    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    doc.getDocumentCatalog().addOutputIntent(intent);
    fixId(doc, title + "|" + date + "|" + salt);
  }

  /** A document ID from the content's description, so that two builds are byte-identical. */
  static void fixId(PDDocument doc, String seed) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("MD5").digest(seed.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    COSArray id = new COSArray();
    id.add(new COSString(digest));
    id.add(new COSString(digest));
    doc.getDocument().getTrailer().setItem(COSName.ID, id);
  }

  /** "— n —" under the type area: odd pages to the right, even pages to the left (one 字 in). */
  static void numberPages(PDDocument doc, List<PDPage> pages, PDFont font) throws IOException {
    for (int i = 0; i < pages.size(); i++) {
      int n = i + 1;
      String text = "— " + n + " —";
      float w = font.getStringWidth(text) / 1000f * Gb9704.FOOTER_SIZE;
      float x =
          n % 2 == 1 ? Gb9704.RIGHT - Gb9704.FOOTER_SIZE - w : Gb9704.LEFT + Gb9704.FOOTER_SIZE;
      try (PDPageContentStream cs =
          new PDPageContentStream(
              doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
        cs.beginText();
        cs.setFont(font, Gb9704.FOOTER_SIZE);
        cs.newLineAtOffset(x, Gb9704.FOOTER_BASELINE);
        cs.showText(text);
        cs.endText();
      }
    }
  }

  /** One bookmark per mark, in order. */
  static void outline(PDDocument doc, List<Mark> marks) {
    PDDocumentOutline outline = new PDDocumentOutline();
    for (Mark m : marks) {
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(m.title());
      PDPageFitDestination dest = new PDPageFitDestination();
      dest.setPage(m.page());
      item.setDestination(dest);
      outline.addLast(item);
    }
    outline.openNode();
    doc.getDocumentCatalog().setDocumentOutline(outline);
  }
}
