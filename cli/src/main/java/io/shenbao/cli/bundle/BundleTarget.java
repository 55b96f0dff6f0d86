package io.shenbao.cli.bundle;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import io.shenbao.cli.output.Writes;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Where one run writes a bundle: the folder {@code out} and, with {@code --zip}, {@code out.zip}.
 *
 * <p>The run first takes a lock (the file {@code .NAME.lock} beside the target, locked by the
 * operating system, so a killed run holds it no longer), undoes what an interrupted run left, and
 * only then decides whether the target may be written: without {@code --force} nothing may exist
 * under either name; with it, only a bundle this tool wrote (and its zip) may be replaced. The
 * folder and the zip are built in a hidden staging folder {@code .NAME.tmp-…} beside the target. To
 * commit, a mark is written into the staging folder, the previous bundle is moved aside into it,
 * the zip and then the folder are moved into place, and the mark is removed: until that last step a
 * later run rolls everything back (the previous bundle returns), after it the new bundle stands.
 * The workspace itself, a folder that holds it, and anything that is not a previous bundle are
 * never replaced.
 */
public final class BundleTarget implements Closeable {
  private static final String MARK = "COMMIT";
  private static final String RESTORE = "RESTORE";
  private static final String OLD = "old";
  private static final String SIGNATURE = "Shenbao-Tool-Version:";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path out;
  private final Path zip;
  private final Path parent;
  private final String name;
  private final boolean wantZip;
  private final boolean force;
  private final Faults faults;
  private Path lockFile;
  private FileChannel channel;
  private FileChannel named;
  private FileLock lock;
  private Path staging;

  private BundleTarget(Path out, boolean wantZip, boolean force, Faults faults) {
    this.out = out;
    this.name = out.getFileName().toString();
    this.zip = out.resolveSibling(name + ".zip");
    this.parent = out.getParent();
    this.wantZip = wantZip;
    this.force = force;
    this.faults = faults;
  }

  /**
   * Claims {@code out} for one run, before any work is done: refuses (a {@link BundleException},
   * exit 2) a target that is, holds or lies inside the workspace, that another run is writing, or
   * that exists (without {@code force}) or is not a previous bundle (with it).
   */
  public static BundleTarget claim(
      Path out, Path workspace, boolean zip, boolean force, Faults faults)
      throws IOException, BundleException {
    Path abs = out.toAbsolutePath().normalize();
    if (abs.getParent() == null || abs.getFileName() == null) {
      throw new BundleException("out-root", false, out.toString());
    }
    BundleTarget t = new BundleTarget(abs, zip, force, faults);
    t.refuseWorkspace(workspace);
    Files.createDirectories(t.parent);
    t.lock();
    try {
      t.recover();
      t.refuseExisting();
      faults.reached(Stage.CLAIMED);
      return t;
    } catch (IOException | BundleException | RuntimeException | Error e) {
      t.close();
      throw e;
    }
  }

  /** The bundle folder. */
  public Path out() {
    return out;
  }

  /** The zip, or null without {@code --zip}. */
  public Path zip() {
    return wantZip ? zip : null;
  }

  Faults faults() {
    return faults;
  }

  /** Creates the staging folder; returns the bag folder to fill inside it. */
  Path stage() throws IOException {
    staging = Files.createTempDirectory(parent, "." + name + ".tmp-");
    Path bag = Files.createDirectory(staging.resolve(name));
    faults.reached(Stage.STAGED);
    return bag;
  }

  /** Where the zip is written before it is committed. */
  Path stagedZip() {
    return staging.resolve(name + ".zip");
  }

  /** Puts the staged folder (and zip) in place of the target, replacing a previous bundle. */
  void commit() throws IOException, BundleException {
    Path mark = staging.resolve(MARK);
    Path markTmp = staging.resolve(MARK + ".tmp");
    Writes.write(markTmp, ("zip=" + wantZip + "\n").getBytes(StandardCharsets.UTF_8), faults);
    Files.move(markTmp, mark, StandardCopyOption.ATOMIC_MOVE);
    faults.reached(Stage.MARKED);
    refuseExisting();
    boolean folderThere = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
    boolean zipThere = Files.exists(zip, LinkOption.NOFOLLOW_LINKS);
    if (folderThere || zipThere) {
      Path old = Files.createDirectory(staging.resolve(OLD));
      if (folderThere) {
        move(out, old.resolve(name));
      }
      if (zipThere) {
        move(zip, old.resolve(name + ".zip"));
      }
    }
    faults.reached(Stage.OLD_MOVED_ASIDE);
    if (wantZip) {
      move(stagedZip(), zip);
      faults.reached(Stage.ZIP_IN_PLACE);
    }
    move(staging.resolve(name), out);
    faults.reached(Stage.FOLDER_IN_PLACE);
    Files.delete(mark);
    faults.reached(Stage.COMMITTED);
    Path done = staging;
    staging = null;
    deleteTree(done);
  }

