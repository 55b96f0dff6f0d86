package io.shenbao.cli.receive;

import io.shenbao.cli.bundle.BagVerifier;
import io.shenbao.cli.bundle.BundleTarget;
import io.shenbao.rules.engine.Arrival;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A received package (a bag folder or its zip) opened to be checked from its own contents: verified
 * against its manifests first, its damage turned into {@code BUNDLE-DAMAGED} findings, and its
 * payload offered to the checker as a workspace ({@code data/plan.yaml} and the files it names),
 * with the rule set its bag-info names. A folder's payload is read where it is, never written to; a
 * zip is never extracted into the user's folders: its payload is copied, in the verifying pass,
 * into a private temporary folder that {@link #close} removes (and the JVM's shutdown, if
 * interrupted).
 */
public final class ReceivedPackage implements AutoCloseable {
  /** Where the payload's plan stands in a package. */
  public static final String PLAN = "data/plan.yaml";

  private final Path path;
  private final String display;
  private final BagVerifier.Result verified;
  private final WorkspaceRef workspace;
  private final Path temp;
  private final Thread cleanup;

  private ReceivedPackage(
      Path path,
      String display,
      BagVerifier.Result verified,
      Path root,
      Path temp,
      Thread cleanup,
      Messages m) {
    this.path = path;
    this.display = display;
    this.verified = verified;
    this.temp = temp;
    this.cleanup = cleanup;
    Path payload = root.resolve("data");
    Path plan = root.resolve(PLAN);
    List<Problem> problems = new ArrayList<>(Damage.findings(verified, display, m));
    boolean readable =
        Files.isDirectory(payload, LinkOption.NOFOLLOW_LINKS)
            && Files.isRegularFile(plan, LinkOption.NOFOLLOW_LINKS);
    if (!readable && !Damage.concerns(verified, PLAN) && !Damage.concerns(verified, "data")) {
      problems.add(new Problem(Keys.InputUnreadable.PACKAGE_PLAN, display, null, List.of()));
    }
    this.workspace =
        new WorkspaceRef(
            payload.toAbsolutePath(),
            plan.toAbsolutePath(),
            display + "/data",
            List.of(),
            new Arrival(verified.info().get("Shenbao-Policy"), problems, readable));
  }

  /**
   * Opens the package at {@code path}, named {@code display} in findings; the verifier's problems
   * are said in the language of {@code m}.
   *
   * @throws BagVerifier.NotAZip when {@code path} is a file that is not a zip at all
   */
  public static ReceivedPackage open(Path path, String display, Messages m) throws IOException {
    if (Files.isDirectory(path)) {
      return new ReceivedPackage(path, display, BagVerifier.verify(path), path, null, null, m);
    }
    Path temp = Files.createTempDirectory("shenbao-package-").toAbsolutePath().normalize();
    Thread hook = new Thread(() -> quietlyDelete(temp), "shenbao-package-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      BagVerifier.Result r = BagVerifier.verify(path, temp);
      return new ReceivedPackage(path, display, r, temp, temp, hook, m);
    } catch (IOException | RuntimeException | Error e) {
      quietlyDelete(temp);
      Runtime.getRuntime().removeShutdownHook(hook);
      throw e;
    }
  }

  /** The package as given. */
  public Path path() {
    return path;
  }

  /** The package as the user named it. */
  public String display() {
    return display;
  }

  /** What verifying it found. */
  public BagVerifier.Result verified() {
    return verified;
  }

  /** Its bag-info.txt's fields. */
  public Map<String, String> info() {
    return verified.info();
  }

  /** Its payload as a workspace to check. */
  public WorkspaceRef workspace() {
    return workspace;
  }

  /** Removes the temporary copy of a zip's payload. */
  @Override
  public void close() {
    if (temp != null) {
      quietlyDelete(temp);
      try {
        Runtime.getRuntime().removeShutdownHook(cleanup);
      } catch (IllegalStateException e) {
        // the JVM is shutting down: the hook removes the folder
      }
    }
  }

  private static void quietlyDelete(Path dir) {
    try {
      BundleTarget.deleteTree(dir);
    } catch (IOException e) {
      // a temporary folder the system cleans up in its own time
    }
  }
}
