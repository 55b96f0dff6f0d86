package io.shenbao.cli.bundle;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Writes;
import io.shenbao.rules.report.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The print file: N copies of the plan in one PDF, made from the electronic PDF as saved, to be
 * printed double-sided: each copy is its cover, the cover's blank back, then the numbered pages
 * from a front page on (so that page "— 1 —" and every odd page is a front page, its number at the
 * outer edge), and a blank page at the end of a copy that would end on a front page. Copy 1 is its
 * pages, upright as printed; every page of copies 2…N is a page of its own that points at the same
 * content streams and resources, so the file is hardly larger than one copy. Only the covers
 * differ: each adds the content that draws its 份号.
 */
final class PrintCopies {
  private PrintCopies() {}

  /** The 份号 of copy {@code i}: six digits, 000001 … (GB/T 9704 §7.2.1). */
  static String number(int i) {
    return String.format(Locale.ROOT, "%06d", i);
  }

  /** A new page that points at a page's media box, resources and content (shared, not copied). */
  static PDPage share(PDPage page) {
    COSDictionary src = page.getCOSObject();
    COSDictionary d = new COSDictionary();
    d.setItem(COSName.TYPE, COSName.PAGE);
    for (COSName key : new COSName[] {COSName.MEDIA_BOX, COSName.RESOURCES, COSName.CONTENTS}) {
      COSBase item = src.getItem(key);
      if (item != null) {
        d.setItem(key, item);
      }
    }
    return new PDPage(d);
  }

