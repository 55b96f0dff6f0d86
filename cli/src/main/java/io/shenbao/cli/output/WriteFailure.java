package io.shenbao.cli.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writing a file failed: the disk is full, a quota is reached, or the folder is not writable. It is
 * the user's environment, not a bug, and is reported as such, naming the file.
 */
public final class WriteFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  /** Writing {@code file} failed with {@code cause}. */
  public WriteFailure(Path file, IOException cause) {
    super(file + ": " + cause.getMessage(), cause);
    this.file = file;
  }

  /** The file being written. */
  public Path file() {
    return file;
  }

  /** The system's reason, as it gave it. */
  public String reason() {
    IOException cause = (IOException) getCause();
    String m =
        cause instanceof FileSystemException f && f.getReason() != null
            ? f.getReason()
            : cause.getMessage();
    return m == null ? cause.getClass().getSimpleName() : m;
  }

  /** True when the disk (or the user's quota) is full. */
  public boolean diskFull() {
    return isDiskFull(getCause());
  }

  /**
   * What a write failure is, or null when {@code e} is not one: a failure to write that names no
   * file (a full disk while creating a folder, say) is taken to be about {@code fallback}.
   */
  public static WriteFailure of(IOException e, Path fallback) {
    if (e instanceof WriteFailure w) {
      return w;
    }
    if (!isDiskFull(e)) {
      return null;
    }
    Path file =
        e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : fallback;
    return new WriteFailure(file, e);
  }

  /** ENOSPC and EDQUOT as Linux and macOS word them, and Windows' ERROR_DISK_FULL. */
  static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage();
      if (m != null) {
        String l = m.toLowerCase(Locale.ROOT);
        if (l.contains("no space left on device")
            || l.contains("disk quota exceeded")
            || l.contains("not enough space on the disk")
            || m.contains("磁盘空间不足")) {
          return true;
        }
      }
    }
    return false;
  }
}
