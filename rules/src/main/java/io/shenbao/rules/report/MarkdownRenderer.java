package io.shenbao.rules.report;

import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Report;
import java.io.IOException;
import java.io.Writer;

/** A summary for a merge-request comment: a table per workspace, then every finding. */
public final class MarkdownRenderer implements Renderer {
  @Override
  public void render(Report report, Messages m, boolean color, Writer out) throws IOException {
    out.write("## " + m.format("ui.report.title") + "\n\n");
    out.write(
        row(m, "workspace", "city", "policy", "errors", "warnings", "rows")
            + "|---|---|---|---:|---:|---:|\n");
    for (Report.WorkspaceSummary w : report.workspaces()) {
      String status = w.errors() > 0 ? "❌ " : w.warnings() > 0 ? "⚠️ " : "✅ ";
      out.write(
          "| "
              + status
              + cell(w.path())
              + " | "
              + cell(Renderer.city(w, m))
              + " | "
              + cell(String.valueOf(w.policy()))
              + " | "
              + w.errors()
              + " | "
              + w.warnings()
              + " | "
              + w.rosterRows()
              + " |\n");
    }
    out.write("\n");
    if (!report.findings().isEmpty()) {
      out.write(row(m, "severity", "rule", "where", "message") + "|---|---|---|---|\n");
      for (Finding f : report.findings()) {
        String where =
            (f.file() == null ? f.workspace() : f.file())
                + (f.location() == null ? "" : ":" + f.location().shortForm());
        out.write(
            "| "
                + m.format(f.waived() == null ? "ui." + f.severity().id() : "ui.waived")
                + " | `"
                + f.rule()
                + "` | "
                + cell(where)
                + " | "
                + cell(f.message(m))
                + " |\n");
      }
      out.write("\n");
    }
    out.write("**" + Renderer.summary(report, m) + "**\n");
  }

  /** A header row from the bundle's {@code ui.col.*} words. */
  private static String row(Messages m, String... keys) {
    StringBuilder sb = new StringBuilder("|");
    for (String k : keys) {
      sb.append(' ').append(m.format("ui.col." + k)).append(" |");
    }
    return sb.append('\n').toString();
  }

  private static String cell(String s) {
    return Printable.escape(s.replace("|", "\\|").replace("\n", " "));
  }
}
