package io.shenbao.cli.receive;

import io.shenbao.cli.bundle.BagVerifier;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a command line names to check, workspaces and received packages mixed, in the order given: a
 * package (a bag folder, or a {@code .zip}) is opened and verified, anything else is looked up as
 * workspaces. Closing removes what opening the packages made.
 */
public final class Inputs implements AutoCloseable {
  private final List<ReceivedPackage> packages = new ArrayList<>();
  private final List<WorkspaceRef> workspaces = new ArrayList<>();

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
    Inputs in = new Inputs();
    try {
      for (String a : args) {
        Path p = Path.of(a);
        if (isPackage(p)) {
          ReceivedPackage r;
          try {
            r = ReceivedPackage.open(p, Workspaces.clean(a), m);
          } catch (BagVerifier.NotAZip e) {
            throw new UsageException("error.verify-not-zip", a);
          }
          in.packages.add(r);
          in.workspaces.add(r.workspace());
        } else {
          in.workspaces.addAll(Workspaces.find(List.of(a)));
        }
      }
    } catch (UsageException | IOException | RuntimeException e) {
      in.close();
      throw e;
    }
    return in;
  }

  /** Every workspace to check: the workspaces found and the packages' payloads, in order. */
  public List<WorkspaceRef> workspaces() {
    return List.copyOf(workspaces);
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
