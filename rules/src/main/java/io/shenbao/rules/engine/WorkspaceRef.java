package io.shenbao.rules.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * One city workspace to check.
 *
 * @param dir the workspace folder
 * @param planFile its plan file
 * @param display the folder as the user would name it (relative to the current directory)
 * @param otherPlans further plan files the folder holds besides {@code planFile} (plan.yaml and
 *     plan.xlsx side by side): which one is the plan is then not known, and the check says so
 * @param arrival for the payload of a received package, what checking the package found; null for a
 *     workspace
 */
public record WorkspaceRef(
    Path dir, Path planFile, String display, List<Path> otherPlans, Arrival arrival) {
  public WorkspaceRef {
    otherPlans = List.copyOf(otherPlans);
  }

  /** A workspace folder, perhaps holding more than one plan file. */
  public WorkspaceRef(Path dir, Path planFile, String display, List<Path> otherPlans) {
    this(dir, planFile, display, otherPlans, null);
  }

  /** A workspace whose plan file is known. */
  public WorkspaceRef(Path dir, Path planFile, String display) {
    this(dir, planFile, display, List.of());
  }

  /** A file of the workspace as the user would name it, with forward slashes. */
  public String displayOf(String relative) {
    String joined = Path.of(display).resolve(relative).normalize().toString();
    return joined.replace('\\', '/');
  }
}
