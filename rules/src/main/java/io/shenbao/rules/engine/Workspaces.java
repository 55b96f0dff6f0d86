package io.shenbao.rules.engine;

import io.shenbao.rules.read.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the workspaces a command line names: a workspace folder, a plan file, or a folder of
 * workspaces (searched a few levels down, hidden and build folders skipped; symbolic links are not
 * followed down, and a workspace reached twice through links counts once). A submission package
 * found on the way ({@link #isPackage}) is not searched: its payload is checked only as a package,
 * named as such, after its manifests have been verified.
 */
public final class Workspaces {
  /** The plan file names a workspace may hold, in order of preference. */
  public static final List<String> PLAN_NAMES = List.of("plan.yaml", "plan.yml", "plan.xlsx");

  private static final int MAX_DEPTH = 4;
  private static final Set<String> SKIP = Set.of("target", "node_modules", "build", "out");

  private Workspaces() {}

  /** The workspaces named by {@code args}, in the order given, each folder's sorted. */
  public static List<WorkspaceRef> find(List<String> args) throws UsageException {
    List<WorkspaceRef> out = new ArrayList<>();
    for (String arg : args) {
      Path p = Path.of(arg);
      if (!Files.exists(p)) {
        throw new UsageException("usage.no-such-path", arg);
      }
      if (Files.isRegularFile(p)) {
        Path dir = p.toAbsolutePath().getParent();
        String display = clean(p.getParent() == null ? "." : p.getParent().toString());
        out.add(new WorkspaceRef(dir, p.toAbsolutePath(), display));
        continue;
      }
      Path plan = planIn(p);
      if (plan != null) {
        out.add(ref(p, clean(arg)));
        continue;
      }
      List<WorkspaceRef> found = search(p, clean(arg));
      if (found.isEmpty()) {
        throw new UsageException(holdsPackage(p) ? "usage.only-packages" : "usage.no-plan", arg);
      }
      out.addAll(found);
    }
    return out;
  }

  private static List<WorkspaceRef> search(Path root, String display) throws UsageException {
    Set<Path> dirs = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
      walk.filter(Files::isDirectory)
          .filter(d -> !skipped(root, d))
          .filter(d -> planIn(d) != null && !isAnnotatedCopy(planIn(d)))
          .forEach(dirs::add);
    } catch (IOException e) {
      throw new UsageException("usage.cannot-search", display, Reason.of(e));
    } catch (UncheckedIOException e) {
      throw new UsageException("usage.cannot-search", display, Reason.of(e));
    }
    List<WorkspaceRef> out = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path d : dirs) {
      // a workspace reached again through a symbolic link (or a link back up, a loop) counts once
      if (!seen.add(realPath(d))) {
        continue;
      }
      String rel = root.relativize(d).toString();
      out.add(ref(d, clean(Path.of(display).resolve(rel).normalize().toString())));
    }
    return out;
  }

  private static Path realPath(Path d) {
    try {
      return d.toRealPath();
    } catch (IOException e) {
      return d.toAbsolutePath().normalize();
    }
  }

  private static boolean skipped(Path root, Path d) {
    Path at = root;
    if (isPackage(at)) {
      return true;
    }
    for (Path part : root.relativize(d)) {
      String name = part.toString();
      if ((name.startsWith(".") && !name.equals(".")) || SKIP.contains(name)) {
        return true;
      }
      at = at.resolve(name);
      if (isPackage(at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a folder is a package or holds one a few levels down. */
  private static boolean holdsPackage(Path root) {
    try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
      return walk.anyMatch(d -> Files.isDirectory(d) && isPackage(d));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /**
   * The custom document property that marks a workbook as an annotated copy this tool wrote ({@code
   * validate --annotate}); such a copy of a plan.xlsx is not a workspace of its own.
   */
  public static final String ANNOTATED_MARK = "shenbao-annotated";

  /** True for an .xlsx whose document properties carry {@link #ANNOTATED_MARK}. */
  public static boolean isAnnotatedCopy(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return false;
    }
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry custom = zip.getEntry("docProps/custom.xml");
      if (custom == null || custom.getSize() > 1 << 20) {
        return false;
      }
      try (InputStream in = zip.getInputStream(custom)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(ANNOTATED_MARK);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether a folder is a submission package (a BagIt bag): it holds {@code bagit.txt}, or a {@code
   * data/} folder with the bag's {@code bag-info.txt} or a manifest (a bag that lost its bagit.txt
   * is still a package, a damaged one).
   */
  public static boolean isPackage(Path dir) {
    if (Files.isRegularFile(dir.resolve("bagit.txt"))) {
      return true;
    }
    return Files.isDirectory(dir.resolve("data"))
        && (Files.isRegularFile(dir.resolve("bag-info.txt"))
            || Files.isRegularFile(dir.resolve("manifest-sha256.txt"))
            || Files.isRegularFile(dir.resolve("tagmanifest-sha256.txt")));
  }

  /** A workspace folder's reference, with every plan file it holds beyond the first. */
  private static WorkspaceRef ref(Path dir, String display) {
    List<Path> plans = new ArrayList<>();
    for (String name : PLAN_NAMES) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        plans.add(p.toAbsolutePath());
      }
    }
    return new WorkspaceRef(
        dir.toAbsolutePath(), plans.get(0), display, plans.subList(1, plans.size()));
  }

  private static Path planIn(Path dir) {
    for (String name : PLAN_NAMES) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  /** A path as reports name it: forward slashes, no trailing slash, "." for nothing. */
  public static String clean(String s) {
    String t = s.replace('\\', '/');
    while (t.length() > 1 && t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.isEmpty() ? "." : t;
  }
}
