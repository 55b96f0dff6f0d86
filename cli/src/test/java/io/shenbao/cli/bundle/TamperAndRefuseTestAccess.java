package io.shenbao.cli.bundle;

import java.nio.file.Path;

/** Lets tests in other packages copy a workspace. */
public final class TamperAndRefuseTestAccess {
  private TamperAndRefuseTestAccess() {}

  public static void copyTree(Path from, Path to) throws Exception {
    BundleRuns.copyTree(from, to);
  }
}
