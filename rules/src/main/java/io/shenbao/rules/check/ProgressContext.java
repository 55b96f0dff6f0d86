package io.shenbao.rules.check;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.read.ModelValidator;
import io.shenbao.rules.read.yaml.LocatedYaml;

/**
 * The progress report of a progress workspace, as the PROGRESS-* rules see it.
 *
 * @param progress the report, or null when its file could not be read (its problems are reported)
 * @param yaml the located tree it was read from, or null
 * @param file the progress file as the user names it
 */
public record ProgressContext(Progress progress, LocatedYaml yaml, String file) {

  /** The location of a key path of the report (or of its nearest ancestor when it is absent). */
  public Location at(String path) {
    return yaml == null ? null : ModelValidator.locate(yaml, path);
  }

  /**
   * A field's name as a message shows it: its label as printed in a workbook, else the bundle's.
   */
  public String label(String path) {
    String printed = yaml == null ? null : yaml.label(path);
    return printed != null ? printed : Messages.label("field." + LocatedYaml.leaf(path));
  }

  /** Emits a finding at a key path of the report. */
  public void emit(Emitter out, String path, String variant, Object... args) {
    out.at(file, at(path), variant, args);
  }
}
