package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small, strict pull scanner for the XML parts of a workbook, working on UTF-8 bytes without
 * building strings for names or markup. It knows elements, attributes, character data (with the
 * five predefined entities, character references and CDATA), and skips comments and processing
 * instructions. A document type declaration is refused, so no entity can ever be expanded or
 * fetched (no XXE, no billion laughs). Text longer than {@link #MAX_TEXT} bytes is cut there and
 * counted, so a 100 MB cell costs time but no memory.
 */
final class XmlBytes {
  /** Event: a start tag (a self-closing tag gives START then END). */
  static final int START = 1;

  /** Event: an end tag. */
  static final int END = 2;

  /** Event: character data between tags. */
  static final int TEXT = 3;

  /** Event: end of input. */
  static final int EOF = -1;

  /** Text kept of one run of character data: Excel's own limit of 32,767 characters, in UTF-8. */
  static final int MAX_TEXT = 32_767 * 3;

  /** The longest tag accepted (a start tag with all its attributes). */
  static final int MAX_TAG = 1 << 20;

  private final InputStream in;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;

  private int nameStart;
  private int nameEnd;
  private int attrsEnd;
  private boolean pendingEnd;

  private byte[] text = new byte[256];
  private boolean textInBuffer;
  private int textOff;
  private int textLen;
  private long textTotal;

  XmlBytes(InputStream in) throws IOException {
    this.in = in;
    fill();
    if (lim - pos >= 2
        && ((buf[pos] == (byte) 0xFE && buf[pos + 1] == (byte) 0xFF)
            || (buf[pos] == (byte) 0xFF && buf[pos + 1] == (byte) 0xFE))) {
      throw new IOException("XML part in UTF-16 (only UTF-8 is read)");
    }
    if (lim - pos >= 3
        && buf[pos] == (byte) 0xEF
        && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
    }
  }

  /** The next event. */
  int next() throws IOException {
    if (pendingEnd) {
      pendingEnd = false;
      return END;
    }
    while (true) {
      if (pos >= lim && !fill()) {
        return EOF;
      }
      if (buf[pos] != '<') {
        readText();
        return TEXT;
      }
      if (!ensure(2)) {
        throw new IOException("XML ends inside a tag");
      }
      byte b = buf[pos + 1];
      if (b == '/') {
        return endTag();
      } else if (b == '?') {
        skipUntil(new byte[] {'?', '>'});
      } else if (b == '!') {
        ensure(9); // "<![CDATA[" may be cut by the end of what has been read so far
        if (startsWith("<!--")) {
          skipUntil(new byte[] {'-', '-', '>'});
        } else if (startsWith("<![CDATA[")) {
          readText();
          return TEXT;
        } else {
          throw new IOException("XML document type declarations are not accepted");
        }
      } else {
        return startTag();
      }
    }
  }

  /** True when the current element's local name (after any prefix) is {@code local}. */
  boolean is(byte[] local) {
    int n = nameEnd - nameStart;
    if (n != local.length) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[nameStart + i] != local[i]) {
        return false;
      }
    }
    return true;
  }

  /** The value of the current start tag's attribute with this local name, or null. */
  String attribute(byte[] local) throws IOException {
    int at = find(local);
    if (at < 0) {
      return null;
    }
    int end = valueEnd(at);
    textLen = 0;
    textTotal = 0;
    int from = 0;
    for (int i = at; i < end; i++) {
      if (buf[i] == '&') {
        int[] next = {i};
        appendEntity(next, end);
        i = next[0] - 1;
      } else {
        appendByte(buf[i]);
      }
    }
    String s = new String(text, from, textLen - from, StandardCharsets.UTF_8);
    textLen = 0;
    textInBuffer = false;
    textOff = 0;
    return s;
  }

  /**
   * A cell's column and type in one pass over its attributes: in the high half the 0-based column
   * of the reference ({@code r="AB12"} → 27; -1 when absent or odd), in the low half a short code
   * for the type: its first byte plus its length shifted left by 8 ({@code t="str"} → {@code 's' |
   * 3 << 8}; 0 when absent or empty).
   */
  long columnAndCode(byte[] columnName, byte[] codeName) {
    findTwo(columnName, codeName);
    int column = columnAt(foundFirst);
    int at = foundSecond;
    int code = 0;
    if (at >= 0) {
      int n = valueEnd(at) - at;
      code = n == 0 ? 0 : (buf[at] & 0xFF) | Math.min(n, 0xFFFF) << 8;
    }
    return (long) column << 32 | (code & 0xFFFFFFFFL);
  }

  private int columnAt(int at) {
    if (at < 0) {
      return -1;
    }
    int end = valueEnd(at);
    int col = 0;
    int i = at;
    while (i < end && buf[i] >= 'A' && buf[i] <= 'Z' && col < 1 << 20) {
      col = col * 26 + (buf[i] - 'A' + 1);
      i++;
    }
    return i == at ? -1 : col - 1;
  }

  /** A whole-number attribute, or -1 when absent or not a whole number. */
  int intAttribute(byte[] local) {
    int at = find(local);
    if (at < 0) {
      return -1;
    }
    return parseInt(buf, at, valueEnd(at));
  }

  /** The whole attribute value equals {@code value} (no entities). */
  boolean attributeIs(byte[] local, byte[] value) {
    int at = find(local);
    if (at < 0 || valueEnd(at) - at != value.length) {
      return false;
    }
    for (int i = 0; i < value.length; i++) {
      if (buf[at + i] != value[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The array holding the current text (valid until the next call), from {@link #textOffset()} for
   * {@link #textLength()} bytes.
   */
  byte[] textBytes() {
    return textInBuffer ? buf : text;
  }

  /** Where the current text starts in {@link #textBytes()}. */
  int textOffset() {
    return textOff;
  }

  /** How many bytes of the current text were kept. */
  int textLength() {
    return textLen;
  }

  /** How many bytes the current text had, including any cut off past {@link #MAX_TEXT}. */
  long textTotal() {
    return textTotal;
  }

  static int parseInt(byte[] b, int from, int to) {
    if (from >= to || to - from > 9) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  private int startTag() throws IOException {
    int end = tag(1);
    pendingEnd = buf[end - 1] == '/';
    attrsEnd = pendingEnd ? end - 1 : end;
    pos = end + 1;
    return START;
  }

  private int endTag() throws IOException {
    int end = tag(2);
    attrsEnd = nameEnd;
    pos = end + 1;
    return END;
  }

  /**
   * Reads the name of the tag at pos, which starts {@code skip} bytes in ({@code <} or {@code </}):
   * sets {@link #nameStart} and {@link #nameEnd} (local name, after any prefix) and returns the
   * index of the tag's closing {@code >}, reading more input as needed.
   */
  private int tag(int skip) throws IOException {
    int from = nameFrom(pos + skip);
    int colon = colonAt;
    int end = buf[nameEndAt] == '>' ? nameEndAt : tagEnd(nameEndAt);
    int shift = pos - tagStart;
    nameStart = (colon < 0 ? from : colon + 1) + shift;
    nameEnd = nameEndAt + shift;
    if (nameEnd == from + shift) {
      throw new IOException("XML tag without a name");
    }
    return end;
  }

  private int tagStart;
  private int nameEndAt;
  private int colonAt;

  /**
   * Scans a tag's name from {@code from} (reading more input as needed); sets {@link #nameEndAt} to
   * the byte after it and {@link #colonAt} to its prefix colon or -1, and returns the name's start.
   * Indices are as of {@link #tagStart} = pos; a caller that reads more adds the shift.
   */
  private int nameFrom(int from) throws IOException {
    int offset = from - pos;
    while (true) {
      int start = pos + offset;
      int colon = -1;
      int i = start;
      while (i < lim) {
        byte b = buf[i];
        if (b == '>' || b == '/' || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
          break;
        }
        if (b == ':') {
          colon = i;
        }
        i++;
      }
      if (i < lim) {
        tagStart = pos;
        nameEndAt = i;
        colonAt = colon;
        return start;
      }
      if (lim - pos >= MAX_TAG) {
        throw new IOException("XML tag longer than " + MAX_TAG + " bytes");
      }
      if (!fill()) {
        throw new IOException("XML ends inside a tag");
      }
    }
  }

  /** The index of the '>' closing the tag at pos (quote-aware), reading more input as needed. */
  private int tagEnd(int from) throws IOException {
    int scanned = from;
    byte quote = 0;
    while (true) {
      for (int i = scanned; i < lim; i++) {
        byte b = buf[i];
        if (quote != 0) {
          if (b == quote) {
            quote = 0;
          }
        } else if (b == '"' || b == '\'') {
          quote = b;
        } else if (b == '>') {
          return i;
        } else if (b == '<' && i > pos) {
          throw new IOException("XML tag not closed");
        }
      }
      int done = lim - pos;
      if (done >= MAX_TAG) {
        throw new IOException("XML tag longer than " + MAX_TAG + " bytes");
      }
      if (!fill()) {
        throw new IOException("XML ends inside a tag");
      }
      scanned = pos + done;
    }
  }

  private int foundFirst;
  private int foundSecond;

  /**
   * Like {@link #find} for two names at once: sets {@link #foundFirst} and {@link #foundSecond}.
   */
  private void findTwo(byte[] first, byte[] second) {
    foundFirst = -1;
    foundSecond = -1;
    int i = nameEnd;
    while (i < attrsEnd) {
      while (i < attrsEnd && isSpace(buf[i])) {
        i++;
      }
      int start = i;
      int colon = -1;
      while (i < attrsEnd && buf[i] != '=' && !isSpace(buf[i])) {
        if (buf[i] == ':') {
          colon = i;
        }
        i++;
      }
      int nameEndAt = i;
      while (i < attrsEnd && buf[i] != '"' && buf[i] != '\'') {
        i++;
      }
      if (i >= attrsEnd) {
        return;
      }
      byte quote = buf[i];
      int value = i + 1;
      int close = value;
      while (close < attrsEnd && buf[close] != quote) {
        close++;
      }
      int localStart = colon < 0 ? start : colon + 1;
      if (!isNamespaceDeclaration(start, nameEndAt)) {
        if (foundFirst < 0 && same(localStart, nameEndAt, first)) {
          foundFirst = value;
        } else if (second != null && foundSecond < 0 && same(localStart, nameEndAt, second)) {
          foundSecond = value;
        }
      }
      i = close + 1;
    }
  }

  private boolean same(int from, int to, byte[] name) {
    if (to - from != name.length) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (buf[from + k] != name[k]) {
        return false;
      }
    }
    return true;
  }

  /** Finds an attribute by local name in the current start tag; returns its value's start. */
  private int find(byte[] local) {
    findTwo(local, null);
    return foundFirst;
  }

  private boolean isNamespaceDeclaration(int start, int end) {
    return end - start >= 5
        && buf[start] == 'x'
        && buf[start + 1] == 'm'
        && buf[start + 2] == 'l'
        && buf[start + 3] == 'n'
        && buf[start + 4] == 's';
  }

  private int valueEnd(int value) {
    byte quote = buf[value - 1];
    int close = value;
    while (close < attrsEnd && buf[close] != quote) {
      close++;
    }
    return close;
  }

  /** How far ahead {@link #simpleCell} looks for the end of a cell. */
  private static final int CELL_WINDOW = 4096;

  private static final byte[] V_OPEN = SharedStrings.bytes("<v>");
  private static final byte[] V_CLOSE = SharedStrings.bytes("</v></c>");
  private static final byte[] IS_OPEN = SharedStrings.bytes("<is><t>");
  private static final byte[] IS_CLOSE = SharedStrings.bytes("</t></is></c>");

  /**
   * The fast path for a cell as spreadsheet programs write it, called just after its start tag
   * {@code <c …>}: when the content is exactly {@code <v>text</v></c>} (or {@code
   * <is><t>text</t></is></c>} if {@code inline}), unprefixed, without white space between the tags
   * and with plain text (no entity, CDATA, comment or carriage return) within the next few
   * kilobytes, consumes it through {@code </c>} and returns true, with the text as the current text
   * ({@link #textBytes()}). Otherwise consumes nothing and returns false: the caller reads the cell
   * event by event, which handles every form.
   */
  boolean simpleCell(boolean inline) throws IOException {
    if (pendingEnd) {
      return false;
    }
    if (lim - pos < CELL_WINDOW && !eof) {
      fill();
    }
    byte[] open = inline ? IS_OPEN : V_OPEN;
    byte[] close = inline ? IS_CLOSE : V_CLOSE;
    byte[] b = buf;
    int l = lim;
    int from = pos + open.length;
    if (from > l || !matches(b, pos, open)) {
      return false;
    }
    int end = from;
    while (end < l && b[end] != '<' && b[end] != '&' && b[end] != '\r') {
      end++;
    }
    if (end + close.length > l || !matches(b, end, close)) {
      return false;
    }
    int n = end - from;
    textInBuffer = true;
    textOff = from;
    textTotal = n;
    textLen = Math.min(n, MAX_TEXT);
    pos = end + close.length;
    return true;
  }

  private static boolean matches(byte[] b, int at, byte[] literal) {
    for (int i = 0; i < literal.length; i++) {
      if (b[at + i] != literal[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Character data up to the next tag: entities decoded, CDATA taken as is, comments skipped, line
   * ends as XML reads them (CR LF and a lone CR become LF; a character reference {@code &#13;}
   * stays CR).
   */
  private void readText() throws IOException {
    textInBuffer = false;
    textOff = 0;
    textLen = 0;
    textTotal = 0;
    // the common case: plain characters up to a tag, all in the buffer, are not copied
    byte[] bytes = buf;
    int l = lim;
    int end = pos;
    while (end < l && bytes[end] != '<' && bytes[end] != '&' && bytes[end] != '\r') {
      end++;
    }
    if (end + 1 < l && bytes[end] == '<' && bytes[end + 1] != '!') {
      int n = end - pos;
      textInBuffer = true;
      textOff = pos;
      textTotal = n;
      textLen = Math.min(n, MAX_TEXT);
      pos = end;
      return;
    }
    while (true) {
      if (pos >= lim && !fill()) {
        return;
      }
      byte b = buf[pos];
      if (b == '<') {
        if (pos + 1 < lim && buf[pos + 1] != '!') {
          return;
        }
        if (!ensure(9)) {
          return;
        }
        if (startsWith("<![CDATA[")) {
          pos += 9;
          copyUntilCdataEnd();
          continue;
        }
        if (startsWith("<!--")) {
          skipUntil(new byte[] {'-', '-', '>'});
          continue;
        }
        return;
      }
      if (b == '&') {
        if (!ensure(12) && lim - pos < 3) {
          throw new IOException("XML ends inside an entity");
        }
        int[] at = {pos};
        appendEntity(at, lim);
        pos = at[0];
        continue;
      }
      if (b == '\r') {
        newline();
        continue;
      }
      int start = pos;
      int i = pos;
      while (i < lim && buf[i] != '<' && buf[i] != '&' && buf[i] != '\r') {
        i++;
      }
      appendBytes(start, i - start);
      pos = i;
    }
  }

  /** At a carriage return: XML reads CR LF, and a CR alone, as one line feed. */
  private void newline() throws IOException {
    appendByte((byte) '\n');
    pos++;
    if (ensure(1) && buf[pos] == '\n') {
      pos++;
    }
  }

  private void copyUntilCdataEnd() throws IOException {
    while (true) {
      if (!ensure(3)) {
        throw new IOException("XML ends inside CDATA");
      }
      if (buf[pos] == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>') {
        pos += 3;
        return;
      }
      if (buf[pos] == '\r') {
        newline();
        continue;
      }
      appendByte(buf[pos++]);
    }
  }

  /** Decodes the entity or character reference at at[0] (which is '&'), advancing at[0]. */
  private void appendEntity(int[] at, int end) throws IOException {
    int i = at[0] + 1;
    int semi = i;
    while (semi < end && semi - i <= 10 && buf[semi] != ';') {
      semi++;
    }
    if (semi >= end || buf[semi] != ';') {
      throw new IOException("XML entity not closed");
    }
    String name = new String(buf, i, semi - i, StandardCharsets.US_ASCII);
    int cp;
    switch (name) {
      case "lt" -> cp = '<';
      case "gt" -> cp = '>';
      case "amp" -> cp = '&';
      case "quot" -> cp = '"';
      case "apos" -> cp = '\'';
      default -> cp = characterReference(name);
    }
    byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
    for (byte u : utf8) {
      appendByte(u);
    }
    at[0] = semi + 1;
  }

  private static int characterReference(String name) throws IOException {
    try {
      int cp;
      if (name.startsWith("#x") || name.startsWith("#X")) {
        cp = Integer.parseInt(name.substring(2), 16);
      } else if (name.startsWith("#")) {
        cp = Integer.parseInt(name.substring(1));
      } else {
        throw new IOException("XML entity &" + name + "; is not defined");
      }
      if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
        throw new IOException("XML character reference &" + name + "; is not a character");
      }
      return cp;
    } catch (NumberFormatException e) {
      throw new IOException("XML character reference &" + name + "; is not a number", e);
    }
  }

  private void appendBytes(int from, int n) {
    textTotal += n;
    int room = Math.min(n, MAX_TEXT - textLen);
    if (room <= 0) {
      return;
    }
    if (textLen + room > text.length) {
      text = Arrays.copyOf(text, Math.min(MAX_TEXT, Math.max(textLen + room, text.length * 2)));
    }
    System.arraycopy(buf, from, text, textLen, room);
    textLen += room;
  }

  private void appendByte(byte b) {
    textTotal++;
    if (textLen >= MAX_TEXT) {
      return;
    }
    if (textLen == text.length) {
      text = Arrays.copyOf(text, Math.min(MAX_TEXT, text.length * 2));
    }
    text[textLen++] = b;
  }

  private void skipUntil(byte[] terminator) throws IOException {
    int matched = 0;
    pos += 2;
    while (true) {
      if (pos >= lim && !fill()) {
        throw new IOException("XML ends inside a comment or processing instruction");
      }
      byte b = buf[pos++];
      if (b == terminator[matched]) {
        matched++;
        if (matched == terminator.length) {
          return;
        }
      } else if (b != terminator[0]) {
        matched = 0;
      } else if (matched < 2 || terminator[1] != b) {
        matched = 1;
      }
    }
  }

  private boolean startsWith(String s) {
    if (lim - pos < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (buf[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Makes at least n bytes available from pos, if the input has them. */
  private boolean ensure(int n) throws IOException {
    while (lim - pos < n) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** Keeps the bytes from pos, reads more after them; false at end of input. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }
}
