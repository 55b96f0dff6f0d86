package io.shenbao.rules.check;

import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.policy.Policy;

/**
 * The progress report of a progress workspace, as the PROGRESS-* rules see it.
 *
 * @param progress the report, or null when its file could not be read (its problems are reported)
 * @param locator where its fields stand in the file the user wrote
 * @param file the progress file as the user names it
 */
public record ProgressContext(Progress progress, Locator locator, String file) {
  private static final String ACHIEVED = ".achieved.";

  /** The location of a key path of the report (or of its nearest ancestor when it is absent). */
  public Location at(String path) {
    return locator.at(path);
  }

  /**
   * A field's name as a message shows it: its label as printed in a workbook, else the bundle's; an
   * achieved figure's as done, without the 拟 of the plan's target (建设数字化车间、智能车间数量, not 拟建设…; the
   * bundle's {@code achieved.*}).
   */
  public String label(String path) {
    int at = path.indexOf(ACHIEVED);
    if (at < 0) {
      return PlanContext.label(locator, path);
    }
    String printed = locator.printedLabel(path);
    return printed != null
        ? Policy.achieved(printed)
        : Messages.label("achieved." + path.substring(at + ACHIEVED.length()));
  }

  /** Emits a finding at a key path of the report. */
  public void emit(Emitter out, String path, String variant, Object... args) {
    out.at(file, at(path), variant, args);
  }
}
