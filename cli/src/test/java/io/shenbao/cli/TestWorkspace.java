package io.shenbao.cli;

import io.shenbao.cli.bundle.TamperAndRefuseTestAccess;
import java.nio.file.Path;

/** A copy of the rules' base fixture: a small valid workspace with a CSV roster of five rows. */
final class TestWorkspace {
  private TestWorkspace() {}

  /** Copies it to {@code dir}/ws and returns that folder. */
  static Path in(Path dir) throws Exception {
    Path ws = dir.resolve("ws");
    TamperAndRefuseTestAccess.copyTree(Path.of("../rules/src/test/resources/base"), ws);
    return ws;
  }
}
