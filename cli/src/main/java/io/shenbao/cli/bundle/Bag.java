package io.shenbao.cli.bundle;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Writes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the tag files of a BagIt 1.0 bag (RFC 8493) around a {@code data/} folder: bagit.txt,
 * bag-info.txt with Payload-Oxum, SHA-256 and SHA-512 payload manifests and a SHA-256 tag manifest.
 * Lines are sorted by path, so the same payload gives the same bytes.
 */
final class Bag {
  static final List<String> ALGORITHMS = List.of("sha256", "sha512");

  private Bag() {}

  /** Both digests of one file, in one read. */
  static Map<String, String> digests(InputStream in) throws IOException {
    return digests(in, new byte[1 << 16]);
  }

  /**
   * Both digests of one file, in one read through {@code buf} (a caller that digests many files
   * passes the same buffer each time); closes {@code in}.
   */
  static Map<String, String> digests(InputStream in, byte[] buf) throws IOException {
    MessageDigest sha256 = md("SHA-256");
    MessageDigest sha512 = md("SHA-512");
    try (in) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        sha256.update(buf, 0, n);
        sha512.update(buf, 0, n);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put("sha256", HexFormat.of().formatHex(sha256.digest()));
    out.put("sha512", HexFormat.of().formatHex(sha512.digest()));
    return out;
  }

  static MessageDigest md(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the tag files; {@code info} are bag-info.txt's fields before Payload-Oxum. */
  static void write(Path bag, Map<String, String> info, Faults faults) throws IOException {
    Path data = bag.resolve("data");
    TreeMap<String, Map<String, String>> payload = new TreeMap<>();
    long bytes = 0;
    try (Stream<Path> walk = Files.walk(data)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          String rel = "data/" + data.relativize(p).toString().replace('\\', '/');
          try (InputStream in = Files.newInputStream(p)) {
            payload.put(rel, digests(in));
          }
          bytes += Files.size(p);
        }
      }
    }
    write(
        bag.resolve("bagit.txt"),
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        faults);
    StringBuilder bi = new StringBuilder();
    for (Map.Entry<String, String> e : info.entrySet()) {
      bi.append(e.getKey())
          .append(": ")
          .append(e.getValue().replaceAll("[\\r\\n]+", " "))
          .append('\n');
    }
    bi.append("Payload-Oxum: ").append(bytes).append('.').append(payload.size()).append('\n');
    write(bag.resolve("bag-info.txt"), bi.toString(), faults);
    for (String alg : ALGORITHMS) {
      StringBuilder m = new StringBuilder();
      for (Map.Entry<String, Map<String, String>> e : payload.entrySet()) {
        m.append(e.getValue().get(alg)).append("  ").append(encode(e.getKey())).append('\n');
      }
      write(bag.resolve("manifest-" + alg + ".txt"), m.toString(), faults);
    }
    StringBuilder tags = new StringBuilder();
    for (String tag :
        List.of("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt")) {
      try (InputStream in = Files.newInputStream(bag.resolve(tag))) {
        tags.append(digests(in).get("sha256")).append("  ").append(tag).append('\n');
      }
    }
    write(bag.resolve("tagmanifest-sha256.txt"), tags.toString(), faults);
  }

  /** RFC 8493 §2.1.3: CR, LF and % in a manifest path are percent-encoded. */
  static String encode(String path) {
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String decode(String path) {
    return path.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%0d", "\r")
        .replace("%0a", "\n")
        .replace("%25", "%");
  }

  private static void write(Path file, String text, Faults faults) throws IOException {
    Writes.write(file, text.getBytes(StandardCharsets.UTF_8), faults);
  }
}
