package io.shenbao.rules.report;

import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. */
public interface Renderer {
  /**
   * Writes the report.
   *
   * @param report what was found
   * @param messages the language to write in
   * @param color whether ANSI colours may be used (only the text format uses them)
   * @param out where to write
   */
  void render(Report report, Messages messages, boolean color, Writer out) throws IOException;

  /** A workspace's city as a person reads it, also when its plan could not be read. */
  static String city(Report.WorkspaceSummary w, Messages messages) {
    return w.city() != null ? w.city() : messages.format("ui.unknown-city");
  }

  /** A submission level in words ({@code level.*} of the bundle), or the code it does not know. */
  static String level(String code, Messages messages) {
    return code == null
        ? ""
        : messages.has("level." + code) ? messages.format("level." + code) : code;
  }

  /** The closing line every format shows: workspaces, errors, warnings and notes counted. */
  static String summary(Report report, Messages messages) {
    return messages.format(
        "ui.summary",
        String.valueOf(report.workspaces().size()),
        String.valueOf(report.count(Severity.ERROR)),
        String.valueOf(report.count(Severity.WARNING)),
        String.valueOf(report.count(Severity.INFO)));
  }
}
