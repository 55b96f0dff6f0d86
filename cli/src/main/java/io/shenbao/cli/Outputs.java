package io.shenbao.cli;

import io.shenbao.cli.output.WriteFailure;
import io.shenbao.cli.output.Writes;
import io.shenbao.rules.finding.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A file a command writes for the user (the intake register, the review summary): never over an
 * existing file without --force, never over anything but a plain file, and whole or not at all —
 * written through a temporary file beside it and moved into place when complete.
 */
final class Outputs {
  private Outputs() {}

  /** Refuses (exit 2, before any work) a target that may not be written. */
  static void refuse(ShenbaoCommand global, CommandLine cl, Path target, boolean force) {
    if (Files.exists(target) && (!force || !Files.isRegularFile(target))) {
      throw global.usage(cl, force ? "error.not-a-file" : "error.output-exists", target);
    }
  }

  /**
   * Writes {@code bytes} to {@code target}; without {@code force} a file that appeared meanwhile is
   * still not replaced. Returns false after reporting a failure to write (a full disk, a folder
   * that may not be written) on standard error.
   */
  static boolean write(
      ShenbaoCommand global, CommandLine cl, Path target, boolean force, byte[] bytes, Messages m)
      throws IOException {
    try {
      if (force) {
        Writes.atomically(target, global.faults, os -> os.write(bytes));
        return true;
      }
      Path tmp = Writes.temporary(target.toAbsolutePath());
      Files.createDirectories(tmp.getParent());
      try {
        Writes.create(tmp, global.faults, os -> os.write(bytes));
        Writes.readable(tmp);
        Files.move(tmp, target);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      throw global.usage(cl, "error.output-exists", target);
    } catch (IOException e) {
      failed(e, target, cl.getErr(), m);
      return false;
    }
  }

  /**
   * Says on {@code err} which file could not be written and why (a full disk, a folder that may not
   * be written), the exit code being 2; rethrows what is not a failure to write.
   *
   * @param target the file being written, named when the failure names none
   */
  static void failed(IOException e, Path target, PrintWriter err, Messages m) throws IOException {
    WriteFailure w = WriteFailure.of(e, target);
    if (w == null) {
      throw e;
    }
    err.println(
        m.format("error.prefix")
            + (w.diskFull()
                ? m.format("output.disk-full", w.file().toString())
                : m.format("output.write-failed", w.file().toString(), w.reason())));
    err.flush();
  }
}
