package io.shenbao.rules.read;

import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.read.yaml.LocatedYaml;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * Why a file could not be read, as a message argument in the reader's language ({@code reason.*} of
 * the bundle) rather than the English text of a library's exception.
 */
public final class Reason {
  private Reason() {}

  /** The reason for an I/O failure. */
  public static String of(IOException e) {
    String key;
    if (e instanceof AccessDeniedException) {
      key = "denied";
    } else if (e instanceof NoSuchFileException) {
      key = "missing";
    } else if (e instanceof NotDirectoryException) {
      key = "not-folder";
    } else if (e instanceof FileSystemLoopException) {
      key = "loop";
    } else {
      key = "io";
    }
    return Messages.label("reason." + key);
  }

  /**
   * What is wrong with a YAML document, from the parser's own (English) description of the problem:
   * the usual mistakes by name, anything else as a general hint.
   */
  public static String yaml(LocatedYaml.SyntaxError e) {
    String r = e.reason() == null ? "" : e.reason();
    String key;
    if (r.startsWith("mapping values are not allowed")) {
      key = "mapping-values";
    } else if (r.contains("could not find expected ':'")) {
      key = "colon";
    } else if (r.contains("cannot start any token") && r.contains("\\t")) {
      key = "tab";
    } else if (r.contains("cannot start any token")) {
      key = "token";
    } else if (r.startsWith("did not find expected") || r.startsWith("expected <block end>")) {
      key = "indent";
    } else if (r.contains("end of stream") || r.contains("found unexpected end")) {
      key = "unclosed";
    } else if (r.startsWith("found undefined alias") || r.contains("alias")) {
      key = "alias";
    } else if (r.startsWith("duplicate key")) {
      key = "duplicate";
    } else if (r.startsWith("a key must be plain text")) {
      key = "key";
    } else if (r.startsWith("nesting too deep") || r.startsWith("document has too many nodes")) {
      key = "deep";
    } else if (r.contains("escape")) {
      key = "escape";
    } else {
      key = "other";
    }
    return Messages.label("reason.yaml." + key);
  }

  /**
   * Why a workbook could not be read to its end, from what failed: its zip container, its XML (a
   * document type declaration, refused against XXE, and UTF-16 by name), a part it lacks.
   */
  public static String workbook(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t && !(t instanceof ZipException)) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? "" : t.getMessage();
    String key;
    if (t instanceof ZipException
        || t instanceof EOFException
        || m.contains("zip")
        || m.contains("Zip")) {
      key = "zip";
    } else if (m.startsWith("XML document type")) {
      key = "dtd";
    } else if (m.startsWith("XML part in UTF-16")) {
      key = "utf16";
    } else if (m.startsWith("XML")) {
      key = "xml";
    } else if (m.startsWith("shared strings larger")) {
      key = "strings";
    } else if (m.startsWith("the workbook") || m.startsWith("a cell refers")) {
      key = "part";
    } else {
      key = "other";
    }
    return Messages.label("reason.workbook." + key);
  }

  /** The reason for an I/O failure that came wrapped (a walk over folders throws it unchecked). */
  public static String of(UncheckedIOException e) {
    return of(e.getCause());
  }
}
