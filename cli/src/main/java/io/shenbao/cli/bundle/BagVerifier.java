package io.shenbao.cli.bundle;

import io.shenbao.rules.formats.ZipGuard;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks a bag (folder or zip) against its manifests and reports every problem, not just the first:
 * files missing, files not in every payload manifest, payload and tag files whose digests differ
 * (with expected and actual), a manifest that lists a file twice, a wrong Payload-Oxum; in a
 * folder, anything that is not a plain file or folder (links, pipes); in a zip, duplicate names,
 * entries outside the bag's folder, links, entries that cannot be read, and a zip cut short.
 * Everything is streamed: no file is held in memory but the small tag files, and no entry may
 * inflate past the roster reader's limits ({@link ZipGuard}).
 */
public final class BagVerifier {
  /** A tag file (manifest, bag-info.txt) larger than this is not parsed. */
  static final int MAX_TAG_FILE = 64 << 20;

  /**
   * What a tag file may take here: {@link #MAX_TAG_FILE}, or a sixteenth of the heap when that is
   * less (a tag file is kept in memory, in a buffer that may grow to twice its size).
   */
  static int tagLimit() {
    return (int) Math.min(MAX_TAG_FILE, Runtime.getRuntime().maxMemory() / 16);
  }

  /** What kind of problem. */
  public enum Kind {
    NOT_A_BAG,
    MISSING,
    EXTRA,
    UNLISTED,
    LISTED_TWICE,
    BAD_LINE,
    CHANGED,
    OXUM,
    DUPLICATE,
    OUTSIDE,
    LINK,
    SPECIAL,
    UNREADABLE,
    TOO_LARGE,
    TRUNCATED,
    HIDDEN
  }

  /**
   * One problem.
   *
   * @param kind what is wrong
   * @param path the file concerned (relative to the bag; a zip entry's own name for the zip's
   *     problems)
   * @param algorithm the digest compared (CHANGED, MISSING, UNLISTED), or the manifest concerned
   *     (LISTED_TWICE, BAD_LINE)
   * @param expected the manifest's digest, the expected Payload-Oxum, a line number or a reason
   * @param actual the file's digest, or the actual Payload-Oxum
   */
  public record Problem(Kind kind, String path, String algorithm, String expected, String actual) {}

  /**
   * The outcome.
   *
   * @param problems every problem found, sorted by path
   * @param info bag-info.txt's fields
   * @param files how many payload files
   * @param fingerprint the SHA-256 of tagmanifest-sha256.txt as read (it seals every other tag
   *     file, and they every payload file): one value that names the whole package, for the sender
   *     and the receiver to compare; null when there is no tag manifest
   */
  public record Result(
      List<Problem> problems, Map<String, String> info, int files, String fingerprint) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Thrown when the path is a file that is not a zip at all (a usage error, not damage). */
  public static final class NotAZip extends IOException {
    private static final long serialVersionUID = 1L;

    NotAZip(String reason, Throwable cause) {
      super(reason, cause);
    }
  }

  private BagVerifier() {}

  /** Verifies a bag folder or a zip holding one (at its root or under one top folder). */
  public static Result verify(Path bag) throws IOException {
    return verify(bag, null);
  }

  /**
   * Verifies a bag folder or zip; for a zip, also writes each payload file it reads below {@code
   * extractTo} (a new, private folder: {@code extractTo/data/…}) in the same pass, so that the
   * payload can be checked without reading the zip twice. Only entries the verifier admits are
   * written (no name outside the bag, no repeated name, no link), each stopped at the inflation
   * limits like every read. A failure to write the copy is thrown as it is, never reported as
   * damage.
   *
   * @param extractTo where a zip's payload goes (absolute, normalized), or null (a folder's payload
   *     is never copied)
   */
  public static Result verify(Path bag, Path extractTo) throws IOException {
    Contents c = new Contents();
    try {
      if (Files.isDirectory(bag)) {
        readFolder(bag, c);
      } else {
        c.extract = extractTo;
        ZipBag.read(bag, c);
      }
    } catch (CopyFailed e) {
      throw e.getCause();
    }
    return check(c);
  }

  /** Writing the copy of an entry failed: not damage, so it ends the verification. */
  private static final class CopyFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CopyFailed(IOException cause) {
      super(cause);
    }

