package io.shenbao.rules;

import io.shenbao.rules.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rule fixture as it is written (see {@code rules/README.md} in the test resources): the base
 * workspace ({@code base/}) plus only what differs. In a fixture folder,
 *
 * <ul>
 *   <li>{@code plan.patch.yaml} is merged onto the base's plan.yaml ({@link YamlPatch});
 *   <li>{@code progress.patch.yaml} starts the fixture from the progress base ({@code
 *       base-progress/}: the base with an approved first-batch plan and a progress report) and is
 *       merged onto its progress.yaml;
 *   <li>{@code expected.txt} lists the findings that cannot be written next to their line (a CSV
 *       cell, a PDF, the whole workspace), after any lines of description starting with {@code #},
 *       and is not copied;
 *   <li>{@code plan.xlsx} takes the place of the base's plan.yaml (the plan as a workbook);
 *   <li>any other file or folder is added to the workspace, replacing the base's file of that name
 *       (a whole plan.yaml where its format is the point, a 名单.csv, a PDF, shenbao-waivers.yaml).
 * </ul>
 *
 * A folder with no files but folders (besides expected.txt) is a batch of such workspaces. A
 * finding is expected by a comment {@code # expect: RULE-ID.variant} at the end of the line it
 * points to: in a patch, the line of the finding's key path; in a whole YAML file, its line.
 */
public final class FixtureFolder {
  /** The comment that expects a finding on its line; several keys are separated by commas. */
  public static final Pattern EXPECT = Pattern.compile("\\s*#\\s*expect:\\s*(.*)$");

  public static final String PATCH = ".patch.yaml";
  public static final String EXPECTED = "expected.txt";

  private FixtureFolder() {}

  /** True if the folder holds several workspaces (a batch) rather than one. */
  public static boolean isBatch(Path fixture) throws IOException {
    try (Stream<Path> s = Files.list(fixture)) {
      List<Path> all = s.filter(p -> !p.getFileName().toString().equals(EXPECTED)).toList();
      return !all.isEmpty() && all.stream().allMatch(Files::isDirectory);
    }
  }

  /** The fixture's workspace folders: itself, or its subfolders for a batch. */
  public static List<Path> workspaces(Path fixture) throws IOException {
    if (!isBatch(fixture)) {
      return List.of(fixture);
    }
    try (Stream<Path> s = Files.list(fixture)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Writes the whole workspace (or batch of them) the fixture stands for into {@code target}. */
  public static Path materialize(Path fixture, Path target) throws IOException {
    if (isBatch(fixture)) {
      for (Path ws : workspaces(fixture)) {
        materializeOne(ws, target.resolve(ws.getFileName().toString()));
      }
    } else {
      materializeOne(fixture, target);
    }
    return target;
  }

  private static void materializeOne(Path fixture, Path target) throws IOException {
    Files.createDirectories(target);
    copyTree(Fixtures.resource("base"), target);
    if (Files.exists(fixture.resolve("progress" + PATCH))) {
      overlay(Fixtures.resource("base-progress"), target);
    }
    overlay(fixture, target);
    if (Files.exists(fixture.resolve("plan.xlsx"))) {
      Files.delete(target.resolve("plan.yaml")); // the workbook is the plan
    }
  }

  /** Adds a folder's files to the workspace: patches merged, expected.txt left out. */
  private static void overlay(Path from, Path target) throws IOException {
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : s.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.equals(EXPECTED)) {
          continue;
        }
        if (Files.isDirectory(f)) {
          copyTree(f, target.resolve(name));
        } else if (name.endsWith(PATCH)) {
          Path onto = target.resolve(name.substring(0, name.length() - PATCH.length()) + ".yaml");
          String merged =
              YamlPatch.apply(
                  Files.readString(onto, StandardCharsets.UTF_8),
                  Files.readString(f, StandardCharsets.UTF_8));
          Files.writeString(onto, merged, StandardCharsets.UTF_8);
        } else {
          Files.copy(f, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * The findings the fixture expects, one line each: {@code plan.patch.yaml:7 CITY-TYPE.is-capital}
   * from its inline comments (a batch's prefixed with the workspace folder), then expected.txt's
   * lines as they are, sorted.
   */
  public static List<String> expected(Path fixture) throws IOException {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Path, Map<Integer, List<String>>> e : inline(fixture).entrySet()) {
      String file = fixture.relativize(e.getKey()).toString();
      e.getValue().forEach((line, keys) -> keys.forEach(k -> out.add(file + ":" + line + " " + k)));
    }
    Path txt = fixture.resolve(EXPECTED);
    if (Files.exists(txt)) {
      out.addAll(Fixtures.expected(txt));
    }
    Collections.sort(out);
    return out;
  }

  /** The YAML files of the fixture that can carry inline expectations, with them by line. */
  private static Map<Path, Map<Integer, List<String>>> inline(Path fixture) throws IOException {
    Map<Path, Map<Integer, List<String>>> out = new TreeMap<>();
    for (Path f : yamlFiles(fixture)) {
      Map<Integer, List<String>> byLine = new TreeMap<>();
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = EXPECT.matcher(lines.get(i));
        if (m.find()) {
          for (String k : m.group(1).split(",")) {
            if (!k.isBlank()) {
              byLine.computeIfAbsent(i + 1, x -> new ArrayList<>()).add(k.strip());
            }
          }
        }
      }
      out.put(f, byLine);
    }
    return out;
  }

  /**
   * Rewrites the fixture's expectations (in the source tree) to the given findings: each that a
   * YAML file of the fixture can show on a line as a comment {@code # expect:} there, the rest in
   * expected.txt. Old comments and expected.txt are replaced.
   */
  public static void rewrite(Path fixture, List<String> actual) throws IOException {
    Map<Path, Map<Integer, List<String>>> inline = new TreeMap<>();
    for (Path f : yamlFiles(fixture)) {
      inline.put(f, new TreeMap<>());
    }
    List<String> rest = new ArrayList<>();
    for (String a : actual) {
      String where = a.substring(0, a.indexOf(' '));
      int colon = where.lastIndexOf(':');
      Path f = colon < 0 ? null : fixture.resolve(where.substring(0, colon));
      if (f != null && inline.containsKey(f) && where.substring(colon + 1).matches("\\d+")) {
        inline
            .get(f)
            .computeIfAbsent(Integer.parseInt(where.substring(colon + 1)), x -> new ArrayList<>())
            .add(a.substring(a.indexOf(' ') + 1));
      } else {
        rest.add(a);
      }
    }
    for (Map.Entry<Path, Map<Integer, List<String>>> e : inline.entrySet()) {
      List<String> lines = new ArrayList<>(Files.readAllLines(e.getKey(), StandardCharsets.UTF_8));
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = EXPECT.matcher(lines.get(i));
        String line = m.find() ? lines.get(i).substring(0, m.start()) : lines.get(i);
        List<String> keys = e.getValue().get(i + 1);
        lines.set(i, keys == null ? line : line + "  # expect: " + String.join(", ", keys));
      }
      Files.write(e.getKey(), lines, StandardCharsets.UTF_8);
    }
    Path txt = fixture.resolve(EXPECTED);
    List<String> notes = new ArrayList<>();
    if (Files.exists(txt)) {
      for (String line : Files.readAllLines(txt, StandardCharsets.UTF_8)) {
        if (!line.startsWith("#")) {
          break;
        }
        notes.add(line); // the description the file starts with
      }
    }
    notes.addAll(rest);
    if (notes.isEmpty()) {
      Files.deleteIfExists(txt);
    } else {
      Files.write(txt, notes, StandardCharsets.UTF_8);
    }
  }

  /** The fixture's YAML files in UTF-8 (a plan in GBK, whose bytes are the point, holds none). */
  private static List<Path> yamlFiles(Path fixture) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(fixture)) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
        try {
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(p)));
          out.add(p);
        } catch (CharacterCodingException e) {
          // not UTF-8: its findings go in expected.txt
        }
      }
    }
    return out;
  }

  /**
   * The findings as the fixture's files name them: a finding in a patched file by the line of its
   * key path in the patch ({@code plan.patch.yaml:7 KEY}, or {@code plan.yaml:<path> KEY} when the
   * patch does not hold that path), a finding in a YAML file of the fixture by its line, any other
   * as {@link Fixtures#lines} gives it.
   */
  public static List<String> actual(Path fixture, List<Finding> findings) throws IOException {
    Map<String, Map<String, Integer>> patchLines = new LinkedHashMap<>();
    List<String> out = new ArrayList<>();
    for (Finding f : findings) {
      String plain = Fixtures.lines(List.of(f)).get(0);
      String file = plain.substring(0, plain.indexOf(' '));
      int colon = file.indexOf(':');
      String name = colon < 0 ? file : file.substring(0, colon);
      String line = f.location() == null ? null : String.valueOf(f.location().line());
      out.add(mapped(fixture, name, f, line, patchLines).orElse(plain));
    }
    Collections.sort(out);
    return out;
  }

  private static Optional<String> mapped(
      Path fixture,
      String name,
      Finding f,
      String line,
      Map<String, Map<String, Integer>> patchLines)
      throws IOException {
    if (!name.endsWith(".yaml") || f.location() == null || f.location().line() == null) {
      return Optional.empty();
    }
    String stem = name.substring(0, name.length() - ".yaml".length());
    Path patch = fixture.resolve(stem + PATCH);
    if (Files.exists(patch)) {
      Map<String, Integer> lines =
          patchLines.computeIfAbsent(
              stem,
              s -> {
                try {
                  return YamlPatch.lines(
                      YamlPatch.compose(Files.readString(patch, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      String path = f.location().path() == null ? "" : f.location().path();
      Integer at = lines.get(path);
      if (at == null || path.isEmpty()) {
        return Optional.of(name + ":" + path + " " + f.key());
      }
      return Optional.of(stem + PATCH + ":" + at + " " + f.key());
    }
    if (Files.exists(fixture.resolve(name))) {
      return Optional.of(name + ":" + line + " " + f.key());
    }
    return Optional.empty();
  }
}
