package io.shenbao.cli.receive;

import io.shenbao.cli.bundle.BagVerifier;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a command line names to check, workspaces and received packages mixed, in the order given: a
 * package (a bag folder, or a {@code .zip}) is opened and verified, anything else is looked up as
 * workspaces. Closing removes what opening the packages made.
 */
public final class Inputs implements AutoCloseable {
  private final List<ReceivedPackage> packages = new ArrayList<>();
  private final List<WorkspaceRef> workspaces = new ArrayList<>();
  private final List<Replaced> replaced = new ArrayList<>();

  /**
   * A package left out because a later package of the same city (and rule set) was given.
   *
   * @param display the package left out, as the user named it
   * @param city the city bag-info names
   * @param by the later package, as the user named it
   * @param baggingDate the later package's Bagging-Date
   */
  public record Replaced(String display, String city, String by, String baggingDate) {}

  private Inputs() {}

  /**
   * Whether a command-line path is a package: a folder that is a bag ({@link
   * Workspaces#isPackage}), or a file whose name ends in {@code .zip}.
   */
  public static boolean isPackage(Path p) {
    if (Files.isDirectory(p)) {
      return Workspaces.isPackage(p);
    }
    return Files.isRegularFile(p)
        && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /**
   * Opens what {@code args} name; the verifier's findings are in the language of {@code m}.
   *
   * @throws UsageException for a path that does not exist or holds no workspace, or a {@code .zip}
   *     that is not a zip at all
   */
  public static Inputs open(List<String> args, Messages m) throws UsageException, IOException {
    return open(args, m, false);
  }

  /**
   * As {@link #open(List, Messages)}; with {@code packagesInFolders}, a folder that holds no
   * workspace gives the packages it holds (a reviewer's folder of received packages; one that holds
   * workspaces gives those, as for validate), and a package that is the same as one already opened
   * (a folder and its zip: the same fingerprint) is taken once.
   */
  public static Inputs open(List<String> args, Messages m, boolean packagesInFolders)
      throws UsageException, IOException {
    Inputs in = new Inputs();
    try {
      for (String a : args) {
        Path p = Path.of(a);
        if (isPackage(p)) {
          in.add(p, Workspaces.clean(a), m, packagesInFolders);
          continue;
        }
        List<WorkspaceRef> found;
        try {
          found = Workspaces.find(List.of(a));
        } catch (UsageException e) {
          List<Path> held =
              packagesInFolders && Files.isDirectory(p) ? Arrivals.packagesIn(p, a) : List.of();
          if (held.isEmpty()) {
            throw e;
          }
          for (Path h : held) {
            in.add(h, Arrivals.display(p, a, h), m, true);
          }
          continue;
        }
        in.workspaces.addAll(found);
      }
      if (packagesInFolders) {
        in.keepTheLatestOfEachCity();
      }
    } catch (UsageException | IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    return in;
  }

  /**
   * Of the packages of one city (bag-info's Source-Organization and Shenbao-Policy) keeps only the
   * latest — the later Bagging-Date, then the later file time — as intake's register marks the
   * earlier one replaced: a reviewer compares what a city sent last, not its withdrawn package
   * beside it (which would also share every enterprise with it and count twice for the quota).
   */
  private void keepTheLatestOfEachCity() {
    Map<String, ReceivedPackage> latest = new HashMap<>();
    for (ReceivedPackage r : packages) {
      if (cityOf(r) != null) {
        latest.merge(cityOf(r), r, (a, b) -> LATER.compare(a, b) >= 0 ? a : b);
      }
    }
    List<ReceivedPackage> kept = new ArrayList<>();
    for (ReceivedPackage r : packages) {
      ReceivedPackage last = cityOf(r) == null ? r : latest.get(cityOf(r));
      if (last == r) {
        kept.add(r);
        continue;
      }
      replaced.add(
          new Replaced(
              r.display(),
              r.info().get("Source-Organization").strip(),
              last.display(),
              last.info().get("Bagging-Date")));
      workspaces.remove(r.workspace());
      r.close();
    }
    packages.clear();
    packages.addAll(kept);
  }

  /** The city and rule set bag-info names, as one key, or null when it names no city. */
  private static String cityOf(ReceivedPackage r) {
    String city = r.info().get("Source-Organization");
    return city == null || city.isBlank()
        ? null
        : city.strip() + "\n" + r.info().getOrDefault("Shenbao-Policy", "").strip();
  }

  /** The later of two packages: by Bagging-Date (ISO, so as text), then by file time. */
  private static final Comparator<ReceivedPackage> LATER =
      Comparator.comparing((ReceivedPackage r) -> r.info().getOrDefault("Bagging-Date", ""))
          .thenComparing(Inputs::fileTime);

  private static FileTime fileTime(ReceivedPackage r) {
    try {
      return Files.getLastModifiedTime(r.path());
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private void add(Path p, String display, Messages m, boolean once)
      throws UsageException, IOException {
    ReceivedPackage r;
    try {
      r = ReceivedPackage.open(p, display, m);
    } catch (BagVerifier.NotAZip e) {
      throw new UsageException("error.verify-not-zip", display);
    }
    String f = r.verified().fingerprint();
    if (once
        && f != null
        && packages.stream().anyMatch(o -> f.equals(o.verified().fingerprint()))) {
      r.close();
      return;
    }
    packages.add(r);
    workspaces.add(r.workspace());
  }

  /** The package a checked workspace is the payload of, or null for a workspace. */
  public ReceivedPackage packageOf(String workspaceDisplay) {
    for (ReceivedPackage r : packages) {
      if (r.workspace().display().equals(workspaceDisplay)) {
        return r;
      }
    }
    return null;
  }

  /** Every workspace to check: the workspaces found and the packages' payloads, in order. */
  public List<WorkspaceRef> workspaces() {
    return List.copyOf(workspaces);
  }

  /** The packages left out for a later package of the same city, in the order given. */
  public List<Replaced> replaced() {
    return List.copyOf(replaced);
  }

  /** The packages opened, in order. */
  public List<ReceivedPackage> packages() {
    return List.copyOf(packages);
  }

  @Override
  public void close() {
    packages.forEach(ReceivedPackage::close);
  }
}