    @Override
    public synchronized IOException getCause() {
      return (IOException) super.getCause();
    }
  }

  /** What was read of a bag: each file's digests, the tag files' bytes, the problems met. */
  static final class Contents {
    final Map<String, Map<String, String>> actual = new TreeMap<>();
    final Map<String, byte[]> tags = new HashMap<>();
    final List<Problem> problems = new ArrayList<>();
    long payloadBytes;

    /** Where a zip's payload files are copied as they are read, or null. */
    Path extract;

    /** The one buffer every file of the bag is read through. */
    private final byte[] buffer = new byte[1 << 16];

    /**
     * A new file below {@link #extract} for the payload file {@code rel} (a name the zip reader has
     * admitted: relative, of plain segments), or null when nothing is extracted.
     */
    private OutputStream copyOf(String rel) {
      if (extract == null) {
        return null;
      }
      Path to = extract.resolve(rel).normalize();
      if (!to.startsWith(extract)) {
        return null; // cannot happen for an admitted name; never written outside
      }
      try {
        Files.createDirectories(to.getParent());
        // the copy is written in the blocks the digests read: a small buffer joins the short ones
        return new Extracted(
            new BufferedOutputStream(
                Files.newOutputStream(
                    to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)));
      } catch (FileAlreadyExistsException e) {
        return null; // a name that is also a folder of another entry: verified, not extracted
      } catch (IOException e) {
        throw new CopyFailed(e);
      }
    }

    void problem(Kind kind, String path, String detail) {
      problems.add(new Problem(kind, path, null, detail, null));
    }

    /**
     * Reads one file of the bag ({@code rel} relative to it): digests as it streams, the bytes kept
     * for a small tag file, stopped past the inflation limits ({@code packed} is the entry's packed
     * size, 0 when not known). A read that fails is a problem naming the file.
     */
    void read(String rel, InputStream in, long packed) {
      boolean payload = rel.startsWith("data/");
      Counting counted = new Counting(in, packed);
      ByteArrayOutputStream keep = payload ? null : new ByteArrayOutputStream();
      try (InputStream i = counted;
          OutputStream copy = payload ? copyOf(rel) : null) {
        InputStream read = copy == null ? i : new Copying(i, copy);
        Map<String, String> digests =
            Bag.digests(keep == null ? read : new Teeing(read, keep, tagLimit()), buffer);
        actual.put(rel, digests);
        if (payload) {
          payloadBytes += counted.count;
        } else {
          tags.put(rel, keep.toByteArray());
        }
      } catch (TooLarge e) {
        problem(Kind.TOO_LARGE, rel, (e.limit >> 20) + " MiB");
      } catch (IOException e) {
        String m = e.getMessage();
        problem(Kind.UNREADABLE, rel, m == null || m.isBlank() ? e.getClass().getSimpleName() : m);
      }
    }
  }

  /** Every file of a folder bag; links, pipes and devices are problems, never opened. */
  private static void readFolder(Path bag, Contents c) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(bag)) {
      all = walk.toList();
    }
    for (Path p : all) {
      if (p.equals(bag)) {
        continue;
      }
      String rel = bag.relativize(p).toString().replace('\\', '/');
      BasicFileAttributes a =
          Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isSymbolicLink()) {
        c.problem(Kind.LINK, rel, null);
      } else if (a.isRegularFile()) {
        c.read(rel, Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS), 0);
      } else if (!a.isDirectory()) {
        c.problem(Kind.SPECIAL, rel, null);
      }
    }
  }

  private static Result check(Contents c) {
    List<Problem> problems = c.problems;
    Map<String, byte[]> tags = c.tags;
    if (!tags.containsKey("bagit.txt")) {
      problems.add(new Problem(Kind.NOT_A_BAG, "bagit.txt", null, null, null));
      return new Result(sorted(problems), Map.of(), 0, fingerprint(c));
    }
    Map<String, String> info = info(tags.get("bag-info.txt"));
    TreeSet<String> payload = new TreeSet<>();
    for (String path : c.actual.keySet()) {
      if (path.startsWith("data/")) {
        payload.add(path);
      }
    }
    Map<String, Set<String>> listedBy = new LinkedHashMap<>();
    for (String alg : Bag.ALGORITHMS) {
      String name = "manifest-" + alg + ".txt";
      byte[] manifest = tags.get(name);
      if (manifest == null) {
        if (!concerns(problems, name)) {
          problems.add(new Problem(Kind.MISSING, name, null, null, null));
        }
        continue;
      }
      Map<String, String> lines = parse(name, manifest, problems);
      listedBy.put(alg, lines.keySet());
      compare(lines, c.actual, alg, problems);
    }
    String tagName = "tagmanifest-sha256.txt";
    byte[] tagManifest = tags.get(tagName);
    if (tagManifest == null) {
      if (!concerns(problems, tagName)) {
        problems.add(new Problem(Kind.MISSING, tagName, null, null, null));
      }
    } else {
      compare(parse(tagName, tagManifest, problems), c.actual, "sha256", problems);
    }
    for (String path : payload) {
      List<String> lacking = new ArrayList<>();
      for (Map.Entry<String, Set<String>> e : listedBy.entrySet()) {
        if (!e.getValue().contains(path)) {
          lacking.add(e.getKey());
        }
      }
      if (!listedBy.isEmpty() && lacking.size() == listedBy.size()) {
        problems.add(new Problem(Kind.EXTRA, path, null, null, null));
      } else {
        for (String alg : lacking) {
          problems.add(new Problem(Kind.UNLISTED, path, alg, null, null));
        }
      }
    }
    String oxum = info.get("Payload-Oxum");
    String real = c.payloadBytes + "." + payload.size();
    boolean unread =
        problems.stream().anyMatch(p -> p.kind() == Kind.UNREADABLE || p.kind() == Kind.TOO_LARGE);
    if (oxum != null && !oxum.equals(real) && !unread) {
      problems.add(new Problem(Kind.OXUM, "bag-info.txt", null, oxum, real));
    }
    return new Result(sorted(problems), info, payload.size(), fingerprint(c));
  }

  private static String fingerprint(Contents c) {
    Map<String, String> d = c.actual.get("tagmanifest-sha256.txt");
    return d == null ? null : d.get("sha256");
  }

  /** True when a problem already names {@code path} (an unreadable file is not also missing). */
  private static boolean concerns(List<Problem> problems, String path) {
    return problems.stream().anyMatch(p -> p.path().equals(path));
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(
        Comparator.comparing(Problem::path)
            .thenComparing(Problem::kind)
            .thenComparing(p -> String.valueOf(p.algorithm()))
            .thenComparing(p -> String.valueOf(p.expected())));
    return out;
  }

  private static void compare(
      Map<String, String> manifest,
      Map<String, Map<String, String>> actual,
      String alg,
      List<Problem> problems) {
    for (Map.Entry<String, String> e : manifest.entrySet()) {
      String path = e.getKey();
      Map<String, String> digests = actual.get(path);
      if (digests == null) {
        if (!concerns(problems, path)) {
          problems.add(new Problem(Kind.MISSING, path, alg, e.getValue(), null));
        }
      } else if (!digests.get(alg).equalsIgnoreCase(e.getValue())) {
        problems.add(new Problem(Kind.CHANGED, path, alg, e.getValue(), digests.get(alg)));
      }
    }
  }

  /**
   * A manifest's lines, path → digest; a line that is not "digest path" and a path listed twice are
   * problems (RFC 8493 §2.1.3: each payload file once in each manifest).
   */
  private static Map<String, String> parse(String name, byte[] manifest, List<Problem> problems) {
    Map<String, String> out = new TreeMap<>();
    int number = 0;
    for (String l :
        (Iterable<String>) new String(manifest, StandardCharsets.UTF_8).lines()::iterator) {
      number++;
      if (l.isBlank()) {
        continue;
      }
      int sp = l.indexOf(' ');
      String digest = sp > 0 ? l.substring(0, sp).strip() : "";
      String path = sp > 0 ? Bag.decode(l.substring(sp).strip()) : "";
      if (digest.isEmpty() || path.isEmpty()) {
        problems.add(new Problem(Kind.BAD_LINE, name, name, String.valueOf(number), null));
      } else if (out.putIfAbsent(path, digest) != null) {
        problems.add(new Problem(Kind.LISTED_TWICE, path, name, String.valueOf(number), null));
      }
    }
    return out;
  }

  private static Map<String, String> info(byte[] bagInfo) {
    Map<String, String> out = new LinkedHashMap<>();
    if (bagInfo == null) {
      return out;
    }
    for (String line :
        (Iterable<String>) new String(bagInfo, StandardCharsets.UTF_8).lines()::iterator) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        out.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return out;
  }

  /** An entry that inflates past the limits, or a tag file larger than it may be. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    /** The limit passed, in bytes. */
    final long limit;

    TooLarge(long limit) {
      super("inflates past the limit");
      this.limit = limit;
    }
  }

  /** Counts what is read and stops past the inflation limits. */
  private static final class Counting extends Inspecting {
    private final long packed;
    long count;

    Counting(InputStream in, long packed) {
      super(in);
      this.packed = packed;
    }

    @Override
    void seen(byte[] b, int off, int n) throws IOException {
      count += n;
      if (ZipGuard.tooInflated(count, packed)) {
        throw new TooLarge(ZipGuard.MAX_TOTAL);
      }
    }
  }

  /** An extracted file: a failure to write it is {@link CopyFailed}, never damage. */
  private static final class Extracted extends FilterOutputStream {
    Extracted(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw new CopyFailed(e);
      }
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void close() {
      try {
        out.close();
      } catch (IOException e) {
        throw new CopyFailed(e);
      }
    }
  }

  /** Writes what is read to a copy as it goes. */
  private static final class Copying extends Inspecting {
    private final OutputStream copy;

    Copying(InputStream in, OutputStream copy) {
      super(in);
      this.copy = copy;
    }

    @Override
    void seen(byte[] b, int off, int n) throws IOException {
      copy.write(b, off, n);
    }
  }

  /** Keeps a copy of what is read; stops the read ({@link TooLarge}) once it passes a limit. */
  private static final class Teeing extends Inspecting {
    private final ByteArrayOutputStream copy;
    private final int limit;

    Teeing(InputStream in, ByteArrayOutputStream copy, int limit) {
      super(in);
      this.copy = copy;
      this.limit = limit;
    }

    @Override
    void seen(byte[] b, int off, int n) throws IOException {
      if (n > limit - copy.size()) {
        throw new TooLarge(limit);
      }
      copy.write(b, off, n);
    }
  }
}
