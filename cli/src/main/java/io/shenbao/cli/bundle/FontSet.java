package io.shenbao.cli.bundle;

import io.shenbao.rules.finding.Messages;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
 * The CJK fonts the PDFs embed, one for each role GB/T 9704 gives a face: the title (小标宋), the
 * headings 一、(黑体), the subheadings （一）(楷体) and the body (仿宋). Each role is found in this order:
 * {@code --font ROLE=FILE}; {@code --font FILE} or {@code SHENBAO_FONT} for every role; the
 * system's face for the role (Windows and macOS); the bundled Noto Sans SC (OFL), bold for the
 * title and headings, regular for the subheadings and body. A font PDFBox cannot embed (CFF
 * outlines, embedding forbidden) is refused up front, and every string is checked for missing
 * glyphs before it is drawn.
 */
public final class FontSet implements Closeable {
  /** What a face is used for, with the face GB/T 9704 asks for. */
  public enum Role {
    TITLE("title", "小标宋"),
    HEADING("heading", "黑体"),
    SUBHEADING("subheading", "楷体"),
    BODY("body", "仿宋");

    private final String key;
    private final String face;

    Role(String key, String face) {
      this.key = key;
      this.face = face;
    }

    /** The role's name on the command line: title, heading, subheading, body. */
    public String key() {
      return key;
    }

    /** The face GB/T 9704 asks for, in Chinese: 小标宋, 黑体, 楷体, 仿宋. */
    public String face() {
      return face;
    }

