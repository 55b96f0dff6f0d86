package io.shenbao.cli.bundle;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title into lines as GB/T 9704-2012 §7.3.3 asks: words kept whole (a line breaks only
 * between the title's phrases: 2024年 / 重庆市 / 璧山区 / 中小企业数字化转型 / 城市试点实施方案), as few lines as fit,
 * arranged symmetrically — the lines' lengths rise, fall, or rise then fall (梯形 or 菱形), never dip
 * in the middle — as even as the phrases allow, and never a single character alone on a line. A
 * phrase wider than a whole line is cut after its own marks (、，：—) first, then between characters
 * as the body is.
 */
final class TitleLines {
  private static final String CUT_AFTER = "、，：；—";

  private TitleLines() {}

  /** The lines of a title made of {@code phrases}, centred later by the caller. */
  static List<String> lines(List<String> phrases, Glyphs font, float size, float width) {
    List<String> units = new ArrayList<>();
    for (String p : phrases) {
      if (p.isEmpty()) {
        continue;
      }
      if (font.width(p, size) <= width) {
        units.add(p);
      } else {
        units.addAll(cut(p, font, size, width));
      }
    }
    if (units.isEmpty()) {
      return List.of("");
    }
    float[] w = new float[units.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = font.width(units.get(i), size);
    }
    for (int lines = 1; lines <= units.size(); lines++) {
      Best best = new Best();
      search(units, w, width, lines, 0, new int[lines + 1], 1, best, true);
      if (best.breaks == null) {
        search(units, w, width, lines, 0, new int[lines + 1], 1, best, false);
      }
      if (best.breaks != null) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < lines; k++) {
          out.add(String.join("", units.subList(best.breaks[k], best.breaks[k + 1])));
        }
        return out;
      }
    }
    return units;
  }

  /** The best partition found so far and its unevenness. */
  private static final class Best {
    int[] breaks;
    double score = Double.MAX_VALUE;
  }

  /**
   * Tries every way to put units [from, n) on lines [line, lines): each line fits, holds more than
   * one character, and (when {@code shaped}) the lengths never dip; keeps the most even.
   */
  private static void search(
      List<String> units,
      float[] w,
      float width,
      int lines,
      int from,
      int[] breaks,
      int line,
      Best best,
      boolean shaped) {
    int n = units.size();
    if (line == lines) {
      breaks[lines] = n;
      breaks[lines - 1] = from;
      float last = sum(w, from, n);
      if (from >= n || last > width || lone(units, from, n)) {
        return;
      }
      float[] lengths = new float[lines];
      for (int k = 0; k < lines; k++) {
        lengths[k] = sum(w, breaks[k], breaks[k + 1]);
      }
      if (shaped && dips(lengths)) {
        return;
      }
      double mean = 0;
      for (float l : lengths) {
        mean += l;
      }
      mean /= lines;
      double score = 0;
      for (float l : lengths) {
        score += (l - mean) * (l - mean);
      }
      if (score < best.score - 1e-6) {
        best.score = score;
        best.breaks = breaks.clone();
      }
      return;
    }
    breaks[line - 1] = from;
    for (int end = from + 1; end < n; end++) {
      if (sum(w, from, end) > width) {
        break;
      }
      if (lone(units, from, end)) {
        continue;
      }
      breaks[line] = end;
      search(units, w, width, lines, end, breaks, line + 1, best, shaped);
    }
  }

  /** A line shorter than both its neighbours: the hourglass GB/T 9704 does not allow. */
  private static boolean dips(float[] lengths) {
    for (int k = 1; k + 1 < lengths.length; k++) {
      if (lengths[k] < lengths[k - 1] - 0.5f && lengths[k] < lengths[k + 1] - 0.5f) {
        return true;
      }
    }
    return false;
  }

  private static float sum(float[] w, int from, int to) {
    float s = 0;
    for (int k = from; k < to; k++) {
      s += w[k];
    }
    return s;
  }

  /** One Chinese character with nothing but marks around it, or marks alone. */
  private static boolean lone(List<String> units, int from, int to) {
    return lone(String.join("", units.subList(from, to)));
  }

  /**
   * One Chinese character with nothing but marks and spaces around it, or marks alone: a title line
   * that may not stand by itself (also what the tests look for on printed pages).
   */
  static boolean lone(String line) {
    int chars = 0;
    boolean marks = false;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (cp < 0x2E80) {
          return false;
        }
        chars++;
      } else if (!Character.isWhitespace(cp)) {
        marks = true;
      }
    }
    return chars == 1 || (chars == 0 && marks);
  }

  /** A phrase wider than a line: cut after its marks, then as the body breaks. */
  static List<String> cut(String phrase, Glyphs font, float size, float width) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < phrase.length(); i++) {
      if (CUT_AFTER.indexOf(phrase.charAt(i)) >= 0 && i + 1 < phrase.length()) {
        out.add(phrase.substring(start, i + 1));
        start = i + 1;
      }
    }
    out.add(phrase.substring(start));
    List<String> fitted = new ArrayList<>();
    for (String piece : out) {
      if (font.width(piece, size) <= width) {
        fitted.add(piece);
      } else {
        fitted.addAll(TextFlow.lines(piece, font, size, width, 0));
      }
    }
    return fitted;
  }
}
