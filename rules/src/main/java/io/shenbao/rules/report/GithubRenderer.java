package io.shenbao.rules.report;

import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…,title=RULE::message}), so
 * findings show as annotations on a pull request; workbook cells are named in the message.
 */
public final class GithubRenderer implements Renderer {
  @Override
  public void render(Report report, Messages m, boolean color, Writer out) throws IOException {
    for (Finding f : report.findings()) {
      if (f.waived() != null) {
        continue;
      }
      String command =
          f.severity() == Severity.ERROR
              ? "error"
              : f.severity() == Severity.WARNING ? "warning" : "notice";
      StringBuilder sb = new StringBuilder("::").append(command).append(' ');
      Location l = f.location();
      if (f.file() != null) {
        sb.append("file=").append(property(f.file())).append(',');
      }
      if (l != null && l.line() != null) {
        sb.append("line=").append(l.line()).append(",col=").append(l.column()).append(',');
      }
      sb.append("title=").append(property(f.rule()));
      String where =
          l != null && l.line() == null && !l.shortForm().isEmpty() ? l.shortForm() + " " : "";
      sb.append("::").append(data(where + f.message(m)));
      out.write(sb.append('\n').toString());
    }
    out.write(data(Renderer.summary(report, m)) + "\n");
  }

  static String data(String s) {
    return Printable.escape(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