    /** The role named on the command line (English or Chinese), or null. */
    public static Role of(String name) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      for (Role r : values()) {
        if (r.key.equals(n)) {
          return r;
        }
      }
      return switch (n) {
        case "标题" -> TITLE;
        case "一级标题" -> HEADING;
        case "二级标题" -> SUBHEADING;
        case "正文" -> BODY;
        default -> null;
      };
    }
  }

  /**
   * The face used for a role.
   *
   * @param name the font's own name (its PostScript name)
   * @param file the file it came from, or null for the bundled font
   * @param source how it was chosen: {@code --font}, {@code SHENBAO_FONT}, {@code system}, {@code
   *     bundled}
   */
  public record Face(String name, Path file, String source) {
    /** True for the bundled Noto Sans SC. */
    public boolean bundled() {
      return file == null;
    }

    /** "FangSong (system: simfang.ttf)" or "NotoSansSC-Regular (bundled)". */
    public String describe() {
      return name + " (" + (file == null ? "bundled" : source + ": " + file.getFileName()) + ")";
    }
  }

  /** The bundled regular and bold faces (Noto Sans SC, TrueType outlines). */
  static final String BUNDLED_REGULAR = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

  static final String BUNDLED_BOLD = "/fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

  /**
   * Where Windows and macOS keep each role's face, in order of preference; a {@code *} in a path
   * matches any one folder. A {@code .ttc} may name the face it holds after a {@code #}.
   */
  static final Map<Role, List<String>> SYSTEM = systemCandidates();

  private static Map<Role, List<String>> systemCandidates() {
    String win = "C:\\Windows\\Fonts\\";
    String user = "%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts\\";
    String mac = "/System/Library/Fonts/";
    String sup = "/System/Library/Fonts/Supplemental/";
    String lib = "/Library/Fonts/";
    String assets = "/System/Library/AssetsV2/com_apple_MobileAsset_Font*/*/AssetData/";
    Map<Role, List<String>> m = new EnumMap<>(Role.class);
    m.put(
        Role.TITLE,
        List.of(
            win + "FZXBSJW.TTF",
            win + "方正小标宋简体.ttf",
            win + "FZXBSK.TTF",
            user + "FZXBSJW.TTF",
            user + "方正小标宋简体.ttf",
            lib + "方正小标宋简体.ttf",
            lib + "FZXBSJW.TTF",
            win + "simsun.ttc#SimSun",
            sup + "Songti.ttc#STSong",
            lib + "Songti.ttc#STSong",
            assets + "Songti.ttc#STSong"));
    m.put(
        Role.HEADING,
        List.of(
            win + "simhei.ttf",
            user + "simhei.ttf",
            mac + "STHeiti Medium.ttc",
            mac + "STHeiti Light.ttc",
            lib + "STHeiti.ttf",
            lib + "华文黑体.ttf"));
    m.put(
        Role.SUBHEADING,
        List.of(
            win + "simkai.ttf",
            win + "楷体_GB2312.ttf",
            user + "simkai.ttf",
            sup + "Kaiti.ttc#STKaiti",
            lib + "STKaiti.ttf",
            lib + "华文楷体.ttf",
            assets + "Kaiti.ttc#STKaiti",
            assets + "STKAITI.ttf"));
    m.put(
        Role.BODY,
        List.of(
            win + "simfang.ttf",
            win + "仿宋_GB2312.ttf",
            user + "simfang.ttf",
            sup + "STFangsong.ttf",
            lib + "STFangsong.ttf",
            lib + "华文仿宋.ttf",
            assets + "STFANGSO.ttf",
            assets + "STFangsong.ttf"));
    return m;
  }

  /** The faces by role, and the parsed fonts behind them. */
  private final Map<Role, Face> faces;

  private final Map<Role, TrueTypeFont> fonts;
  private final List<Closeable> open;

  private FontSet(Map<Role, Face> faces, Map<Role, TrueTypeFont> fonts, List<Closeable> open) {
    this.faces = faces;
    this.fonts = fonts;
    this.open = open;
  }

  /**
   * What the user asked for.
   *
   * @param all {@code --font FILE}: every role, or null
   * @param byRole {@code --font ROLE=FILE}
   */
  public record Request(Path all, Map<Role, Path> byRole) {
    public Request {
      byRole = byRole == null ? Map.of() : Map.copyOf(byRole);
    }

    /** No font asked for. */
    public static Request none() {
      return new Request(null, Map.of());
    }
  }

  /**
   * Fonts found and parsed on another thread (a second of CPU for two large faces) while the
   * workspace is checked on this one. {@link #get} waits for them; {@link #close} without {@code
   * get} closes them whenever they are ready.
   */
  public static final class Pending implements Closeable {
    private final FutureTask<FontSet> task;
    private boolean abandoned;
    private boolean taken;

    private Pending(Request request, Map<String, String> env) {
      task =
          new FutureTask<>(
              () -> {
                FontSet f = resolve(request, env);
                synchronized (this) {
                  if (!abandoned) {
                    return f;
                  }
                }
                f.close();
                return null;
              });
      Thread t = new Thread(task, "shenbao-fonts");
      t.setDaemon(true);
      t.start();
    }

    /** The fonts, or the reason none can be used. */
    public FontSet get() throws BundleException {
      taken = true;
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the fonts were read", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof BundleException b) {
          throw b;
        }
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }

    @Override
    public void close() throws IOException {
      if (taken) {
        return;
      }
      synchronized (this) {
        abandoned = true;
      }
      if (task.isDone()) {
        try {
          FontSet f = task.get();
          if (f != null) {
            f.close();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          // nothing was opened
        }
      }
    }
  }

  /** Starts finding and parsing the fonts on another thread. */
  public static Pending start(Request request, Map<String, String> env) {
    return new Pending(request, env);
  }

  /** Finds each role's font: asked for, the environment's, the system's, or the bundled one. */
  public static FontSet resolve(Request request, Map<String, String> env) throws BundleException {
    return resolve(request, env, SYSTEM);
  }

  static FontSet resolve(Request request, Map<String, String> env, Map<Role, List<String>> system)
      throws BundleException {
    Loader loader = new Loader();
    try {
      Map<Role, Face> faces = new EnumMap<>(Role.class);
      Map<Role, TrueTypeFont> fonts = new EnumMap<>(Role.class);
      String fromEnv = env.get("SHENBAO_FONT");
      for (Role role : Role.values()) {
        Path file;
        String source;
        if (request.byRole().containsKey(role)) {
          file = request.byRole().get(role);
          source = "--font " + role.key();
        } else if (request.all() != null) {
          file = request.all();
          source = "--font";
        } else if (fromEnv != null && !fromEnv.isBlank()) {
          file = Path.of(fromEnv);
          source = "SHENBAO_FONT";
        } else {
          file = null;
          source = null;
        }
        if (file != null) {
          TrueTypeFont f = loader.file(file, null, source);
          faces.put(role, new Face(name(f), file, source));
          fonts.put(role, f);
          continue;
        }
        if (!systemFace(role, system.getOrDefault(role, List.of()), env, loader, faces, fonts)) {
          boolean bold = role == Role.TITLE || role == Role.HEADING;
          TrueTypeFont f = loader.bundled(bold ? BUNDLED_BOLD : BUNDLED_REGULAR);
          faces.put(role, new Face(name(f), null, "bundled"));
          fonts.put(role, f);
        }
      }
      return new FontSet(faces, fonts, loader.open);
    } catch (BundleException | RuntimeException e) {
      loader.closeQuietly();
      throw e;
    }
  }

  /** The first usable system face for a role, if any. */
  private static boolean systemFace(
      Role role,
      List<String> candidates,
      Map<String, String> env,
      Loader loader,
      Map<Role, Face> faces,
      Map<Role, TrueTypeFont> fonts) {
    for (String candidate : candidates) {
      String path = candidate;
      String faceName = null;
      int hash = path.indexOf('#');
      if (hash > 0) {
        faceName = path.substring(hash + 1);
        path = path.substring(0, hash);
      }
      for (Path p : expand(path, env)) {
        try {
          TrueTypeFont f = loader.file(p, faceName, "system");
          faces.put(role, new Face(name(f), p, "system"));
          fonts.put(role, f);
          return true;
        } catch (BundleException e) {
          // not usable: try the next one
        }
      }
    }
    return false;
  }

  /**
   * The existing files a candidate names: {@code %VAR%} from the environment (skipped when unset),
   * {@code *} any one folder, in name order.
   */
  static List<Path> expand(String candidate, Map<String, String> env) {
    String path = candidate;
    while (path.contains("%")) {
      int a = path.indexOf('%');
      int b = path.indexOf('%', a + 1);
      if (b < 0) {
        break;
      }
      String value = env.get(path.substring(a + 1, b));
      if (value == null || value.isBlank()) {
        return List.of();
      }
      path = path.substring(0, a) + value + path.substring(b + 1);
    }
    if (!path.startsWith("/") && !path.matches("^[A-Za-z]:\\\\.*")) {
      return List.of();
    }
    boolean windows = path.contains("\\");
    if (windows && !System.getProperty("os.name", "").startsWith("Windows")) {
      return List.of();
    }
    String sep = windows ? "\\" : "/";
    String[] parts = path.split(windows ? "\\\\" : "/", -1);
    List<Path> found = new ArrayList<>();
    Path root = windows ? Path.of(parts[0] + sep) : Path.of("/");
    walk(root, parts, 1, found);
    return found;
  }

  private static void walk(Path dir, String[] parts, int i, List<Path> found) {
    if (i == parts.length) {
      if (Files.isRegularFile(dir)) {
        found.add(dir);
      }
      return;
    }
    if (parts[i].isEmpty()) {
      walk(dir, parts, i + 1, found);
      return;
    }
    if (!parts[i].contains("*")) {
      walk(dir.resolve(parts[i]), parts, i + 1, found);
      return;
    }
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, parts[i])) {
      ds.forEach(children::add);
    } catch (IOException e) {
      return;
    }
    children.sort(null);
    for (Path c : children) {
      walk(c, parts, i + 1, found);
    }
  }

  /** Parses fonts once each: a file named for several roles is one font. */
  private static final class Loader {
    final List<Closeable> open = new ArrayList<>();
    final Map<String, TrueTypeFont> byKey = new LinkedHashMap<>();

    TrueTypeFont bundled(String resource) throws BundleException {
      TrueTypeFont cached = byKey.get(resource);
      if (cached != null) {
        return cached;
      }
      try (InputStream in = FontSet.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new BundleException("bundled-font", false, "no resource " + resource);
        }
        TrueTypeFont f = plain(new TTFParser().parse(new RandomAccessReadBuffer(in)));
        open.add(f);
        byKey.put(resource, f);
        return f;
      } catch (IOException e) {
        throw new BundleException("bundled-font", false, String.valueOf(e.getMessage()));
      }
    }

    TrueTypeFont file(Path file, String faceName, String source) throws BundleException {
      String key = file.toAbsolutePath().normalize() + "#" + faceName;
      TrueTypeFont cached = byKey.get(key);
      if (cached != null) {
        return cached;
      }
      if (!Files.isRegularFile(file)) {
        throw new BundleException("font-missing", false, file.toString(), source);
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      try {
        TrueTypeFont font;
        if (name.endsWith(".ttc") || name.endsWith(".otc")) {
          TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
          TrueTypeFont[] chosen = new TrueTypeFont[2];
          ttc.processAllFonts(
              f -> {
                if (usable(f)) {
                  if (chosen[0] == null) {
                    chosen[0] = f;
                  }
                  if (chosen[1] == null && faceName != null && faceName.equals(f.getName())) {
                    chosen[1] = f;
                  }
                }
              });
          font = chosen[1] != null ? chosen[1] : chosen[0];
          if (font == null) {
            ttc.close();
            throw new BundleException("font-cff", false, file.toString());
          }
          open.add(ttc);
        } else {
          font =
              name.endsWith(".otf")
                  ? new OTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))
                  : new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
          if (!usable(font)) {
            font.close();
            throw new BundleException("font-cff", false, file.toString());
          }
          open.add(font);
        }
        if (font.getUnicodeCmapLookup(false) == null || glyph(font, '中') == 0) {
          throw new BundleException("font-no-cjk", false, file.toString());
        }
        byKey.put(key, plain(font));
        return font;
      } catch (IOException e) {
        throw new BundleException(
            "font-read", false, file.toString(), String.valueOf(e.getMessage()));
      }
    }

    /**
     * Glyphs drawn one for one, without the font's substitutions (GSUB): Chinese needs none, a code
     * must not turn into ligatures, and PDFBox's substitution pass costs a third of a large bundle.
     */
    private static TrueTypeFont plain(TrueTypeFont f) {
      f.setEnableGsub(false);
      return f;
    }

    void closeQuietly() {
      for (Closeable c : open) {
        try {
          c.close();
        } catch (IOException e) {
          // already failing
        }
      }
    }
  }

  /** The bundled Noto Sans SC for every role (bold for the title and headings). */
  public static FontSet bundled() throws BundleException {
    return resolve(Request.none(), Map.of(), Map.of());
  }

  /** A font's own (PostScript) name. */
  private static String name(TrueTypeFont f) throws BundleException {
    try {
      return f.getName();
    } catch (IOException e) {
      throw new BundleException("font-read", false, "?", String.valueOf(e.getMessage()));
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

  /** The face used for a role. */
  public Face face(Role role) {
    return faces.get(role);
  }

  /** The roles that fell back to the bundled font because no face was found or given. */
  public List<Role> fallbacks() {
    List<Role> out = new ArrayList<>();
    for (Role r : Role.values()) {
      if (faces.get(r).bundled()) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Each face and the roles it serves, in the messages' language: "标题、一级标题 NotoSansSC-Bold（内置）；
   * 二级标题、正文 NotoSansSC-Regular（内置）".
   */
  public String summary(Messages m) {
    Map<String, List<String>> byFace = new LinkedHashMap<>();
    for (Role r : Role.values()) {
      Face f = faces.get(r);
      String source =
          f.bundled()
              ? m.format("bundle.font-bundled")
              : m.format("bundle.font-from", f.source(), f.file().getFileName().toString());
      byFace
          .computeIfAbsent(m.format("bundle.font-face", f.name(), source), k -> new ArrayList<>())
          .add(m.format("bundle.role." + r.key()));
    }
    List<String> parts = new ArrayList<>();
    byFace.forEach(
        (face, roles) ->
            parts.add(String.join(m.format("bundle.list-separator"), roles) + " " + face));
    return String.join(m.format("bundle.part-separator"), parts);
  }

  /**
   * What to say when faces fell back to the bundled font ("未找到仿宋，正文使用内置的 Noto Sans SC…"), or null
   * when none did.
   */
  public String fallbackNote(Messages m) {
    List<Role> fell = fallbacks();
    if (fell.isEmpty()) {
      return null;
    }
    List<String> missing = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    for (Role r : fell) {
      missing.add(m.format("bundle.face." + r.key()));
      roles.add(m.format("bundle.role." + r.key()));
    }
    String sep = m.format("bundle.list-separator");
    return m.format("bundle.font-fallback", String.join(sep, missing), String.join(sep, roles));
  }

  /** What is used, for messages: "FangSong (simfang.ttf)" when one face serves every role. */
  public String description() {
    Map<String, List<String>> byFace = new LinkedHashMap<>();
    for (Role r : Role.values()) {
      byFace.computeIfAbsent(faces.get(r).describe(), k -> new ArrayList<>()).add(r.key());
    }
    if (byFace.size() == 1) {
      return byFace.keySet().iterator().next();
    }
    List<String> parts = new ArrayList<>();
    byFace.forEach((face, roles) -> parts.add(String.join("/", roles) + " " + face));
    return String.join("; ", parts);
  }

  /**
   * Loads each role's font into a document (subset), once per font: roles that share a font share
   * one embedded font.
   */
  Map<Role, PDType0Font> load(PDDocument doc) throws IOException {
    IdentityHashMap<TrueTypeFont, PDType0Font> loaded = new IdentityHashMap<>();
    Map<Role, PDType0Font> out = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      TrueTypeFont ttf = fonts.get(r);
      PDType0Font f = loaded.get(ttf);
      if (f == null) {
        f = PDType0Font.load(doc, ttf, true);
        loaded.put(ttf, f);
      }
      out.put(r, f);
    }
    return out;
  }

  /** The body face, loaded (subset) into a document. */
  PDType0Font body(PDDocument doc) throws IOException {
    return PDType0Font.load(doc, fonts.get(Role.BODY), true);
  }

  /**
   * Refuses text with a character the role's font lacks, naming the character and where it comes
   * from, rather than drawing a blank box.
   */
  void requireGlyphs(String text, Role role, String field) throws BundleException {
    TrueTypeFont font = fonts.get(role);
    try {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
          continue;
        }
        if (glyph(font, cp) == 0) {
          throw new BundleException(
              "glyph",
              true,
              faces.get(role).describe(),
              new String(Character.toChars(cp)),
              String.format(Locale.ROOT, "U+%04X", cp),
              field);
        }
      }
    } catch (IOException e) {
      throw new BundleException(
          "font-read", false, faces.get(role).describe(), String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void close() throws IOException {
    for (Closeable c : open) {
      c.close();
    }
  }
}
