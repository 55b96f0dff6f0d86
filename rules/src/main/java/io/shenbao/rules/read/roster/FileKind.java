package io.shenbao.rules.read.roster;

import io.shenbao.rules.finding.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What a file really is, by its first bytes rather than its name. */
public enum FileKind {
  ZIP,
  OLE2,
  PDF,
  TEXT,
  EMPTY;

  /** What a file of this kind is, as a message names it (a bundle word, {@code kind.*}). */
  public static String label(FileKind kind) {
    return Messages.label("kind." + kind.name().toLowerCase(Locale.ROOT));
  }

  /** Sniffs the first bytes. */
  public static FileKind of(Path file) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n == 0) {
      return EMPTY;
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return ZIP;
    }
    if (n >= 8
        && (head[0] & 0xFF) == 0xD0
        && (head[1] & 0xFF) == 0xCF
        && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return OLE2;
    }
    if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
      return PDF;
    }
    return TEXT;
  }
}
