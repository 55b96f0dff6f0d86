package io.shenbao.rules.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * What keeps a PDF's pages from being carried into a PDF/A-2b document (with an sRGB output intent)
 * as they are: fonts drawn but not embedded, CMYK colour, blend modes and features PDF/A-2b
 * forbids; and, for the file as a whole, encryption and JavaScript. It reads the page's content
 * streams operator by operator (and the forms, patterns, soft masks and Type 3 glyphs they use), on
 * the objects themselves: no font is loaded, so nothing is looked up among the system's fonts.
 *
 * <p>Invisible text (rendering mode 3, the text layer of an OCR'd scan) needs no embedded font, as
 * PDF/A says. Whatever cannot be read counts as a problem of the page: the safe side, since the
 * bundle then draws the page as an image.
 */
public final class PdfaCheck {
  /** A reason why a page cannot be carried over as it is. */
  public enum Blocker {
    /** A font used for visible text is not embedded. Details: the fonts' names. */
    FONT,
    /** CMYK colour, which needs a CMYK output intent (the bundle's is sRGB). */
    COLOUR,
    /** A blend mode or transparency group PDF/A-2b does not allow. */
    TRANSPARENCY,
    /** Other content PDF/A-2b forbids: LZW, PostScript, transfer functions, unknown operators. */
    CONTENT,
    /** Content that could not be read through (damaged, or nested past reason): no details. */
    UNREADABLE;

    /**
     * Its code in message keys and machine-read files: font, colour, transparency, content,
     * unreadable.
     */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One page's problems: for each blocker, what was found (font names, feature names).
   *
   * @param number 1-based page number
   */
  public record Page(int number, Map<Blocker, SortedSet<String>> blockers) {
    public Page {
      Map<Blocker, SortedSet<String>> copy = new EnumMap<>(Blocker.class);
      blockers.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
      blockers = Collections.unmodifiableMap(copy);
    }

    /** True when the page can be carried over as it is. */
    public boolean clean() {
      return blockers.isEmpty();
    }
  }

  /**
   * A whole document's problems.
   *
   * @param encrypted the file is encrypted (it opened without a password)
   * @param javascript the file holds JavaScript
   * @param pages the pages with a blocker, in order
   */
  public record Result(boolean encrypted, boolean javascript, List<Page> pages) {
    public Result {
      pages = List.copyOf(pages);
    }
  }

  static final Set<String> OPERATORS =
      Set.of(
          "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0",
          "d1", "Do", "DP", "EI", "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID",
          "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re", "RG", "rg", "ri", "s", "S",
          "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm",
          "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"");

  static final Set<String> BLEND_MODES =
      Set.of(
          "Normal",
          "Compatible",
          "Multiply",
          "Screen",
          "Overlay",
          "Darken",
          "Lighten",
          "ColorDodge",
          "ColorBurn",
          "HardLight",
          "SoftLight",
          "Difference",
          "Exclusion",
          "Hue",
          "Saturation",
          "Color",
          "Luminosity");

  static final Set<String> INTENTS =
      Set.of("AbsoluteColorimetric", "RelativeColorimetric", "Saturation", "Perceptual");

  private static final COSName PS = COSName.getPDFName("PS");
  private static final COSName SUBTYPE2 = COSName.getPDFName("Subtype2");
  private static final COSName REF = COSName.getPDFName("Ref");
  private static final COSName OPI = COSName.getPDFName("OPI");
  private static final COSName ALTERNATES = COSName.getPDFName("Alternates");
  private static final COSName HT = COSName.getPDFName("HT");
  private static final COSName HTP = COSName.getPDFName("HTP");
  private static final COSName HALFTONE_TYPE = COSName.getPDFName("HalftoneType");
  private static final COSName HALFTONE_NAME = COSName.getPDFName("HalftoneName");

  private static final Set<String> TEXT_SHOWING = Set.of("Tj", "TJ", "'", "\"");

  /** How deep forms, patterns and glyphs may nest before the page counts as unreadable. */
  private static final int MAX_DEPTH = 24;

  /** How many objects the JavaScript search visits at most (then it assumes none). */
  private static final int MAX_OBJECTS = 200_000;

  private PdfaCheck() {}

  /** Checks every page of an opened document. */
  public static Result check(PDDocument doc) {
    return check(doc, true);
  }

  /**
   * Checks an opened document: its encryption and JavaScript, and with {@code pages} every page.
   */
  public static Result check(PDDocument doc, boolean pages) {
    List<Page> found = new ArrayList<>();
    int n = pages ? doc.getNumberOfPages() : 0;
    for (int i = 0; i < n; i++) {
      Page p = page(doc.getPage(i), i + 1);
      if (!p.clean()) {
        found.add(p);
      }
    }
    return new Result(doc.isEncrypted(), hasJavaScript(doc), found);
  }

  /** Checks one page ({@code number} is 1-based, for the result). */
  public static Page page(PDPage page, int number) {
    Walker w = new Walker();
    try {
      PDResources resources = page.getResources();
      COSDictionary res = resources == null ? null : resources.getCOSObject();
      // the page's own content is decoded and written again when it is carried over: its filters
      // do not matter; those of the forms, images and fonts it uses are copied as they are
      w.content(page.getContents(), res, 0);
      COSDictionary group = page.getCOSObject().getCOSDictionary(COSName.GROUP);
      if (group != null) {
        w.colourSpace(group.getDictionaryObject(COSName.CS), res);
      }
    } catch (IOException | RuntimeException e) {
      w.unreadable();
    }
    return new Page(number, w.found);
  }

  /** True when the document holds JavaScript anywhere its objects lead (actions, name trees). */
  static boolean hasJavaScript(PDDocument doc) {
    Deque<COSBase> todo = new ArrayDeque<>();
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    todo.push(doc.getDocument().getTrailer());
    int visited = 0;
    while (!todo.isEmpty() && visited++ < MAX_OBJECTS) {
      COSBase b = todo.pop();
      if (b instanceof COSObject o) {
        b = o.getObject();
      }
      if (b == null || !seen.add(b)) {
        continue;
      }
      if (b instanceof COSDictionary d) {
        if (COSName.JAVA_SCRIPT.equals(d.getCOSName(COSName.S))
            || d.containsKey(COSName.JS)
            || d.getDictionaryObject(COSName.JAVA_SCRIPT) instanceof COSDictionary) {
          return true;
        }
        for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
          if (!COSName.PARENT.equals(e.getKey())) {
            follow(e.getValue(), todo);
          }
        }
      } else if (b instanceof COSArray a) {
        for (int i = 0; i < a.size(); i++) {
          follow(a.get(i), todo);
        }
      }
    }
    return false;
  }

  private static void follow(COSBase b, Deque<COSBase> todo) {
    if (b instanceof COSObject || b instanceof COSDictionary || b instanceof COSArray) {
      todo.push(b);
    }
  }

  /** The name of a font as people know it: BaseFont without a subset prefix (ABCDEF+). */
  static String fontName(COSDictionary font) {
    String name = font.getNameAsString(COSName.BASE_FONT);
    if (name == null) {
      name = font.getNameAsString(COSName.NAME);
    }
    if (name == null) {
      return "?";
    }
    return name.matches("^[A-Z]{6}\\+.+") ? name.substring(7) : name;
  }

  /** True when the font dictionary carries its font program (Type 3 fonts are their glyphs). */
  static boolean embedded(COSDictionary font) {
    COSName subtype = font.getCOSName(COSName.SUBTYPE);
    if (COSName.TYPE3.equals(subtype)) {
      return true;
    }
    COSDictionary f = font;
    if (COSName.TYPE0.equals(subtype)) {
      COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
      if (descendants == null
          || descendants.size() == 0
          || !(descendants.getObject(0) instanceof COSDictionary d)) {
        return false;
      }
      f = d;
    }
    COSDictionary descriptor = f.getCOSDictionary(COSName.FONT_DESC);
    return descriptor != null
        && (descriptor.getDictionaryObject(COSName.FONT_FILE) instanceof COSStream
            || descriptor.getDictionaryObject(COSName.FONT_FILE2) instanceof COSStream
            || descriptor.getDictionaryObject(COSName.FONT_FILE3) instanceof COSStream);
  }

  /** Walks content streams, keeping the text state that matters (font, rendering mode). */
  private static final class Walker {
    final Map<Blocker, SortedSet<String>> found = new EnumMap<>(Blocker.class);
    private final Set<COSBase> done = Collections.newSetFromMap(new IdentityHashMap<>());

    void add(Blocker b, String what) {
      found.computeIfAbsent(b, k -> new TreeSet<>()).add(what);
    }

    void unreadable() {
      found.computeIfAbsent(Blocker.UNREADABLE, k -> new TreeSet<>());
    }

    /** The text state a q … Q pair saves and restores. */
    private static final class State {
      COSDictionary font;
      int mode;

      State copy() {
        State s = new State();
        s.font = font;
        s.mode = mode;
        return s;
      }
    }

    void content(InputStream in, COSDictionary res, int depth) throws IOException {
      byte[] bytes;
      try (InputStream s = in) {
        bytes = s.readAllBytes();
      }
      content(bytes, res, depth);
    }

    void stream(COSStream s, COSDictionary res, int depth) throws IOException {
      filters(s);
      content(s.createInputStream(), res, depth);
    }

    private void content(byte[] bytes, COSDictionary res, int depth) throws IOException {
      if (depth > MAX_DEPTH) {
        unreadable();
        return;
      }
      Deque<State> stack = new ArrayDeque<>();
      State st = new State();
      List<COSBase> operands = new ArrayList<>();
      PDFStreamParser parser = new PDFStreamParser(bytes);
      for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
        if (!(token instanceof Operator op)) {
          if (token instanceof COSBase b) {
            operands.add(b);
          }
          continue;
        }
        String name = op.getName();
        switch (name) {
          case "q" -> stack.push(st.copy());
          case "Q" -> st = stack.isEmpty() ? st : stack.pop();
          case "Tf" -> {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName n) {
              st.font = resource(res, COSName.FONT, n) instanceof COSDictionary d ? d : null;
            }
          }
          case "Tr" -> {
            if (!operands.isEmpty() && operands.get(0) instanceof COSNumber n) {
              st.mode = n.intValue();
            }
          }
          case "k", "K" -> cmyk(res);
          case "cs", "CS" -> {
            if (!operands.isEmpty()) {
              colourSpace(operands.get(0), res);
            }
          }
          case "scn", "SCN" -> {
            if (!operands.isEmpty()
                && operands.get(operands.size() - 1) instanceof COSName n
                && resource(res, COSName.PATTERN, n) instanceof COSDictionary p) {
              pattern(p, res, depth);
            }
          }
          case "sh" -> {
            if (!operands.isEmpty()
                && operands.get(0) instanceof COSName n
                && resource(res, COSName.SHADING, n) instanceof COSDictionary sh) {
              shading(sh, res);
            }
          }
          case "gs" -> {
            if (!operands.isEmpty()
                && operands.get(0) instanceof COSName n
                && resource(res, COSName.EXT_G_STATE, n) instanceof COSDictionary gs) {
              COSDictionary font = graphicsState(gs, res, depth);
              if (font != null) {
                st.font = font;
              }
            }
          }
          case "ri" -> {
            if (!operands.isEmpty()
                && operands.get(0) instanceof COSName n
                && !INTENTS.contains(n.getName())) {
              add(Blocker.CONTENT, "RI " + n.getName());
            }
          }
          case "Do" -> {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName n) {
              xobject(resource(res, COSName.XOBJECT, n), res, depth);
            }
          }
          case "BI" -> image(op.getImageParameters(), res, true);
          default -> {
            if (TEXT_SHOWING.contains(name)) {
              text(st, depth);
            } else if (!OPERATORS.contains(name)) {
              add(Blocker.CONTENT, "operator " + name);
            }
          }
        }
        operands.clear();
      }
    }

    private void text(State st, int depth) throws IOException {
      if (st.font == null) {
        return;
      }
      if (st.mode != 3 && !embedded(st.font)) {
        add(Blocker.FONT, fontName(st.font));
      }
      if (COSName.TYPE3.equals(st.font.getCOSName(COSName.SUBTYPE)) && done.add(st.font)) {
        COSDictionary procs = st.font.getCOSDictionary(COSName.CHAR_PROCS);
        COSDictionary glyphRes = st.font.getCOSDictionary(COSName.RESOURCES);
        if (procs != null) {
          for (COSName key : procs.keySet()) {
            if (procs.getDictionaryObject(key) instanceof COSStream glyph) {
              stream(glyph, glyphRes, depth + 1);
            }
          }
        }
      }
    }

    private static COSBase resource(COSDictionary res, COSName kind, COSName name) {
      if (res == null) {
        return null;
      }
      COSDictionary d = res.getCOSDictionary(kind);
      return d == null ? null : d.getDictionaryObject(name);
    }

    private void cmyk(COSDictionary res) {
      COSDictionary spaces = res == null ? null : res.getCOSDictionary(COSName.COLORSPACE);
      if (spaces == null || !spaces.containsKey(COSName.DEFAULT_CMYK)) {
        add(Blocker.COLOUR, "DeviceCMYK");
      }
    }

    /** A colour space by name or as an array; CMYK, directly or underneath, is the problem. */
    void colourSpace(COSBase cs, COSDictionary res) {
      colourSpace(cs, res, 0);
    }

    private void colourSpace(COSBase cs, COSDictionary res, int depth) {
      if (cs instanceof COSObject o) {
        cs = o.getObject();
      }
      if (depth > 8 || cs == null) {
        return;
      }
      if (cs instanceof COSName n) {
        if (COSName.DEVICECMYK.equals(n) || COSName.CMYK.equals(n)) {
          cmyk(res);
        } else if (!COSName.DEVICERGB.equals(n)
            && !COSName.DEVICEGRAY.equals(n)
            && !COSName.PATTERN.equals(n)
            && !COSName.RGB.equals(n)
            && !COSName.G.equals(n)) {
          colourSpace(resource(res, COSName.COLORSPACE, n), res, depth + 1);
        }
      } else if (cs instanceof COSArray a && a.size() > 0 && a.getObject(0) instanceof COSName f) {
        switch (f.getName()) {
          case "Separation" -> colourSpace(a.size() > 2 ? a.getObject(2) : null, res, depth + 1);
          case "DeviceN" -> colourSpace(a.size() > 2 ? a.getObject(2) : null, res, depth + 1);
          case "Indexed", "I", "Pattern" ->
              colourSpace(a.size() > 1 ? a.getObject(1) : null, res, depth + 1);
          default -> {
            // ICCBased, CalRGB, CalGray, Lab: device independent
          }
        }
      }
    }

    private void shading(COSDictionary sh, COSDictionary res) throws IOException {
      colourSpace(sh.getDictionaryObject(COSName.CS), res);
      if (sh instanceof COSStream s) {
        filters(s);
      }
    }

    private void pattern(COSDictionary p, COSDictionary res, int depth) throws IOException {
      if (!done.add(p)) {
        return;
      }
      if (p.getInt(COSName.PATTERN_TYPE) == 2) {
        if (p.getDictionaryObject(COSName.SHADING) instanceof COSDictionary sh) {
          shading(sh, res);
        }
        if (p.getDictionaryObject(COSName.EXT_G_STATE) instanceof COSDictionary gs) {
          graphicsState(gs, res, depth);
        }
      } else if (p instanceof COSStream tiling) {
        COSDictionary own = tiling.getCOSDictionary(COSName.RESOURCES);
        stream(tiling, own != null ? own : res, depth + 1);
      }
    }

    /** Checks an ExtGState; returns the font it sets, if any. */
    private COSDictionary graphicsState(COSDictionary gs, COSDictionary res, int depth)
        throws IOException {
      if (gs.containsKey(COSName.TR)) {
        add(Blocker.CONTENT, "TR");
      }
      COSBase tr2 = gs.getDictionaryObject(COSName.TR2);
      if (tr2 != null && !COSName.DEFAULT.equals(tr2)) {
        add(Blocker.CONTENT, "TR2");
      }
      if (gs.containsKey(HTP)) {
        add(Blocker.CONTENT, "HTP");
      }
      if (gs.getDictionaryObject(HT) instanceof COSDictionary ht) {
        int type = ht.getInt(HALFTONE_TYPE);
        if (type != 1 && type != 5) {
          add(Blocker.CONTENT, "HalftoneType " + type);
        }
        if (ht.containsKey(HALFTONE_NAME)) {
          add(Blocker.CONTENT, "HalftoneName");
        }
      }
      COSBase ri = gs.getDictionaryObject(COSName.RI);
      if (ri instanceof COSName n && !INTENTS.contains(n.getName())) {
        add(Blocker.CONTENT, "RI " + n.getName());
      }
      blendMode(gs.getDictionaryObject(COSName.BM));
      if (gs.getDictionaryObject(COSName.SMASK) instanceof COSDictionary mask
          && mask.getDictionaryObject(COSName.G) instanceof COSStream g) {
        if (mask.containsKey(COSName.TR)
            && !COSName.IDENTITY.equals(mask.getDictionaryObject(COSName.TR))) {
          add(Blocker.CONTENT, "TR");
        }
        xobject(g, res, depth);
      }
      if (gs.getDictionaryObject(COSName.FONT) instanceof COSArray f
          && f.size() > 0
          && f.getObject(0) instanceof COSDictionary font) {
        return font;
      }
      return null;
    }

    private void blendMode(COSBase bm) {
      if (bm instanceof COSName n) {
        if (!BLEND_MODES.contains(n.getName())) {
          add(Blocker.TRANSPARENCY, "BM " + n.getName());
        }
      } else if (bm instanceof COSArray a) {
        for (int i = 0; i < a.size(); i++) {
          blendMode(a.getObject(i));
        }
      }
    }

    private void xobject(COSBase x, COSDictionary res, int depth) throws IOException {
      if (!(x instanceof COSStream s)) {
        return;
      }
      COSName subtype = s.getCOSName(COSName.SUBTYPE);
      if (COSName.IMAGE.equals(subtype)) {
        if (done.add(s)) {
          filters(s);
          image(s, res, false);
        }
      } else if (PS.equals(subtype)) {
        add(Blocker.CONTENT, "PostScript");
      } else if (COSName.FORM.equals(subtype)) {
        if (PS.equals(s.getCOSName(SUBTYPE2))) {
          add(Blocker.CONTENT, "PostScript");
        }
        if (s.containsKey(REF)) {
          add(Blocker.CONTENT, "Ref");
        }
        if (s.containsKey(OPI)) {
          add(Blocker.CONTENT, "OPI");
        }
        COSDictionary own = s.getCOSDictionary(COSName.RESOURCES);
        COSDictionary formRes = own != null ? own : res;
        if (s.getDictionaryObject(COSName.GROUP) instanceof COSDictionary group) {
          colourSpace(group.getDictionaryObject(COSName.CS), formRes);
        }
        if (done.add(s)) {
          stream(s, formRes, depth + 1);
        }
      }
    }

    /** An image XObject's or inline image's dictionary (inline ones use abbreviations). */
    private void image(COSDictionary img, COSDictionary res, boolean inline) throws IOException {
      if (img == null) {
        return;
      }
      COSBase cs = img.getDictionaryObject(COSName.COLORSPACE);
      if (cs == null && inline) {
        cs = img.getDictionaryObject(COSName.CS);
      }
      colourSpace(cs, res);
      COSBase interpolate = img.getDictionaryObject(COSName.INTERPOLATE);
      if (interpolate == null && inline) {
        interpolate = img.getDictionaryObject(COSName.I);
      }
      if (interpolate instanceof COSBoolean b && b.getValue()) {
        add(Blocker.CONTENT, "Interpolate");
      }
      if (img.containsKey(ALTERNATES)) {
        add(Blocker.CONTENT, "Alternates");
      }
      if (img.containsKey(OPI)) {
        add(Blocker.CONTENT, "OPI");
      }
      if (inline) {
        COSBase f = img.getDictionaryObject(COSName.FILTER);
        if (f == null) {
          f = img.getDictionaryObject(COSName.F);
        }
        filterNames(f);
      }
      if (img.getDictionaryObject(COSName.SMASK) instanceof COSStream mask) {
        filters(mask);
      }
    }

    private void filters(COSStream s) {
      filterNames(s.getDictionaryObject(COSName.FILTER));
    }

    private void filterNames(COSBase f) {
      if (f instanceof COSName n) {
        if (COSName.LZW_DECODE.equals(n) || COSName.LZW_DECODE_ABBREVIATION.equals(n)) {
          add(Blocker.CONTENT, "LZWDecode");
        } else if (COSName.CRYPT.equals(n)) {
          add(Blocker.CONTENT, "Crypt");
        }
      } else if (f instanceof COSArray a) {
        for (int i = 0; i < a.size(); i++) {
          filterNames(a.getObject(i));
        }
      }
    }
  }

  /** Page numbers in order, as ranges: {@code 1–3, 5, 7–8}. */
  public static String ranges(List<Integer> numbers) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < numbers.size(); ) {
      int j = i;
      while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
        j++;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(numbers.get(i));
      if (j > i) {
        sb.append('–').append(numbers.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }
}
