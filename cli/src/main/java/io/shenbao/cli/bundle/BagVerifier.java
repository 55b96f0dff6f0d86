package io.shenbao.cli.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a bag (folder or zip) against its manifests and reports every problem, not just the first:
 * files missing, files not in any manifest, payload and tag files whose digests differ (with
 * expected and actual), and a wrong Payload-Oxum.
 */
public final class BagVerifier {
  /** What kind of problem. */
  public enum Kind {
    NOT_A_BAG,
    MISSING,
    EXTRA,
    CHANGED,
    OXUM
  }

  /**
   * One problem.
   *
   * @param kind what is wrong
   * @param path the file concerned (relative to the bag)
   * @param algorithm the digest compared, for CHANGED
   * @param expected the manifest's digest (or the expected Payload-Oxum)
   * @param actual the file's digest (or the actual Payload-Oxum)
   */
  public record Problem(Kind kind, String path, String algorithm, String expected, String actual) {}

  /**
   * The outcome.
   *
   * @param problems every problem found, sorted by path
   * @param info bag-info.txt's fields
   * @param files how many payload files
   */
  public record Result(List<Problem> problems, Map<String, String> info, int files) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private BagVerifier() {}

  /** Verifies a bag folder or a zip holding one (at its root or under one top folder). */
  public static Result verify(Path bag) throws IOException {
    Map<String, Map<String, String>> actual = new TreeMap<>();
    Map<String, byte[]> tags = new LinkedHashMap<>();
    long[] bytes = {0};
    if (Files.isDirectory(bag)) {
      try (Stream<Path> walk = Files.walk(bag)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          if (Files.isRegularFile(p)) {
            String rel = bag.relativize(p).toString().replace('\\', '/');
            read(rel, Files.newInputStream(p), Files.size(p), actual, tags, bytes);
          }
        }
      }
    } else {
      try (ZipFile zip = new ZipFile(bag.toFile(), StandardCharsets.UTF_8)) {
        String prefix = prefix(zip);
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry e = entries.nextElement();
          if (e.isDirectory() || !e.getName().startsWith(prefix)) {
            continue;
          }
          read(
              e.getName().substring(prefix.length()),
              zip.getInputStream(e),
              e.getSize(),
              actual,
              tags,
              bytes);
        }
      }
    }
    return check(actual, tags, bytes[0]);
  }

  private static void read(
      String rel,
      InputStream in,
      long size,
      Map<String, Map<String, String>> actual,
      Map<String, byte[]> tags,
      long[] bytes)
      throws IOException {
    if (rel.startsWith("data/")) {
      actual.put(rel, Bag.digests(in));
      bytes[0] += size;
    } else {
      try (InputStream i = in) {
        byte[] content = i.readAllBytes();
        tags.put(rel, content);
        actual.put(rel, Bag.digests(new java.io.ByteArrayInputStream(content)));
      }
    }
  }

  /** The top folder of a zipped bag ("name/"), or "" when bagit.txt is at the root. */
  private static String prefix(ZipFile zip) {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      String n = entries.nextElement().getName();
      if (n.equals("bagit.txt")) {
        return "";
      }
      if (n.endsWith("/bagit.txt") && n.indexOf('/') == n.length() - "/bagit.txt".length()) {
        return n.substring(0, n.length() - "bagit.txt".length());
      }
    }
    return "";
  }

  private static Result check(
      Map<String, Map<String, String>> actual, Map<String, byte[]> tags, long bytes) {
    List<Problem> problems = new ArrayList<>();
    if (!tags.containsKey("bagit.txt")) {
      problems.add(new Problem(Kind.NOT_A_BAG, "bagit.txt", null, null, null));
      return new Result(problems, Map.of(), 0);
    }
    Map<String, String> info = info(tags.get("bag-info.txt"));
    TreeSet<String> listed = new TreeSet<>();
    int payloadFiles = 0;
    for (String alg : Bag.ALGORITHMS) {
      byte[] manifest = tags.get("manifest-" + alg + ".txt");
      if (manifest == null) {
        problems.add(new Problem(Kind.MISSING, "manifest-" + alg + ".txt", null, null, null));
        continue;
      }
      compare(parse(manifest), actual, alg, problems, listed);
    }
    byte[] tagManifest = tags.get("tagmanifest-sha256.txt");
    if (tagManifest == null) {
      problems.add(new Problem(Kind.MISSING, "tagmanifest-sha256.txt", null, null, null));
    } else {
      compare(parse(tagManifest), actual, "sha256", problems, new TreeSet<>());
    }
    for (String path : actual.keySet()) {
      if (path.startsWith("data/")) {
        payloadFiles++;
        if (!listed.contains(path)) {
          problems.add(new Problem(Kind.EXTRA, path, null, null, null));
        }
      }
    }
    String oxum = info.get("Payload-Oxum");
    String real = bytes + "." + payloadFiles;
    if (oxum != null && !oxum.equals(real)) {
      problems.add(new Problem(Kind.OXUM, "bag-info.txt", null, oxum, real));
    }
    problems.sort(
        java.util.Comparator.comparing(Problem::path)
            .thenComparing(Problem::kind)
            .thenComparing(p -> String.valueOf(p.algorithm())));
    return new Result(problems, info, payloadFiles);
  }

  private static void compare(
      Map<String, String> manifest,
      Map<String, Map<String, String>> actual,
      String alg,
      List<Problem> problems,
      Set<String> listed) {
    for (Map.Entry<String, String> e : manifest.entrySet()) {
      String path = e.getKey();
      listed.add(path);
      Map<String, String> digests = actual.get(path);
      if (digests == null) {
        if (problems.stream().noneMatch(p -> p.kind() == Kind.MISSING && p.path().equals(path))) {
          problems.add(new Problem(Kind.MISSING, path, alg, e.getValue(), null));
        }
      } else if (!digests.get(alg).equalsIgnoreCase(e.getValue())) {
        problems.add(new Problem(Kind.CHANGED, path, alg, e.getValue(), digests.get(alg)));
      }
    }
  }

  private static Map<String, String> parse(byte[] manifest) {
    Map<String, String> out = new TreeMap<>();
    for (String l :
        (Iterable<String>) new String(manifest, StandardCharsets.UTF_8).lines()::iterator) {
      int sp = l.indexOf(' ');
      if (sp > 0) {
        out.put(Bag.decode(l.substring(sp).strip()), l.substring(0, sp).strip());
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
}