  /** Undoes whatever this run has not committed, then releases the lock. */
  @Override
  public void close() throws IOException {
    try {
      if (staging != null) {
        Path s = staging;
        staging = null;
        rollBack(s);
      }
    } finally {
      unlock();
    }
  }

  /** The target is, holds or lies inside the workspace: never written, even with --force. */
  private void refuseWorkspace(Path workspace) throws IOException, BundleException {
    Path ws = workspace.toRealPath();
    for (Path p : List.of(out, zip)) {
      Path real = real(p);
      if (real.equals(ws)) {
        throw new BundleException("out-is-workspace", false, p.toString());
      }
      if (real.startsWith(ws)) {
        throw new BundleException("out-in-workspace", false, p.toString(), ws.toString());
      }
      if (ws.startsWith(real)) {
        throw new BundleException("out-holds-workspace", false, p.toString(), ws.toString());
      }
    }
  }

  /** The path with every link that exists resolved. */
  private static Path real(Path p) throws IOException {
    Path existing = p;
    Path rest = null;
    while (existing != null && !Files.exists(existing)) {
      Path leaf = existing.getFileName();
      rest = rest == null ? leaf : leaf.resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return p;
    }
    Path r = existing.toRealPath();
    return rest == null ? r : r.resolve(rest);
  }

  /**
   * Without --force nothing may stand under either name; with it, only a bundle this tool wrote and
   * its zip.
   */
  private void refuseExisting() throws IOException, BundleException {
    boolean folderThere = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
    boolean zipThere = Files.exists(zip, LinkOption.NOFOLLOW_LINKS);
    if (!force && (folderThere || zipThere)) {
      throw new BundleException("exists", false, (folderThere ? out : zip).toString());
    }
    if (folderThere) {
      requireBundle(out);
    }
    if (zipThere) {
      requireBundleZip(zip, name);
    }
  }

