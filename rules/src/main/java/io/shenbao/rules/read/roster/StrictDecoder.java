package io.shenbao.rules.read.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a stream in one charset, putting U+FFFD for bytes that are not in it and remembering
 * where the first such byte stood, so that a reader can say where a file stops being what it was
 * taken to be (an InputStreamReader replaces them silently).
 */
final class StrictDecoder extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private long before;
  private long firstBad = -1;
  private boolean eof;
  private boolean flushed;

  StrictDecoder(InputStream in, Charset charset) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  /** The offset in the stream of the first byte that was not in the charset, or -1. */
  long firstBad() {
    return firstBad;
  }

  /**
   * How many malformed sequences {@code charset} finds in {@code head[0, n)}; the end of a partial
   * sequence at the end of a cut head does not count when {@code cut}.
   */
  static int errors(Charset charset, byte[] head, int n, boolean cut) {
    CharsetDecoder d =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer b = ByteBuffer.wrap(head, 0, n);
    CharBuffer out = CharBuffer.allocate(n + 1);
    int errors = 0;
    while (true) {
      CoderResult r = d.decode(b, out, !cut);
      if (r.isError()) {
        errors++;
        b.position(b.position() + r.length());
      } else {
        return errors;
      }
    }
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (firstBad < 0) {
          firstBad = before + bytes.position();
        }
        bytes.position(bytes.position() + r.length());
        out.put('\uFFFD');
      } else if (r.isUnderflow()) {
        if (eof) {
          if (!flushed) {
            decoder.flush(out);
            flushed = true;
          }
          return out.position() == off ? -1 : out.position() - off;
        }
        fill();
      }
    }
    return out.position() - off;
  }

  private void fill() throws IOException {
    before += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
