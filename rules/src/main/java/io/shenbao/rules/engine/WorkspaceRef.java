package io.shenbao.rules.engine;

import java.nio.file.Path;

/**
 * One city workspace to check.
 *
 * @param dir the workspace folder
 * @param planFile its plan file
 * @param display the folder as the user would name it (relative to the current directory)
 */
public record WorkspaceRef(Path dir, Path planFile, String display) {

  /** A file of the workspace as the user would name it, with forward slashes. */
  public String displayOf(String relative) {
    String joined = Path.of(display).resolve(relative).normalize().toString();
    return joined.replace('\\', '/');
  }
}
