package io.shenbao.cli.bundle;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that looks at every block read through it, and at its end. */
abstract class Inspecting extends FilterInputStream {
  Inspecting(InputStream in) {
    super(in);
  }

  /** Bytes {@code b[off, off + n)} were read. */
  abstract void seen(byte[] b, int off, int n) throws IOException;

  /** The end was reached. */
  void ended() throws IOException {}

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      seen(b, off, n);
    } else if (n < 0 && len > 0) {
      ended();
    }
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }
}
