package io.shenbao.rules.engine;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.read.Reason;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/** Resolves a path named in a plan, refusing any that leaves the workspace. */
final class WorkspacePaths {
  private WorkspacePaths() {}

  /**
   * The platform cannot name the file: a Chinese file name under a non-UTF-8 locale (LANG=C).
   * Reported as a finding that says how to fix the locale, never as a crash.
   */
  static final class UnnameablePath extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnnameablePath(String path) {
      super(path);
    }
  }

  /**
   * The resolved path of the file a plan names under {@code key}, or null after adding the problem
   * that says why not: INPUT-PATH when it leaves the workspace, INPUT-UNREADABLE.locale when the
   * platform cannot name it.
   */
  static Path resolve(
      Path workspace,
      String relative,
      String key,
      String planFile,
      Location at,
      List<Problem> problems) {
    Path p;
    try {
      p = resolve(workspace, relative);
    } catch (UnnameablePath e) {
      if (Printable.firstUnprintable(relative) >= 0) {
        // no file may be named so, in any locale: INPUT-TYPE.control already names the character
        return null;
      }
      problems.add(
          new Problem(
              Keys.InputUnreadable.LOCALE,
              planFile,
              at,
              List.of(relative, String.valueOf(System.getProperty("sun.jnu.encoding")))));
      return null;
    }
    if (p == null) {
      problems.add(new Problem(Keys.InputPath.MESSAGE, planFile, at, List.of(key, relative)));
    }
    return p;
  }

  /**
   * Null when {@code p} is a file that can be opened and read through; "" when nothing is there;
   * otherwise what it is instead, as a reason for a message: a folder, a pipe or device (reading it
   * would wait forever), a link to nothing, a loop of links.
   */
  static String whyNotAFile(Path p) {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return "";
    }
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      if (a.isRegularFile()) {
        return null;
      }
      return Messages.label(a.isDirectory() ? "reason.folder" : "reason.special");
    } catch (NoSuchFileException e) {
      return Messages.label("reason.dangling");
    } catch (FileSystemException e) {
      String why = String.valueOf(e.getReason());
      return why.contains("symbolic links") || why.contains("loop")
          ? Messages.label("reason.loop")
          : Reason.of(e);
    } catch (IOException e) {
      return Reason.of(e);
    }
  }

  /**
   * The resolved path, or null when it leaves the workspace: absolute, with a {@code ..} part, or
   * through a symbolic link that points outside.
   */
  static Path resolve(Path workspace, String relative) {
    String r = relative.trim().replace('\\', '/');
    if (r.isEmpty() || r.startsWith("/") || r.matches("^[A-Za-z]:.*") || r.startsWith("~")) {
      return null;
    }
    for (String part : r.split("/", -1)) {
      if (part.equals("..")) {
        return null;
      }
    }
    Path p;
    try {
      p = workspace.resolve(r).normalize();
    } catch (InvalidPathException e) {
      throw new UnnameablePath(r);
    }
    if (!p.startsWith(workspace.normalize())) {
      return null;
    }
    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
      try {
        Path real = p.toRealPath();
        if (!real.startsWith(workspace.toRealPath())) {
          return null;
        }
      } catch (IOException e) {
        return p;
      }
    }
    return p;
  }
}