  /**
   * Writes the print file from the saved electronic PDF; {@code numbers} holds, for each copy, the
   * content that draws its 份号 on the cover.
   */
  static void write(
      Path electronic,
      List<byte[]> numbers,
      String title,
      ZonedDateTime date,
      Path target,
      Faults faults)
      throws IOException {
    try (PDDocument doc = Loader.loadPDF(electronic.toFile())) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      // the print file claims no PDF/A conformance and opens on its copies' bookmarks
      catalog.setMetadata(null);
      catalog.getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
      List<PDPage> pages = new ArrayList<>();
      for (PDPage p : doc.getPages()) {
        p.getCOSObject().removeItem(COSName.ROTATE);
        pages.add(p);
      }
      for (int i = pages.size() - 1; i >= 0; i--) {
        doc.removePage(i);
      }
      List<COSBase> coverContent = contents(pages.get(0));
      List<PdfMeta.Mark> marks = new ArrayList<>();
      for (int c = 0; c < numbers.size(); c++) {
        PDPage cover = c == 0 ? pages.get(0) : share(pages.get(0));
        cover
            .getCOSObject()
            .setItem(COSName.CONTENTS, withNumber(doc, coverContent, numbers.get(c)));
        doc.addPage(cover);
        // the cover's back stays blank, so that page 1 is a front page and every odd page number
        // stands on a front page, at its outer edge (GB/T 9704 §7.5: odd right, even left)
        doc.addPage(blank());
        for (PDPage p : pages.subList(1, pages.size())) {
          doc.addPage(c == 0 ? p : share(p));
        }
        if (pages.size() % 2 == 0) {
          doc.addPage(blank());
        }
        marks.add(new PdfMeta.Mark("第" + (c + 1) + "份（份号 " + number(c + 1) + "）", cover));
      }
      PdfMeta.outline(doc, marks);
      info(doc, title + "（打印版，一式" + numbers.size() + "份）", date);
      PdfMeta.fixId(doc, title + "|print|" + numbers.size() + "|" + date);
      Writes.create(target, faults, doc::save);
    }
  }

  /**
   * Writes one print file for a whole package: copy by copy, the pages of {@code first} (the signed
   * and stamped 推荐函, or null), padded to a back page, then the same copy of each print file in
   * {@code prints} (each holds {@code copies} copies of one document, numbered on its cover), so
   * that each numbered set is printed double-sided in one run, every document starting on a front
   * page. Pages are shared, not copied: the file is about as large as the print files together.
   */
  static void combine(
      Path first,
      List<Path> prints,
      int copies,
      String title,
      ZonedDateTime date,
      Path target,
      Faults faults)
      throws IOException {
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument doc = new PDDocument()) {
      PDDocument letter = first == null ? null : open(first, sources);
      List<PDDocument> documents = new ArrayList<>();
      for (Path p : prints) {
        documents.add(open(p, sources));
      }
      List<PdfMeta.Mark> marks = new ArrayList<>();
      for (int c = 0; c < copies; c++) {
        PDPage start = null;
        if (letter != null) {
          for (PDPage p : letter.getPages()) {
            PDPage page = whole(p);
            doc.addPage(page);
            start = start == null ? page : start;
          }
          if (letter.getNumberOfPages() % 2 == 1) {
            doc.addPage(blank());
          }
        }
        for (PDDocument d : documents) {
          int length = d.getNumberOfPages() / copies;
          for (int i = c * length; i < (c + 1) * length; i++) {
            PDPage page = share(d.getPage(i));
            doc.addPage(page);
            start = start == null ? page : start;
          }
        }
        if (start != null) {
          marks.add(new PdfMeta.Mark("第" + (c + 1) + "份（份号 " + number(c + 1) + "）", start));
        }
      }
      PdfMeta.outline(doc, marks);
      info(doc, title + "（打印版，一式" + copies + "份）", date);
      PdfMeta.fixId(doc, title + "|print-all|" + copies + "|" + date);
      Writes.create(target, faults, doc::save);
    } finally {
      for (PDDocument d : sources) {
        d.close();
      }
    }
  }

  private static PDDocument open(Path file, List<PDDocument> opened) throws IOException {
    PDDocument d = Loader.loadPDF(file.toFile());
    opened.add(d);
    return d;
  }

  /**
   * A page of another PDF (a scan) as a new page pointing at its content and resources, with what
   * it inherits from its page tree (media box, resources, rotation) made its own.
   */
  private static PDPage whole(PDPage page) {
    PDPage p = share(page);
    COSBase crop = page.getCOSObject().getDictionaryObject(COSName.CROP_BOX);
    if (crop != null) {
      p.getCOSObject().setItem(COSName.CROP_BOX, crop);
    }
    p.setMediaBox(page.getMediaBox());
    p.setResources(page.getResources());
    p.setRotation(page.getRotation());
    return p;
  }

  /** The print file's properties: its title, the tool, the package's date. */
  private static void info(PDDocument doc, String title, ZonedDateTime date) {
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle(title);
    info.setProducer("shenbao " + Version.VERSION);
    info.setCreator("shenbao " + Version.VERSION);
    GregorianCalendar cal = GregorianCalendar.from(date);
    info.setCreationDate(cal);
    info.setModificationDate(cal);
    doc.setDocumentInformation(info);
  }

  private static PDPage blank() {
    return new PDPage(new PDRectangle(Gb9704.PAGE_W, Gb9704.PAGE_H));
  }

  /** The streams a page's content is read from, as references. */
  private static List<COSBase> contents(PDPage page) {
    List<COSBase> out = new ArrayList<>();
    COSBase c = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (c instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(a.get(i));
      }
    } else if (c != null) {
      out.add(page.getCOSObject().getItem(COSName.CONTENTS));
    }
    return out;
  }

  /**
   * The content that draws a 份号, then the cover's content: the number comes first when the text is
   * read, as it stands first on the page. It changes nothing the cover's content relies on.
   */
  private static COSArray withNumber(PDDocument doc, List<COSBase> cover, byte[] number)
      throws IOException {
    COSArray contents = new COSArray();
    COSStream stream = doc.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(number);
    }
    contents.add(stream);
    for (COSBase b : cover) {
      contents.add(b);
    }
    return contents;
  }
}
