package io.shenbao.cli.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One font as loaded into a document, with its advance widths cached per character: a table of
 * 20,000 enterprises measures each name many times while its columns are fitted, and asking the
 * font each time would cost more than the layout itself.
 */
final class Glyphs {
  final PDFont font;
  private final float[][] pages = new float[256][];
  private final Map<Integer, Float> astral = new HashMap<>();

  Glyphs(PDFont font) {
    this.font = font;
  }

  /** The advance of one character, in thousandths of the font size. */
  float advance(int codePoint) {
    if (codePoint > 0xFFFF) {
      return astral.computeIfAbsent(codePoint, this::measure);
    }
    float[] page = pages[codePoint >>> 8];
    if (page == null) {
      page = new float[256];
      Arrays.fill(page, Float.NaN);
      pages[codePoint >>> 8] = page;
    }
    float w = page[codePoint & 0xFF];
    if (Float.isNaN(w)) {
      w = measure(codePoint);
      page[codePoint & 0xFF] = w;
    }
    return w;
  }

  /** The width of a string at a size, in points. */
  float width(String s, float size) {
    float sum = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      sum += advance(cp);
      i += Character.charCount(cp);
    }
    return sum / 1000f * size;
  }

  private float measure(int codePoint) {
    try {
      return font.getStringWidth(new String(Character.toChars(codePoint)));
    } catch (IllegalArgumentException e) {
      // no glyph: the text is refused before it is drawn; measure it as a full em meanwhile
      return 1000f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
