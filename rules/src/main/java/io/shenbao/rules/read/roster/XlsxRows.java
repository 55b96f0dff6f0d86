package io.shenbao.rules.read.roster;

import io.shenbao.rules.formats.ZipGuard;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Streams the roster sheet of an .xlsx: the workbook's parts are found through its relationships,
 * the shared strings are kept compactly, and a large sheet is inflated and scanned byte by byte
 * ({@link XmlBytes}) on a second thread while the caller checks the rows already read. Memory stays
 * constant per row; a part that inflates beyond {@link ZipGuard#MAX_TOTAL} is stopped as a zip bomb
 * whatever its header claims.
 */
final class XlsxRows {
  private static final String OFFICE_DOCUMENT = "/officeDocument";
  private static final String SHARED_STRINGS = "/sharedStrings";

  /** A sheet packed larger than this is read on a second thread ({@link RowPipe}). */
  private static final long PIPE_FROM = 256L * 1024;

  private static final byte[] RELATIONSHIP = SharedStrings.bytes("Relationship");
  private static final byte[] ID = SharedStrings.bytes("Id");
  private static final byte[] RID = SharedStrings.bytes("id");
  private static final byte[] TYPE = SharedStrings.bytes("Type");
  private static final byte[] TARGET = SharedStrings.bytes("Target");
  private static final byte[] TARGET_MODE = SharedStrings.bytes("TargetMode");
  private static final byte[] SHEET = SharedStrings.bytes("sheet");
  private static final byte[] NAME = SharedStrings.bytes("name");
  private static final byte[] STATE = SharedStrings.bytes("state");
  private static final byte[] VISIBLE = SharedStrings.bytes("visible");
  private static final byte[] WORKBOOK_PR = SharedStrings.bytes("workbookPr");
  private static final byte[] DATE_1904 = SharedStrings.bytes("date1904");
  private static final byte[] SHEET_DATA = SharedStrings.bytes("sheetData");
  private static final byte[] ROW = SharedStrings.bytes("row");
  private static final byte[] C = SharedStrings.bytes("c");
  private static final byte[] R = SharedStrings.bytes("r");
  private static final byte[] T = SharedStrings.bytes("t");
  private static final byte[] V = SharedStrings.bytes("v");
  private static final byte[] F = SharedStrings.bytes("f");
  private static final byte[] IS = SharedStrings.bytes("is");
  private static final byte[] RPH = SharedStrings.bytes("rPh");

  /** The last row of a sheet in Excel. */
  static final int MAX_ROW = 1_048_576;

  private XlsxRows() {}

  /**
   * A row whose number is not one Excel has (not a whole number, 0, or past {@link #MAX_ROW}): the
   * sheet is damaged, and its rows can no longer be placed.
   */
  static final class BadRowNumber extends IOException {
    private static final long serialVersionUID = 1L;

    /** The number as written. */
    final String written;

    /** Where the row stands: the row after the last one read. */
    final int at;

    BadRowNumber(String written, int at) {
      super("row number " + written);
      this.written = written;
      this.at = at;
    }
  }

  /** Chooses the sheet and streams it; returns the sheet's name, or null when none is visible. */
  static String read(Path file, SheetChoice choice, RowSink sink) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      Parts parts = new Parts(zip);
      String workbook = parts.workbook();
      Map<String, String> rels = parts.relationships(workbook);
      List<SheetRef> sheets = book(parts, workbook, rels).sheets();
      List<String> names = new ArrayList<>();
      List<Boolean> visible = new ArrayList<>();
      for (SheetRef ref : sheets) {
        names.add(ref.name());
        visible.add(ref.visible());
      }
      int index = choice.choose(names, visible);
      if (index < 0) {
        return null;
      }
      String sheetPart = part(parts, sheets.get(index));
      SharedStrings strings = sharedStrings(parts, rels);
      sink.start(names.get(index));
      SheetCells.ToRows out = new SheetCells.ToRows(strings, sink);
      if (parts.entry(sheetPart).getCompressedSize() > PIPE_FROM) {
        RowPipe.run(
            pipe -> {
              try (InputStream in = parts.open(sheetPart)) {
                rows(new XmlBytes(in), pipe);
              }
            },
            out);
      } else {
        try (InputStream in = parts.open(sheetPart)) {
          rows(new XmlBytes(in), out);
        }
      }
      return names.get(index);
    }
  }

  /** One sheet as the workbook lists it: its name, whether it is visible, and its part. */
  record SheetRef(String name, boolean visible, String part) {}

  /**
   * What workbook.xml says: the sheets in their order, and whether dates count from 1904-01-01
   * (Excel for Mac before 2011 did, and a workbook keeps the system it was made in), not from
   * 1899-12-30.
   */
  record Book(List<SheetRef> sheets, boolean date1904) {}

  /** Reads workbook.xml once: its sheets and its date system. */
  static Book book(Parts parts, String workbook, Map<String, String> rels) throws IOException {
    List<SheetRef> out = new ArrayList<>();
    boolean date1904 = false;
    try (InputStream in = parts.open(workbook)) {
      XmlBytes x = new XmlBytes(in);
      for (int ev = x.next(); ev != XmlBytes.EOF; ev = x.next()) {
        if (ev == XmlBytes.START && x.is(WORKBOOK_PR)) {
          String v = x.attribute(DATE_1904);
          date1904 = "1".equals(v) || "true".equals(v);
        } else if (ev == XmlBytes.START && x.is(SHEET)) {
          String name = x.attribute(NAME);
          String state = x.attribute(STATE);
          out.add(
              new SheetRef(
                  name == null ? "" : name,
                  state == null || x.attributeIs(STATE, VISIBLE),
                  rels.get("#" + x.attribute(RID))));
        }
      }
    }
    return new Book(out, date1904);
  }

  /** A sheet's part, which must exist. */
  static String part(Parts parts, SheetRef sheet) throws IOException {
    if (sheet.part() == null || parts.entry(sheet.part()) == null) {
      throw new IOException("the workbook names sheet " + sheet.name() + " but lacks it");
    }
    return sheet.part();
  }

  /** The workbook's shared strings (none when it has no such part). */
  static SharedStrings sharedStrings(Parts parts, Map<String, String> rels) throws IOException {
    String sst = rels.get(SHARED_STRINGS);
    if (sst == null || parts.entry(sst) == null) {
      return new SharedStrings();
    }
    try (InputStream in = parts.open(sst)) {
      long max = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 3);
      return SharedStrings.read(new XmlBytes(in), max);
    }
  }

  /** Scans sheetData, passing each row's non-empty values to the sink. */
  static void rows(XmlBytes x, SheetCells.Sink sink) throws IOException {
    byte[] value = new byte[64];
    int valueLen = 0;
    boolean cut = false;
    boolean inData = false;
    boolean inValue = false;
    boolean inInline = false;
    int phonetic = 0;
    int row = 0;
    int col = -1;
    int type = SheetCells.NUMBER;
    for (int ev = x.next(); ev != XmlBytes.EOF; ev = x.next()) {
      if (ev == XmlBytes.TEXT) {
        if (inValue) {
          int n = Math.min(x.textLength(), XmlBytes.MAX_TEXT - valueLen);
          cut |= n < x.textTotal();
          if (valueLen + n > value.length) {
            value = Arrays.copyOf(value, Math.max(valueLen + n, value.length * 2));
          }
          System.arraycopy(x.textBytes(), x.textOffset(), value, valueLen, n);
          valueLen += n;
        }
      } else if (ev == XmlBytes.START) {
        if (!inData) {
          inData = x.is(SHEET_DATA);
        } else if (x.is(C)) {
          long both = x.columnAndCode(R, T);
          int c = (int) (both >> 32);
          col = c >= 0 ? c : col + 1;
          type = SheetCells.type((int) both);
          valueLen = 0;
          cut = false;
          if (x.simpleCell(type == SheetCells.INLINE)) {
            if (x.textLength() > 0) {
              sink.cell(
                  col,
                  type,
                  x.textBytes(),
                  x.textOffset(),
                  x.textLength(),
                  x.textLength() < x.textTotal());
            }
          }
        } else if (x.is(V)) {
          inValue = type != SheetCells.INLINE;
        } else if (x.is(F)) {
          sink.formula(col);
        } else if (x.is(IS)) {
          inInline = true;
        } else if (x.is(RPH)) {
          phonetic++;
        } else if (x.is(T)) {
          inValue = inInline && phonetic == 0;
        } else if (x.is(ROW)) {
          int r = x.intAttribute(R);
          if (r > MAX_ROW || (r <= 0 && x.attribute(R) != null)) {
            throw new BadRowNumber(x.attribute(R), row + 1);
          }
          row = r > 0 ? r : row + 1;
          col = -1;
        }
      } else if (inData) {
        if (x.is(V) || x.is(T)) {
          inValue = false;
        } else if (x.is(IS)) {
          inInline = false;
        } else if (x.is(RPH)) {
          phonetic = Math.max(0, phonetic - 1);
        } else if (x.is(C)) {
          if (valueLen > 0) {
            sink.cell(col, type, value, 0, valueLen, cut);
          }
          valueLen = 0;
          cut = false;
        } else if (x.is(ROW)) {
          if (!sink.endRow(row)) {
            return;
          }
        } else if (x.is(SHEET_DATA)) {
          return;
        }
      }
    }
  }

  /** The package's parts, found by name as relationships give them. */
  static final class Parts {
    private final ZipFile zip;
    private Map<String, ZipEntry> folded;

    Parts(ZipFile zip) {
      this.zip = zip;
    }

    /** The main workbook part, from the package relationships. */
    String workbook() throws IOException {
      String found = relationships("").get(OFFICE_DOCUMENT);
      return found != null ? found : "xl/workbook.xml";
    }

    /**
     * The relationships of a part: "#rId" → target, and the first target of each type by the type's
     * last segment ("/sharedStrings" → target).
     */
    Map<String, String> relationships(String part) throws IOException {
      int slash = part.lastIndexOf('/');
      String dir = slash < 0 ? "" : part.substring(0, slash + 1);
      String relsPart = dir + "_rels/" + part.substring(slash + 1) + ".rels";
      Map<String, String> out = new HashMap<>();
      if (entry(relsPart) == null) {
        return out;
      }
      try (InputStream in = open(relsPart)) {
        XmlBytes x = new XmlBytes(in);
        for (int ev = x.next(); ev != XmlBytes.EOF; ev = x.next()) {
          if (ev != XmlBytes.START || !x.is(RELATIONSHIP)) {
            continue;
          }
          String target = x.attribute(TARGET);
          String type = x.attribute(TYPE);
          if (target == null || "External".equals(x.attribute(TARGET_MODE))) {
            continue;
          }
          String resolved = resolve(dir, target);
          out.put("#" + x.attribute(ID), resolved);
          if (type != null && type.lastIndexOf('/') >= 0) {
            out.putIfAbsent(type.substring(type.lastIndexOf('/')), resolved);
          }
        }
      }
      return out;
    }

    ZipEntry entry(String name) {
      ZipEntry e = zip.getEntry(name);
      if (e != null) {
        return e;
      }
      if (folded == null) {
        folded = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
          ZipEntry z = all.nextElement();
          String n = z.getName().startsWith("/") ? z.getName().substring(1) : z.getName();
          folded.putIfAbsent(n.replace('\\', '/').toLowerCase(Locale.ROOT), z);
        }
      }
      return folded.get(name.toLowerCase(Locale.ROOT));
    }

    /** The part's bytes as inflated, stopped past {@link ZipGuard#MAX_TOTAL}. */
    InputStream open(String name) throws IOException {
      ZipEntry e = entry(name);
      if (e == null) {
        throw new IOException("the workbook lacks its part " + name);
      }
      return new Limited(zip.getInputStream(e), name);
    }

    private static String resolve(String dir, String target) {
      String t = target.replace('\\', '/');
      List<String> parts = new ArrayList<>();
      if (!t.startsWith("/")) {
        for (String s : dir.split("/")) {
          if (!s.isEmpty()) {
            parts.add(s);
          }
        }
      }
      for (String s : t.split("/")) {
        if (s.isEmpty() || s.equals(".")) {
          continue;
        }
        if (s.equals("..")) {
          if (!parts.isEmpty()) {
            parts.remove(parts.size() - 1);
          }
        } else {
          parts.add(s);
        }
      }
      return String.join("/", parts);
    }
  }

  /** Stops a part that inflates beyond what any workbook needs, whatever its header claims. */
  private static final class Limited extends FilterInputStream {
    private final String name;
    private long total;

    Limited(InputStream in, String name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        total += n;
        if (total > ZipGuard.MAX_TOTAL) {
          throw new ZipGuard.Bomb(name + " > " + (ZipGuard.MAX_TOTAL >> 20) + " MiB");
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }
  }
}
