package io.shenbao.rules.report;

import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import java.io.IOException;
import java.io.Writer;

/** A summary for a merge-request comment: a table per workspace, then every finding. */
public final class MarkdownRenderer implements Renderer {
  @Override
  public void render(Report report, Messages m, boolean color, Writer out) throws IOException {
    boolean zh = m.lang().equals("zh");
    out.write(zh ? "## 申报材料检查结果\n\n" : "## shenbao check\n\n");
    out.write(
        zh
            ? "| 工作区 | 城市 | 规则集 | 错误 | 警告 | 名单行数 |\n|---|---|---|---:|---:|---:|\n"
            : "| workspace | city | rule set | errors | warnings | roster rows |\n|---|---|---|---:|---:|---:|\n");
    for (Report.WorkspaceSummary w : report.workspaces()) {
      String status = w.errors() > 0 ? "❌ " : w.warnings() > 0 ? "⚠️ " : "✅ ";
      out.write(
          "| "
              + status
              + cell(w.path())
              + " | "
              + cell(String.valueOf(w.city()))
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
      out.write(
          zh
              ? "| 级别 | 规则 | 位置 | 说明 |\n|---|---|---|---|\n"
              : "| severity | rule | where | message |\n|---|---|---|---|\n");
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
    out.write(
        "**"
            + m.format(
                "ui.summary",
                String.valueOf(report.workspaces().size()),
                String.valueOf(report.count(Severity.ERROR)),
                String.valueOf(report.count(Severity.WARNING)),
                String.valueOf(report.count(Severity.INFO)))
            + "**\n");
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