  /**
   * Refuses {@code dir} unless it is a bundle this tool wrote: a real folder holding only a bag's
   * files, its bag-info.txt signed with Shenbao-Tool-Version.
   */
  static void requireBundle(Path dir) throws IOException, BundleException {
    String shown = dir.toString();
    if (Files.isSymbolicLink(dir)) {
      throw new BundleException("not-a-bundle.link", false, shown);
    }
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new BundleException("not-a-bundle.file", false, shown);
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        String n = p.getFileName().toString();
        boolean tag =
            n.equals("bagit.txt")
                || n.equals("bag-info.txt")
                || n.matches("(tag)?manifest-[a-z0-9]+\\.txt");
        boolean ok =
            n.equals("data")
                ? Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                : tag && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        if (!ok) {
          throw new BundleException("not-a-bundle.other", false, shown, n);
        }
      }
    }
    Path info = dir.resolve("bag-info.txt");
    if (!Files.isRegularFile(info, LinkOption.NOFOLLOW_LINKS) || !signed(info)) {
      throw new BundleException("not-a-bundle.unsigned", false, shown);
    }
  }

  private static boolean signed(Path info) throws IOException {
    try (InputStream in = Files.newInputStream(info)) {
      return signed(in);
    }
  }

  private static boolean signed(InputStream in) throws IOException {
    String head = new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
    return head.lines().anyMatch(l -> l.startsWith(SIGNATURE));
  }

  /** Refuses {@code file} unless it is the zip of a bundle named {@code name} this tool wrote. */
  static void requireBundleZip(Path file, String name) throws IOException, BundleException {
    String shown = file.toString();
    if (Files.isSymbolicLink(file)) {
      throw new BundleException("not-a-bundle.link", false, shown);
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new BundleException("not-a-bundle.zip", false, shown, name);
    }
    String top = name + "/";
    boolean ours;
    try (ZipFile z = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      ours = true;
      Enumeration<? extends ZipEntry> entries = z.entries();
      while (entries.hasMoreElements()) {
        ours &= entries.nextElement().getName().startsWith(top);
      }
      ZipEntry info = z.getEntry(top + "bag-info.txt");
      if (ours && info != null) {
        try (InputStream in = z.getInputStream(info)) {
          ours = signed(in);
        }
      } else {
        ours = false;
      }
    } catch (ZipException e) {
      ours = false;
    }
    if (!ours) {
      throw new BundleException("not-a-bundle.zip", false, shown, name);
    }
  }

  /** Locks {@code .NAME.lock}; another run holding it means this one must not go on. */
  private void lock() throws IOException, BundleException {
    Path file = parent.resolve("." + name + ".lock");
    for (int attempt = 0; attempt < 8; attempt++) {
      FileChannel ch =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock l;
      try {
        l = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null;
      }
      if (l == null) {
        ch.close();
        throw new BundleException("busy", false, out.toString());
      }
      // The run that held the lock before removes the file as it ends: make sure the file locked is
      // still the one of that name, by writing a token through the lock and reading it by name.
      byte[] token = Long.toHexString(RANDOM.nextLong()).getBytes(StandardCharsets.US_ASCII);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(token), 0);
      ch.force(false);
      // The file is read by name through a channel kept open as long as the lock: on POSIX systems,
      // closing any channel to a file drops every lock the process holds on it.
      FileChannel byName;
      try {
        byName = FileChannel.open(file, StandardOpenOption.READ);
      } catch (NoSuchFileException e) {
        byName = null;
      }
      boolean same;
      try {
        same = byName != null && Arrays.equals(token, readAll(byName, token.length + 1));
      } catch (IOException e) {
        l.release();
        ch.close();
        byName.close();
        throw e;
      }
      if (same) {
        lockFile = file;
        channel = ch;
        named = byName;
        lock = l;
        return;
      }
      l.release();
      ch.close();
      if (byName != null) {
        byName.close();
      }
    }
    throw new BundleException("busy", false, out.toString());
  }

  /** Removes the lock file while still holding the lock, then releases it. */
  private void unlock() throws IOException {
    if (channel == null) {
      return;
    }
    try {
      Files.deleteIfExists(lockFile);
    } catch (IOException e) {
      // Windows does not remove a file that is open; it stays, unlocked, for the next run
    } finally {
      lock.release();
      channel.close();
      named.close();
      channel = null;
    }
  }

  /** Up to {@code max} bytes from the start of the file. */
  private static byte[] readAll(FileChannel ch, int max) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(max);
    int n;
    do {
      n = ch.read(b, b.position());
    } while (n > 0 && b.hasRemaining());
    return Arrays.copyOf(b.array(), b.position());
  }

  /** Undoes or removes what interrupted runs left beside the target (the lock is held). */
  private void recover() throws IOException {
    String prefix = "." + name + ".";
    try (Stream<Path> siblings = Files.list(parent)) {
      for (Path p : siblings.toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith(prefix + "tmp-")) {
          rollBack(p);
        } else if (n.startsWith(prefix + "old-") && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
          // an earlier version of the tool moved the previous bundle here and was stopped before
          // the new one took its place: it is the only copy, so it comes back
          move(p, out);
        } else if (n.startsWith(prefix + "zip-") || n.startsWith(prefix + "old-")) {
          deleteTree(p); // what earlier versions of the tool left
        }
      }
    }
  }

  /**
   * Undoes a run whose staging folder is {@code s}. Without a mark nothing was moved: the folder
   * goes. With one, the run's new folder and zip are removed from the target (each only if it had
   * left the staging folder), the mark becomes a restore mark, the previous bundle is moved back,
   * and the folder goes. Each step can be repeated, so an interrupted roll-back is finished by the
   * next run.
   */
  private void rollBack(Path s) throws IOException {
    Path mark = s.resolve(MARK);
    Path restore = s.resolve(RESTORE);
    if (Files.exists(mark)) {
      boolean zipped = Files.readString(mark, StandardCharsets.UTF_8).contains("zip=true");
      if (!Files.exists(s.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        deleteTree(out);
      }
      if (zipped && !Files.exists(s.resolve(name + ".zip"), LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(zip);
      }
      Files.move(mark, restore, StandardCopyOption.ATOMIC_MOVE);
    }
    if (Files.exists(restore)) {
      Path old = s.resolve(OLD);
      if (Files.exists(old.resolve(name), LinkOption.NOFOLLOW_LINKS)
          && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        move(old.resolve(name), out);
      }
      if (Files.exists(old.resolve(name + ".zip"), LinkOption.NOFOLLOW_LINKS)
          && !Files.exists(zip, LinkOption.NOFOLLOW_LINKS)) {
        move(old.resolve(name + ".zip"), zip);
      }
      Files.delete(restore);
    }
    deleteTree(s);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Removes a file or a folder with everything in it, without following links. */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}
