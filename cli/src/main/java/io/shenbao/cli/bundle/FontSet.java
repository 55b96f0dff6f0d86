package io.shenbao.cli.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK fonts the PDFs embed, found in the contract's order: {@code --font FILE}, {@code
 * SHENBAO_FONT}, the system's 仿宋/宋体, then the bundled Noto Sans SC (OFL) that needs nothing
 * installed. A font PDFBox cannot embed (CFF outlines, embedding forbidden) is refused up front,
 * and every string is checked for missing glyphs before it is drawn.
 */
public final class FontSet implements Closeable {
  /** The bundled regular and bold faces (Noto Sans SC, TrueType outlines). */
  static final String BUNDLED_REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

  static final String BUNDLED_BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

  /** System fonts in the style GB/T 9704 asks for (仿宋 body, 宋体 as second choice). */
  static final List<String> SYSTEM_CANDIDATES =
      List.of(
          "C:\\Windows\\Fonts\\simfang.ttf",
          "C:\\Windows\\Fonts\\simsun.ttc",
          "/System/Library/Fonts/Supplemental/Songti.ttc",
          "/Library/Fonts/Songti.ttc");

  private final TrueTypeFont body;
  private final TrueTypeFont heading;
  private final String description;
  private final List<Closeable> open;

  private FontSet(
      TrueTypeFont body, TrueTypeFont heading, String description, List<Closeable> open) {
    this.body = body;
    this.heading = heading;
    this.description = description;
    this.open = open;
  }

  /** Finds the fonts: the explicit file, the environment's, the system's, or the bundled one. */
  public static FontSet resolve(Path explicit, Map<String, String> env) throws BundleException {
    if (explicit != null) {
      return fromFile(explicit, "--font");
    }
    String fromEnv = env.get("SHENBAO_FONT");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromFile(Path.of(fromEnv), "SHENBAO_FONT");
    }
    for (String candidate : SYSTEM_CANDIDATES) {
      Path p = Path.of(candidate);
      if (Files.isRegularFile(p)) {
        try {
          return fromFile(p, "system");
        } catch (BundleException e) {
          // not usable: try the next one
        }
      }
    }
    return bundled();
  }

  /** The bundled Noto Sans SC, regular and bold. */
  public static FontSet bundled() throws BundleException {
    try {
      TrueTypeFont regular = parseResource(BUNDLED_REGULAR);
      TrueTypeFont bold = parseResource(BUNDLED_BOLD);
      return new FontSet(regular, bold, "Noto Sans SC (bundled)", List.of(regular, bold));
    } catch (IOException e) {
      throw new BundleException("bundled-font", false, String.valueOf(e.getMessage()));
    }
  }

  private static TrueTypeFont parseResource(String name) throws IOException {
    try (InputStream in = FontSet.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no resource " + name);
      }
      return new TTFParser().parse(new RandomAccessReadBuffer(in));
    }
  }

  static FontSet fromFile(Path file, String source) throws BundleException {
    if (!Files.isRegularFile(file)) {
      throw new BundleException("font-missing", false, file.toString(), source);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      TrueTypeFont font;
      List<Closeable> open = new ArrayList<>();
      if (name.endsWith(".ttc") || name.endsWith(".otc")) {
        TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
        open.add(ttc);
        TrueTypeFont[] first = new TrueTypeFont[1];
        ttc.processAllFonts(
            f -> {
              if (first[0] == null && usable(f)) {
                first[0] = f;
              }
            });
        font = first[0];
        if (font == null) {
          ttc.close();
          throw new BundleException("font-cff", false, file.toString());
        }
      } else {
        font =
            name.endsWith(".otf")
                ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        open.add(font);
        if (!usable(font)) {
          font.close();
          throw new BundleException("font-cff", false, file.toString());
        }
      }
      if (font.getUnicodeCmapLookup(false) == null || glyph(font, '中') == 0) {
        throw new BundleException("font-no-cjk", false, file.toString());
      }
      return new FontSet(font, font, font.getName() + " (" + source + ": " + file + ")", open);
    } catch (IOException e) {
      throw new BundleException(
          "font-read", false, file.toString(), String.valueOf(e.getMessage()));
    }
  }

  private static boolean usable(TrueTypeFont f) throws IOException {
    if (f instanceof OpenTypeFont o && o.isPostScript()) {
      return false;
    }
    int fsType = f.getOS2Windows() == null ? 0 : f.getOS2Windows().getFsType();
    return (fsType & 0x000F) != 0x0002;
  }

  private static int glyph(TrueTypeFont f, int codePoint) throws IOException {
    var cmap = f.getUnicodeCmapLookup(false);
    return cmap == null ? 0 : cmap.getGlyphId(codePoint);
  }

  /** What is used, for messages. */
  public String description() {
    return description;
  }

  /** The body face, loaded (subset) into a document. */
  PDType0Font body(PDDocument doc) throws IOException {
    return PDType0Font.load(doc, body, true);
  }

  /** The heading face, loaded (subset) into a document. */
  PDType0Font heading(PDDocument doc) throws IOException {
    return PDType0Font.load(doc, heading, true);
  }

  /**
   * Refuses text with a character the fonts lack, naming the character and where it comes from,
   * rather than drawing a blank box.
   */
  void requireGlyphs(String text, String field) throws BundleException {
    try {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
          continue;
        }
        if (glyph(body, cp) == 0 || glyph(heading, cp) == 0) {
          throw new BundleException(
              "glyph",
              true,
              description,
              new String(Character.toChars(cp)),
              String.format(Locale.ROOT, "U+%04X", cp),
              field);
        }
      }
    } catch (IOException e) {
      throw new BundleException("font-read", false, description, String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void close() throws IOException {
    for (Closeable c : open) {
      c.close();
    }
  }
}
