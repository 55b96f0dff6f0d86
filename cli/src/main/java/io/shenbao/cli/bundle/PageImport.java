package io.shenbao.cli.bundle;

import io.shenbao.rules.formats.PdfaCheck;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * Carries the pages of the workspace's own PDFs (the narrative, the evidence) into the 实施方案, each
 * on an A4 page, scaled to fit. A page {@link PdfaCheck} finds nothing wrong with goes in as it is
 * (a form: text, fonts and vectors kept). A page that cannot stay PDF/A-2b that way (fonts not
 * embedded, CMYK colour, forbidden features) is drawn by PDFBox's renderer at 300 dpi and goes in
 * as that image: its text layer is lost, the rest of the document keeps its own. With rasterizing
 * off, every page goes in as it is and {@link #compliant()} says whether PDF/A may still be
 * claimed.
 *
 * <p>One page is rendered at a time and its pixels are dropped as soon as they are encoded; the
 * encoded image is kept in a scratch file, so that the print copies reuse it rather than render it
 * again. Fonts a rendered page needs and lacks are the bundled Noto Sans SC (for CJK fonts) and
 * PDFBox's Liberation Sans (for the others), never the system's: the same inputs give the same
 * pixels on every machine.
 */
final class PageImport implements Closeable {
  /** Print resolution for the pages drawn as images. */
  static final float DPI = 300;

  /** A lossless page image above this size is written as JPEG instead (a photo, a scan). */
  static final long LOSSLESS_LIMIT = 2L * 1024 * 1024;

  private static final float JPEG_QUALITY = 0.9f;

  /**
   * A page that could not be carried over as it is.
   *
   * @param file the file as the plan names it
   * @param page its 1-based page number in that file
   * @param why what keeps it from PDF/A-2b
   */
  record Converted(String file, int page, Map<PdfaCheck.Blocker, SortedSet<String>> why) {}

  private final boolean rasterize;
  private final Path scratch;
  private final Map<Path, PDDocument> sources = new LinkedHashMap<>();
  private final Map<String, Converted> converted = new LinkedHashMap<>();
  private final Map<String, Raster> rasters = new HashMap<>();
  private Substitutes substitutes;

  /**
   * @param rasterize draw the pages that cannot stay PDF/A as images (else keep them as they are)
   * @param scratch a folder to make for the encoded page images while the bundle is built (inside
   *     its staging folder, so that a killed run leaves nothing elsewhere); removed on close
   */
  PageImport(boolean rasterize, Path scratch) {
    this.rasterize = rasterize;
    this.scratch = scratch;
  }

  /**
   * Adds every page of {@code file} to {@code doc}, each on a new A4 page; returns the first.
   *
   * @param name the file as the plan names it (for {@link #converted()})
   */
  PDPage add(PDDocument doc, Path file, String name) throws IOException {
    PDDocument src = sources.get(file);
    if (src == null) {
      src = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()));
      sources.put(file, src);
    }
    LayerUtility layers = new LayerUtility(doc);
    PDPage first = null;
    for (int i = 0; i < src.getNumberOfPages(); i++) {
      String key = file + "#" + i;
      PdfaCheck.Page check = PdfaCheck.page(src.getPage(i), i + 1);
      PDPage page;
      if (check.clean()) {
        page = vector(doc, layers.importPageAsForm(src, i));
      } else {
        converted.putIfAbsent(key, new Converted(name, i + 1, check.blockers()));
        page = rasterize ? raster(doc, src, i, key) : vector(doc, layers.importPageAsForm(src, i));
      }
      if (first == null) {
        first = page;
      }
    }
    return first;
  }

  /**
   * The pages that could not be carried over as they are, in the order met: drawn as images, or
   * (rasterizing off) kept and keeping the document from PDF/A.
   */
  List<Converted> converted() {
    return List.copyOf(converted.values());
  }

  /** True unless a page was kept that keeps the document from PDF/A-2b. */
  boolean compliant() {
    return rasterize || converted.isEmpty();
  }

  private static PDPage vector(PDDocument doc, PDFormXObject form) throws IOException {
    PDRectangle box = form.getBBox();
    PDPage page = new PDPage(new PDRectangle(Gb9704.PAGE_W, Gb9704.PAGE_H));
    doc.addPage(page);
    float scale = fit(box.getWidth(), box.getHeight());
    float dx = (Gb9704.PAGE_W - box.getWidth() * scale) / 2 - box.getLowerLeftX() * scale;
    float dy = (Gb9704.PAGE_H - box.getHeight() * scale) / 2 - box.getLowerLeftY() * scale;
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.saveGraphicsState();
      cs.transform(new Matrix(scale, 0, 0, scale, dx, dy));
      cs.drawForm(form);
      cs.restoreGraphicsState();
    }
    return page;
  }

  /** The scale that fits a page of w × h points on A4 (never enlarged). */
  private static float fit(float w, float h) {
    return Math.min(1f, Math.min(Gb9704.PAGE_W / w, Gb9704.PAGE_H / h));
  }

  /** The page drawn as an image, centred as {@link #vector} would place it. */
  private PDPage raster(PDDocument doc, PDDocument src, int index, String key) throws IOException {
    Raster r = rasters.get(key);
    if (r == null) {
      r = render(src, index);
      rasters.put(key, r);
    }
    PDImageXObject image = r.image(doc);
    PDPage page = new PDPage(new PDRectangle(Gb9704.PAGE_W, Gb9704.PAGE_H));
    doc.addPage(page);
    float w = r.width * r.scale;
    float h = r.height * r.scale;
    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
      cs.drawImage(image, (Gb9704.PAGE_W - w) / 2, (Gb9704.PAGE_H - h) / 2, w, h);
    }
    return page;
  }

  /** Renders one page at 300 dpi (of its size on A4), encodes it and keeps only the encoding. */
  private Raster render(PDDocument src, int index) throws IOException {
    PDPage page = src.getPage(index);
    PDRectangle box = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    float w = turned ? box.getHeight() : box.getWidth();
    float h = turned ? box.getWidth() : box.getHeight();
    float scale = fit(w, h);
    BufferedImage pixels;
    synchronized (PageImport.class) {
      FontMapper before = FontMappers.instance();
      FontMappers.set(substitutes());
      try {
        pixels = new PDFRenderer(src).renderImageWithDPI(index, DPI * scale, ImageType.RGB);
      } finally {
        FontMappers.set(before);
      }
    }
    return encode(pixels, w, h, scale, scratch);
  }

  /**
   * Writes the pixels to a temporary file as a PDF image stream's data: 8-bit grey when every pixel
   * is grey (a third of the data), else RGB; deflated, or as JPEG when deflating leaves more than
   * {@link #LOSSLESS_LIMIT} (a photo, a scan). The pixels are an {@code INT_RGB} image.
   */
  static Raster encode(BufferedImage rgb, float w, float h, float scale, Path scratch)
      throws IOException {
    int[] data = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    int width = rgb.getWidth();
    int height = rgb.getHeight();
    boolean gray = isGray(data);
    Files.createDirectories(scratch);
    Path tmp = Files.createTempFile(scratch, "page-", ".img");
    try {
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
      try (OutputStream out =
          new DeflaterOutputStream(Files.newOutputStream(tmp), deflater, 1 << 16)) {
        byte[] row = new byte[width * (gray ? 1 : 3)];
        for (int y = 0; y < height; y++) {
          int at = y * width;
          int b = 0;
          for (int x = 0; x < width; x++) {
            int p = data[at + x];
            if (gray) {
              row[b++] = (byte) p;
            } else {
              row[b++] = (byte) (p >> 16);
              row[b++] = (byte) (p >> 8);
              row[b++] = (byte) p;
            }
          }
          out.write(row);
        }
      } finally {
        deflater.end();
      }
      COSName filter = COSName.FLATE_DECODE;
      if (Files.size(tmp) > LOSSLESS_LIMIT) {
        jpeg(gray ? toGray(data, width, height) : rgb, tmp);
        filter = COSName.DCT_DECODE;
      }
      COSDictionary params = new COSDictionary();
      params.setItem(COSName.TYPE, COSName.XOBJECT);
      params.setItem(COSName.SUBTYPE, COSName.IMAGE);
      params.setInt(COSName.WIDTH, width);
      params.setInt(COSName.HEIGHT, height);
      params.setInt(COSName.BITS_PER_COMPONENT, 8);
      params.setItem(COSName.COLORSPACE, gray ? COSName.DEVICEGRAY : COSName.DEVICERGB);
      params.setItem(COSName.FILTER, filter);
      return new Raster(tmp, params, w, h, scale);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  private static boolean isGray(int[] data) {
    for (int p : data) {
      int r = (p >> 16) & 0xff;
      if (r != ((p >> 8) & 0xff) || r != (p & 0xff)) {
        return false;
      }
    }
    return true;
  }

  private static BufferedImage toGray(int[] data, int width, int height) {
    BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] out = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < data.length; i++) {
      out[i] = (byte) data[i];
    }
    return gray;
  }

  /** Replaces the file with the picture as a baseline JPEG (what DCTDecode reads). */
  private static void jpeg(BufferedImage image, Path file) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (OutputStream os = Files.newOutputStream(file);
        ImageOutputStream out = ImageIO.createImageOutputStream(os)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }

  private Substitutes substitutes() throws IOException {
    if (substitutes == null) {
      substitutes = new Substitutes();
    }
    return substitutes;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (PDDocument d : sources.values()) {
      try {
        d.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    sources.clear();
    for (Raster r : rasters.values()) {
      Files.deleteIfExists(r.file);
    }
    rasters.clear();
    Files.deleteIfExists(scratch);
    if (substitutes != null) {
      substitutes.close();
      substitutes = null;
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * An encoded page image kept on disk: the stream's dictionary and raw bytes, and the size in
   * points (w × h) and scale it is placed at.
   */
  record Raster(Path file, COSDictionary params, float width, float height, float scale) {
    PDImageXObject image(PDDocument doc) throws IOException {
      COSStream s = doc.getDocument().createCOSStream();
      s.addAll(params);
      try (OutputStream out = s.createRawOutputStream()) {
        Files.copy(file, out);
      }
      return new PDImageXObject(new PDStream(s), null);
    }
  }

  /**
   * The fonts a rendered page gets for the fonts it lacks: the bundled Noto Sans SC for CID fonts
   * (nearly always Chinese: SimSun, STSong-Light …), PDFBox's Liberation Sans for the others.
   */
  private static final class Substitutes implements FontMapper, Closeable {
    private static final List<String> CJK_NAMES =
        List.of(
            "simsun",
            "simhei",
            "kaiti",
            "fangsong",
            "song",
            "hei",
            "yahei",
            "dengxian",
            "mincho",
            "gothic",
            "ming",
            "notosanssc",
            "notosanscjk",
            "notoserifcjk",
            "sourcehan");

    private final TrueTypeFont cjk;
    private final TrueTypeFont latin;

    Substitutes() throws IOException {
      this.cjk = parse(FontSet.BUNDLED_REGULAR);
      this.latin = parse("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
    }

    private static TrueTypeFont parse(String resource) throws IOException {
      try (InputStream in = PageImport.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IOException("no resource " + resource);
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(in));
      }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String name, PDFontDescriptor fd) {
      return new FontMapping<>(cjkName(name) ? cjk : latin, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String name, PDFontDescriptor fd) {
      return new FontMapping<>(cjkName(name) ? cjk : latin, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String name, PDFontDescriptor fd, PDCIDSystemInfo info) {
      return new CIDFontMapping(null, cjk, true);
    }

    /** A simple font whose name says it is Chinese (SimSun, 宋体, KaiTi …). */
    private static boolean cjkName(String name) {
      if (name == null) {
        return false;
      }
      String n = name.toLowerCase(Locale.ROOT);
      for (String c : CJK_NAMES) {
        if (n.contains(c)) {
          return true;
        }
      }
      return name.codePoints().anyMatch(cp -> cp >= 0x2E80);
    }

    @Override
    public void close() throws IOException {
      cjk.close();
      latin.close();
    }
  }
}
