package io.shenbao.rules.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.shenbao.rules.finding.Printable;
import java.util.Locale;

/**
 * JSON's own escaping (RFC 8259) leaves DEL and the C1 controls as they are, but a JSON report read
 * on a terminal or in a CI log must not carry them raw (U+009B is a terminal's CSI, as ESC [ is):
 * they are written as {@code \u009B} too, like the C0 controls.
 */
final class JsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  static final JsonEscapes INSTANCE = new JsonEscapes();

  private final int[] ascii;

  private JsonEscapes() {
    ascii = CharacterEscapes.standardAsciiEscapesForJSON();
    ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return Printable.isControl(ch)
        ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch))
        : null;
  }
}
