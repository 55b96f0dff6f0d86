package io.shenbao.cli.receive;

import io.shenbao.rules.engine.ReceivedTimes;
import io.shenbao.rules.engine.RuleSets;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.Workspaces;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What arrived: the packages in the folders {@code intake} is given (bag folders and zips, a few
 * levels down, as copied from the discs), each with the time it was received — {@code
 * --received-at} for all, else the time a {@code received.yaml} beside it gives (paper arrives by
 * hand), else the package's own file time.
 */
public final class Arrivals {
  /** The file beside the packages that gives when each arrived. */
  public static final String RECEIVED = "received.yaml";

  private static final int MAX_DEPTH = 3;

  private Arrivals() {}

  /** Where a package's time of receipt comes from. */
  public enum From {
    /** {@code --received-at}. */
    OPTION,
    /** A {@code received.yaml} beside it. */
    LIST,
    /** The package's file time. */
    FILE
  }

  /**
   * One package that arrived.
   *
   * @param path the folder or zip
   * @param display as the user would name it
   * @param received when it was received
   * @param from where that time comes from
   */
  public record Arrival(Path path, String display, OffsetDateTime received, From from) {}

  /**
   * The packages {@code args} name or hold, in path order, each with its time of receipt.
   *
   * @param receivedAt {@code --received-at}, or null
   * @param parse reads a time as {@code --as-of} does (a usage error for one it cannot read)
   * @throws UsageException a path that does not exist, holds no package, or a {@code received.yaml}
   *     that cannot be read or names a package that is not there
   */
  public static List<Arrival> find(
      List<String> args, OffsetDateTime receivedAt, Function<String, OffsetDateTime> parse)
      throws UsageException {
    Map<Path, String> found = new LinkedHashMap<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (!Files.exists(p)) {
        throw new UsageException("usage.no-such-path", arg);
      }
      List<Path> here = new ArrayList<>();
      if (Inputs.isPackage(p)) {
        here.add(p);
      } else if (Files.isDirectory(p)) {
        here.addAll(packagesIn(p, arg));
      } else {
        throw new UsageException("error.intake-not-package", arg);
      }
      if (here.isEmpty()) {
        throw new UsageException("error.intake-none", arg);
      }
      for (Path h : here) {
        found.putIfAbsent(h.toAbsolutePath().normalize(), display(p, arg, h));
      }
    }
    Map<Path, Map<String, OffsetDateTime>> lists = new HashMap<>();
    List<Arrival> out = new ArrayList<>();
    for (Map.Entry<Path, String> e : found.entrySet()) {
      Path pkg = e.getKey();
      String name = pkg.getFileName().toString();
      if (receivedAt != null) {
        out.add(new Arrival(pkg, e.getValue(), receivedAt, From.OPTION));
        continue;
      }
      Map<String, OffsetDateTime> list = lists.get(pkg.getParent());
      if (list == null) {
        list = readList(pkg.getParent(), found.keySet(), parse);
        lists.put(pkg.getParent(), list);
      }
      OffsetDateTime listed = list.get(name);
      out.add(
          listed != null
              ? new Arrival(pkg, e.getValue(), listed, From.LIST)
              : new Arrival(pkg, e.getValue(), fileTime(pkg, e.getValue()), From.FILE));
    }
    out.sort(Comparator.comparing(Arrival::display));
    return out;
  }

  /** A package found below {@code root} (given as {@code arg}) as the user would name it. */
  static String display(Path root, String arg, Path found) {
    String base = Workspaces.clean(arg);
    String rel = root.relativize(found).toString();
    return rel.isEmpty() ? base : Workspaces.clean(Path.of(base).resolve(rel).toString());
  }

  /** The packages below a folder: bag folders (not searched further) and zips, in path order. */
  static List<Path> packagesIn(Path root, String arg) throws UsageException {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          Set.of(),
          MAX_DEPTH + 1,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
              if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (Workspaces.isPackage(dir)) {
                out.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
              String n = file.getFileName().toString();
              if (a.isRegularFile()
                  && !n.startsWith(".")
                  && n.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                out.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw UsageException.io("usage.cannot-search", arg, e);
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /**
   * The times a folder's received.yaml gives, by package name ({@code 璧山区-申报包.zip: 2024-05-16
   * 17:30}); empty when there is none. A name that is not a package found in that folder is a usage
   * error, since its package would otherwise go by its file time unnoticed.
   */
  private static Map<String, OffsetDateTime> readList(
      Path folder, Set<Path> packages, Function<String, OffsetDateTime> parse)
      throws UsageException {
    Path file = folder.resolve(RECEIVED);
    Map<String, OffsetDateTime> out = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    for (ReceivedTimes.Entry e : ReceivedTimes.read(file)) {
      if (!packages.contains(folder.resolve(e.name()).toAbsolutePath().normalize())) {
        throw new UsageException(
            "error.received-unknown", file.toString(), String.valueOf(e.line()), e.name());
      }
      String text = e.time();
      OffsetDateTime at;
      try {
        at = parse.apply(text.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +", "$1T"));
      } catch (RuntimeException ex) {
        at = null;
      }
      if (at == null) {
        throw new UsageException(
            "error.received-time", file.toString(), String.valueOf(e.line()), text);
      }
      out.put(e.name(), at);
    }
    return out;
  }

  private static OffsetDateTime fileTime(Path pkg, String display) throws UsageException {
    try {
      return Files.getLastModifiedTime(pkg).toInstant().atOffset(RuleSets.defaultZone());
    } catch (IOException e) {
      throw UsageException.io("usage.cannot-search", display, e);
    }
  }
}
