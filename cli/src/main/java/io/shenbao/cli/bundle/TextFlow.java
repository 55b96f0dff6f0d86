package io.shenbao.cli.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks text into lines of a width, the Chinese way: any two Chinese characters may be split;
 * codes, numbers, amounts, dates, phone numbers, e-mail addresses, file names and document numbers
 * (渝经信发〔2024〕21号) stay whole; closing punctuation never starts a line and opening punctuation never
 * ends one (避头尾) — the character before is pushed to the next line with it rather than letting the
 * mark hang out of the box; and a line never holds a single character alone when the line before
 * can give it one more.
 */
final class TextFlow {
  /** Characters that may not begin a line. */
  static final String NO_START = "，。、；：？！）》」』】〕’”%…·,.;:?!)]}>";

  /** Characters that may not end a line. */
  static final String NO_END = "（《「『【〔‘“([{<";

  /** Dates that are never split: 2024年5月16日, 2024年5月, 5月16日, 2023年, 2023年度. */
  private static final Pattern DATE =
      Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}年\\d{1,2}月|\\d{1,2}月\\d{1,2}日|\\d{4}年度?");

  /**
   * A document number (发文字号), never split: the issuer's short name (up to six characters), the year
   * in 〔〕 and the number — 渝经信发〔2024〕21号, 财办建〔2024〕23号.
   */
  private static final Pattern DOC_NUMBER = Pattern.compile("\\p{IsHan}{0,6}〔\\d{4}〕\\d+号");

  /** The extensions that make a file name, which is never split (打印/实施方案-打印版.pdf). */
  private static final Set<String> FILE_TYPES =
      Set.of(
          "pdf", "xlsx", "xlsm", "xls", "csv", "yaml", "yml", "zip", "ofd", "docx", "doc", "wps",
          "txt", "png", "jpg", "jpeg");

  /** Units that stay with the number before them. */
  private static final String UNITS = "号年月日时分秒份张家个元万亿件人页条项次届期批名";

  /** Characters a file name in running text does not contain. */
  private static final String NOT_IN_NAME = "，。；：、！？（）()《》“”‘’「」【】〔〕";

  private static final Pattern HARD_BREAK = Pattern.compile("\\R");

  private static final float EPS = 0.01f;

  private static final byte SPACE = 0;
  private static final byte CHAR = 1;
  private static final byte WORD = 2;
  private static final byte NO_START_MARK = 3;
  private static final byte NO_END_MARK = 4;
  private static final byte MARK = 5;

  private TextFlow() {}

  /**
   * The lines of a text: each of its own lines flowed in turn; {@code firstIndent} narrows the
   * first.
   */
  static List<String> lines(String text, Glyphs font, float size, float width, float firstIndent) {
    return prepare(text, font, size).lines(width, firstIndent);
  }

  /** A text cut once into the units lines may break between, to be flowed at many widths. */
  static Prepared prepare(String text, Glyphs font, float size) {
    return prepare(text, i -> font, size);
  }

  /**
   * A text whose characters are set in different faces ({@code fontAt} gives the face of each
   * character by its index), cut into units once.
   */
  static Prepared prepare(String text, IntFunction<Glyphs> fontAt, float size) {
    List<Run> runs = new ArrayList<>();
    Matcher breaks = HARD_BREAK.matcher(text);
    int start = 0;
    while (true) {
      boolean more = breaks.find();
      int end = more ? breaks.start() : text.length();
      runs.add(run(text.substring(start, end).replace('\t', ' '), start, fontAt, size));
      if (!more) {
        break;
      }
      start = breaks.end();
    }
    return new Prepared(runs.toArray(new Run[0]));
  }

  /** A text cut into units: its hard lines, each a sequence of tokens with widths and kinds. */
  static final class Prepared {
    private final Run[] runs;

    private Prepared(Run[] runs) {
      this.runs = runs;
    }

    /** The width of the widest hard line set on one line. */
    float natural() {
      float max = 0;
      for (Run r : runs) {
        float sum = 0;
        for (float w : r.widths) {
          sum += w;
        }
        max = Math.max(max, sum);
      }
      return max;
    }

    /** The widest unit that may not be split (a code, a number, a date, a file name, a word). */
    float widestUnit() {
      float max = 0;
      for (Run r : runs) {
        for (int i = 0; i < r.widths.length; i++) {
          float w = r.widths[i];
          // a mark that may not start a line travels with the unit before it
          if (i + 1 < r.widths.length && r.kinds[i + 1] == NO_START_MARK) {
            w += r.widths[i + 1];
          }
          max = Math.max(max, w);
        }
      }
      return max;
    }

    /** The lines at a width; {@code firstIndent} narrows the first. */
    List<String> lines(float width, float firstIndent) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < runs.length; i++) {
        runs[i].flow(width, i == 0 ? firstIndent : 0, out);
      }
      return out;
    }

    /**
     * Where each line at a width lies in the text: [start, end) character offsets, a line's
     * trailing spaces left out.
     */
    List<int[]> ranges(float width, float firstIndent) {
      List<int[]> out = new ArrayList<>();
      for (int i = 0; i < runs.length; i++) {
        Run r = runs[i];
        if (r.tokens.length == 0) {
          out.add(new int[] {r.offset, r.offset});
          continue;
        }
        for (int[] s : r.spans(width, i == 0 ? firstIndent : 0)) {
          int to = s[1];
          while (to > s[0] && r.kinds[to - 1] == SPACE) {
            to--;
          }
          out.add(new int[] {r.offset + r.starts[s[0]], r.offset + r.starts[to]});
        }
      }
      return out;
    }

    /** How many lines at a width. */
    int count(float width) {
      int n = 0;
      for (Run r : runs) {
        n += r.count(width);
      }
      return n;
    }

    /** How many hard lines: the fewest lines it can take. */
    int lineCount() {
      return runs.length;
    }

    /** How many of the lines at a width hold a single character alone. */
    int lone(float width) {
      int n = 0;
      for (Run r : runs) {
        List<int[]> spans = r.spans(width, 0);
        if (spans.size() > 1) {
          for (int[] s : spans) {
            if (r.lone(s[0], s[1])) {
              n++;
            }
          }
        }
      }
      return n;
    }
  }

  /** One hard line's tokens. */
  private static final class Run {
    final String[] tokens;
    final float[] widths;
    final byte[] kinds;

    /** Where each token starts in the run's text; the last entry is the text's length. */
    final int[] starts;

    /** Where the run's text starts in the whole text. */
    final int offset;

    final Glyphs font;
    final float size;

    Run(List<String> tokens, List<Byte> kinds, int offset, IntFunction<Glyphs> fontAt, float size) {
      this.tokens = tokens.toArray(new String[0]);
      this.widths = new float[this.tokens.length];
      this.kinds = new byte[this.tokens.length];
      this.starts = new int[this.tokens.length + 1];
      int at = 0;
      for (int i = 0; i < this.tokens.length; i++) {
        String t = this.tokens[i];
        starts[i] = at;
        float sum = 0;
        for (int k = 0; k < t.length(); ) {
          int cp = t.codePointAt(k);
          sum += fontAt.apply(offset + at + k).advance(cp);
          k += Character.charCount(cp);
        }
        this.widths[i] = sum / 1000f * size;
        this.kinds[i] = kinds.get(i);
        at += t.length();
      }
      starts[this.tokens.length] = at;
      this.offset = offset;
      this.font = fontAt.apply(offset);
      this.size = size;
    }

    /** Appends this run's lines at a width. */
    void flow(float width, float firstIndent, List<String> out) {
      if (tokens.length == 0) {
        out.add("");
        return;
      }
      for (int[] s : spans(width, firstIndent)) {
        String line = text(s[0], s[1]);
        float limit = out.isEmpty() && s[0] == 0 ? width - firstIndent : width;
        if (oversized(s, limit)) {
          out.addAll(split(line, limit));
        } else {
          out.add(line);
        }
      }
    }

    /** How many lines {@link #flow} makes at a width, without making them. */
    int count(float width) {
      if (tokens.length == 0) {
        return 1;
      }
      int n = 0;
      for (int[] s : spans(width, 0)) {
        n += oversized(s, width) ? split(text(s[0], s[1]), width).size() : 1;
      }
      return n;
    }

    /** The lines as [start, end) token ranges: greedy, then no lone characters. */
    List<int[]> spans(float width, float firstIndent) {
      List<Integer> starts = new ArrayList<>();
      int n = tokens.length;
      int start = 0;
      float used = 0;
      float limit = width - firstIndent;
      starts.add(0);
      int i = 0;
      while (i < n) {
        if (i == start && start > 0 && kinds[i] == SPACE) {
          start++;
          starts.set(starts.size() - 1, start);
          i++;
          continue;
        }
        float w = widths[i];
        if (used + trimmed(i, w) <= limit + EPS) {
          used += w;
          i++;
          continue;
        }
        if (i == start) {
          // a unit wider than the line stands alone, with the marks that may not start a line
          used += w;
          i++;
          while (i < n && kinds[i] == NO_START_MARK) {
            used += widths[i++];
          }
          continue;
        }
        int b = i;
        while (b > start + 1 && !breakable(b)) {
          b--;
        }
        if (!breakable(b)) {
          b = i;
        }
        starts.add(b);
        start = b;
        limit = width;
        used = 0;
        for (int k = b; k < i; k++) {
          used += widths[k];
        }
      }
      int[] s = new int[starts.size() + 1];
      for (int k = 0; k < starts.size(); k++) {
        s[k] = starts.get(k);
      }
      s[starts.size()] = n;
      for (int j = 1; j + 1 < s.length; j++) {
        if (lone(s[j], s[j + 1])) {
          pullDown(s, j, width, 0);
        }
      }
      List<int[]> out = new ArrayList<>();
      for (int j = 0; j + 1 < s.length; j++) {
        if (s[j] < s[j + 1]) {
          out.add(new int[] {s[j], s[j + 1]});
        }
      }
      return out;
    }

    /** A line that is one unit (and its closing marks) wider than the width. */
    private boolean oversized(int[] s, float width) {
      float w = 0;
      for (int k = s[0]; k < s[1]; k++) {
        if (k > s[0] && kinds[k] != NO_START_MARK) {
          return false;
        }
        w += widths[k];
      }
      return w > width + EPS;
    }

    /** A trailing space does not count against the line. */
    private float trimmed(int i, float w) {
      return kinds[i] == SPACE ? 0 : w;
    }

    /**
     * Line {@code j} takes one or two more tokens from line {@code j - 1}, if the rules allow; when
     * that would leave line {@code j - 1} with one character alone, it takes from the line before
     * it in turn (a few lines up at most). Returns whether it did; changes nothing when not.
     */
    private boolean pullDown(int[] s, int j, float width, int depth) {
      for (int b = s[j] - 1; b >= s[j] - 3 && b > s[j - 1]; b--) {
        int first = b;
        while (first < s[j + 1] && kinds[first] == SPACE) {
          first++;
        }
        if (!breakable(first) || lone(first, s[j + 1]) || visible(s[j - 1], b) == 0) {
          continue;
        }
        float w = 0;
        for (int k = first; k < s[j + 1]; k++) {
          w += widths[k];
        }
        if (w > width + EPS) {
          continue;
        }
        if (!lone(s[j - 1], b)) {
          s[j] = first;
          return true;
        }
        if (j >= 2 && depth < 3) {
          int before = s[j];
          s[j] = first;
          if (pullDown(s, j - 1, width, depth + 1)) {
            return true;
          }
          s[j] = before;
        }
      }
      return false;
    }

    /** A line may begin at token {@code b}. */
    private boolean breakable(int b) {
      return b > 0 && kinds[b] != NO_START_MARK && kinds[b - 1] != NO_END_MARK;
    }

    /**
     * Tokens [from, to) are one Chinese character with nothing but marks around it, or marks alone
     * (a dash left at a line's start).
     */
    boolean lone(int from, int to) {
      int chars = 0;
      int marks = 0;
      for (int k = from; k < to; k++) {
        if (kinds[k] == WORD) {
          return false;
        }
        if (kinds[k] == CHAR) {
          chars++;
        } else if (kinds[k] != SPACE) {
          marks++;
        }
      }
      return chars == 1 || (chars == 0 && marks > 0);
    }

    private int visible(int from, int to) {
      int n = 0;
      for (int k = from; k < to; k++) {
        if (kinds[k] == CHAR || kinds[k] == WORD) {
          n++;
        }
      }
      return n;
    }

    private String text(int from, int to) {
      while (to > from && kinds[to - 1] == SPACE) {
        to--;
      }
      StringBuilder sb = new StringBuilder();
      for (int k = from; k < to; k++) {
        sb.append(tokens[k]);
      }
      return sb.toString();
    }

    /** A unit wider than the line: split between characters, the last resort. */
    private List<String> split(String word, float width) {
      List<String> out = new ArrayList<>();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        int len = Character.charCount(cp);
        String c = word.substring(i, i + len);
        if (sb.length() > 0 && font.width(sb + c, size) > width + EPS) {
          out.add(sb.toString());
          sb.setLength(0);
        }
        sb.append(c);
        i += len;
      }
      out.add(sb.toString());
      return out;
    }
  }

  /** Cuts one hard line into tokens. */
  private static Run run(String text, int offset, IntFunction<Glyphs> fontAt, float size) {
    List<String> tokens = new ArrayList<>();
    List<Byte> kinds = new ArrayList<>();
    List<int[]> keeps = keeps(text);
    int k = 0;
    int nextKeep = keeps.isEmpty() ? -1 : keeps.get(0)[0];
    int i = 0;
    while (i < text.length()) {
      if (i == nextKeep) {
        int end = keeps.get(k)[1];
        tokens.add(text.substring(i, end));
        kinds.add(WORD);
        i = end;
        k++;
        nextKeep = k < keeps.size() ? keeps.get(k)[0] : -1;
        continue;
      }
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      int end = i + len;
      if (isWordChar(cp)) {
        end = wordEnd(text, i, nextKeep);
        tokens.add(text.substring(i, end));
        kinds.add(WORD);
      } else {
        tokens.add(text.substring(i, end));
        kinds.add(kind(cp));
      }
      i = end;
    }
    return new Run(tokens, kinds, offset, fontAt, size);
  }

  /** The [start, end) spans of a text that are never split, in order, none overlapping. */
  static List<int[]> keeps(String text) {
    List<int[]> found = new ArrayList<>();
    if (text.indexOf('年') >= 0 || text.indexOf('月') >= 0) {
      Matcher m = DATE.matcher(text);
      while (m.find()) {
        found.add(new int[] {m.start(), m.end()});
      }
    }
    if (text.indexOf('〔') >= 0) {
      Matcher m = DOC_NUMBER.matcher(text);
      while (m.find()) {
        found.add(new int[] {m.start(), m.end()});
      }
    }
    for (int dot = text.indexOf('.'); dot > 0; dot = text.indexOf('.', dot + 1)) {
      int end = dot + 1;
      while (end < text.length() && end - dot <= 5 && isAsciiLetter(text.charAt(end))) {
        end++;
      }
      boolean typed =
          FILE_TYPES.contains(text.substring(dot + 1, end).toLowerCase(Locale.ROOT))
              && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
      int start = dot;
      while (start > 0
          && !Character.isWhitespace(text.charAt(start - 1))
          && NOT_IN_NAME.indexOf(text.charAt(start - 1)) < 0) {
        start--;
      }
      if (typed && start < dot) {
        found.add(new int[] {start, end});
      }
    }
    found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    List<int[]> out = new ArrayList<>();
    for (int[] f : found) {
      if (out.isEmpty() || f[0] >= out.get(out.size() - 1)[1]) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The end of a run of Latin letters and digits, with the joiners inside numbers and codes. */
  private static int wordEnd(String text, int i, int nextKeep) {
    int j = i;
    while (j < text.length() && j != nextKeep) {
      int cp = text.codePointAt(j);
      if (isWordChar(cp)) {
        j += Character.charCount(cp);
      } else if (joiner(cp)
          && j > i
          && j + 1 < text.length()
          && Character.isDigit(text.charAt(j - 1))
          && Character.isDigit(text.charAt(j + 1))) {
        // 10,000 · 000001—000005 · 1～3
        j++;
      } else {
        break;
      }
    }
    // a number keeps its unit: 21号, 450家, 5份, 8200万
    if (j < text.length()
        && j != nextKeep
        && Character.isDigit(text.charAt(j - 1))
        && UNITS.indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  private static boolean joiner(int cp) {
    return cp == ',' || cp == '—' || cp == '～' || cp == '~' || cp == '–';
  }

  private static byte kind(int cp) {
    if (Character.isWhitespace(cp) || cp == '\u3000') {
      return SPACE;
    }
    if (NO_START.indexOf(cp) >= 0) {
      return NO_START_MARK;
    }
    if (NO_END.indexOf(cp) >= 0) {
      return NO_END_MARK;
    }
    if (Character.isLetterOrDigit(cp)) {
      return CHAR;
    }
    return MARK;
  }

  private static boolean isWordChar(int cp) {
    return cp < 0x2E80 && (Character.isLetterOrDigit(cp) || "-_/@.%:+#&'".indexOf(cp) >= 0);
  }
}
