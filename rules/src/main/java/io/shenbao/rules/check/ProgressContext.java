package io.shenbao.rules.check;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.model.Progress;

/**
 * The progress report of a progress workspace, as the PROGRESS-* rules see it.
 *
 * @param progress the report, or null when its file could not be read (its problems are reported)
 * @param locator where its fields stand in the file the user wrote
 * @param file the progress file as the user names it
 */
public record ProgressContext(Progress progress, Locator locator, String file) {

  /** The location of a key path of the report (or of its nearest ancestor when it is absent). */
  public Location at(String path) {
    return locator.at(path);
  }

  /**
   * A field's name as a message shows it: its label as printed in a workbook, else the bundle's.
   */
  public String label(String path) {
    return PlanContext.label(locator, path);
  }

  /** Emits a finding at a key path of the report. */
  public void emit(Emitter out, String path, String variant, Object... args) {
    out.at(file, at(path), variant, args);
  }
}
