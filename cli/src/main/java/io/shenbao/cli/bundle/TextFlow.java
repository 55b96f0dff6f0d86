package io.shenbao.cli.bundle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines of a width, the Chinese way: any two CJK characters may be split, a run of
 * Latin letters and digits stays together, closing punctuation never starts a line (it hangs into
 * the margin instead: 标点悬挂) and opening punctuation never ends one (避头尾).
 */
final class TextFlow {
  /** Characters that may not begin a line. */
  static final String NO_START = "，。、；：？！）》」』】〕’”%…·,.;:?!)]}>";

  /** Characters that may not end a line. */
  static final String NO_END = "（《「『【〔‘“([{<";

  private TextFlow() {}

  /**
   * The lines of a text: each of its own lines flowed in turn; {@code firstIndent} narrows the
   * first.
   */
  static List<String> lines(String text, PDFont font, float size, float width, float firstIndent)
      throws IOException {
    List<String> out = new ArrayList<>();
    String[] parts = text.split("\\R", -1);
    for (int i = 0; i < parts.length; i++) {
      out.addAll(flow(parts[i].replace('\t', ' '), font, size, width, i == 0 ? firstIndent : 0));
    }
    return out;
  }

  private static List<String> flow(
      String text, PDFont font, float size, float width, float firstIndent) throws IOException {
    List<String> tokens = tokens(text);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    float limit = width - firstIndent;
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i);
      float w = width(font, t, size);
      boolean hang = NO_START.indexOf(t.charAt(0)) >= 0 && line.length() > 0;
      if (used + w > limit + 0.01f && line.length() > 0 && !hang) {
        String carry = "";
        int last = line.length() - 1;
        if (NO_END.indexOf(line.charAt(last)) >= 0 && last > 0) {
          carry = line.substring(last);
          line.setLength(last);
        }
        lines.add(line.toString());
        line.setLength(0);
        line.append(carry);
        used = width(font, carry, size);
        limit = width;
        if (t.isBlank()) {
          continue;
        }
      }
      if (w > limit && line.length() == 0) {
        for (String piece : split(t, font, size, limit)) {
          lines.add(piece);
        }
        limit = width;
        continue;
      }
      line.append(t);
      used += w;
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Single CJK characters, runs of Latin letters and digits, single spaces and marks. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (isWordChar(cp)) {
        int j = i + len;
        while (j < text.length() && isWordChar(text.codePointAt(j))) {
          j += Character.charCount(text.codePointAt(j));
        }
        out.add(text.substring(i, j));
        i = j;
      } else {
        out.add(text.substring(i, i + len));
        i += len;
      }
    }
    return out;
  }

  private static boolean isWordChar(int cp) {
    return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || "-_/@.%:".indexOf(cp) >= 0);
  }

  private static List<String> split(String word, PDFont font, float size, float width)
      throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      sb.append(word.charAt(i));
      if (width(font, sb.toString(), size) > width && sb.length() > 1) {
        sb.setLength(sb.length() - 1);
        out.add(sb.toString());
        sb.setLength(0);
        sb.append(word.charAt(i));
      }
    }
    out.add(sb.toString());
    return out;
  }

  static float width(PDFont font, String s, float size) throws IOException {
    return s.isEmpty() ? 0 : font.getStringWidth(s) / 1000f * size;
  }
}
