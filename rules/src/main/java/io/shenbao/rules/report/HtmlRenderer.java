package io.shenbao.rules.report;

import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Report;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained page (no scripts, no external files): the status of each city, the quota of
 * each province (national-level cities), every finding with its location, and a bar chart of the
 * planned level-2 coverage of each sub-industry against the rule set's required share (90% in
 * 2024). The coverage comes from the report's {@code coverage} entries.
 */
public final class HtmlRenderer implements Renderer {
  @Override
  public void render(Report report, Messages m, boolean color, Writer out) throws IOException {
    boolean zh = m.lang().equals("zh");
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(zh ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<title>")
        .append(esc(m.format("ui.report.title")))
        .append("</title>\n<style>\n")
        .append(
            "body{font-family:\"Noto Sans SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#222}")
        .append(
            "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}")
        .append(
            "th{background:#eee}.error{color:#b00}.warning{color:#a60}.info{color:#06a}.waived{color:#888}")
        .append(
            ".ok{color:#080}.bar{fill:#4a7}.low{fill:#d55}.line{stroke:#b00;stroke-dasharray:4 3}\n</style>\n</head>\n<body>\n");
    h.append("<h1>")
        .append(esc(m.format("ui.report.title")))
        .append("</h1>\n<p>")
        .append(esc(Renderer.summary(report, m)))
        .append(" · ")
        .append(esc(report.policy()))
        .append(" · ")
        .append(esc(report.asOf().toString()))
        .append("</p>\n");

    h.append("<h2>")
        .append(esc(m.format("ui.report.cities")))
        .append("</h2>\n<table><tr><th>")
        .append(headers(m, "workspace", "city", "province", "level", "errors", "warnings", "rows"))
        .append("</th></tr>\n");
    Map<String, int[]> provinces = new TreeMap<>();
    for (Report.WorkspaceSummary w : report.workspaces()) {
      String cls = w.errors() > 0 ? "error" : w.warnings() > 0 ? "warning" : "ok";
      h.append("<tr class=\"")
          .append(cls)
          .append("\"><td>")
          .append(esc(w.path()))
          .append("</td><td>")
          .append(esc(Renderer.city(w, m)))
          .append("</td><td>")
          .append(esc(w.province()))
          .append("</td><td>")
          .append(esc(Renderer.level(w.level(), m)))
          .append("</td><td>")
          .append(w.errors())
          .append("</td><td>")
          .append(w.warnings())
          .append("</td><td>")
          .append(w.rosterRows())
          .append("</td></tr>\n");
      if ("national".equals(w.level()) && w.province() != null) {
        provinces.computeIfAbsent(w.province(), k -> new int[2])[0]++;
      }
    }
    h.append("</table>\n");
    if (!provinces.isEmpty()) {
      h.append("<h2>")
          .append(esc(m.format("ui.report.provinces")))
          .append("</h2>\n<table><tr><th>")
          .append(headers(m, "province", "cities", "over"))
          .append("</th></tr>\n");
      for (Map.Entry<String, int[]> e : provinces.entrySet()) {
        boolean over =
            report.findings().stream()
                .anyMatch(
                    f ->
                        f.rule().equals(Keys.BatchQuota.ID)
                            && f.args().get(0).startsWith(e.getKey().substring(0, 2)));
        h.append("<tr class=\"")
            .append(over ? "error" : "ok")
            .append("\"><td>")
            .append(esc(e.getKey()))
            .append("</td><td>")
            .append(e.getValue()[0])
            .append("</td><td>")
            .append(over ? "✗" : "")
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    chart(h, report, m);
    h.append("<h2>")
        .append(esc(m.format("ui.report.findings")))
        .append("</h2>\n<table><tr><th>")
        .append(headers(m, "severity", "rule", "where", "message", "clause"))
        .append("</th></tr>\n");
    for (Finding f : report.findings()) {
      String sev = f.waived() != null ? "waived" : f.severity().id();
      String where =
          (f.file() == null ? String.valueOf(f.workspace()) : f.file())
              + (f.location() == null ? "" : " " + f.location().shortForm());
      h.append("<tr class=\"")
          .append(sev)
          .append("\"><td>")
          .append(esc(m.format("ui." + sev)))
          .append("</td><td><code>")
          .append(esc(f.rule()))
          .append("</code></td><td>")
          .append(esc(where))
          .append("</td><td>")
          .append(esc(f.message(m)))
          .append(f.waived() == null ? "" : "<br><small>↳ " + esc(f.waived().reason()) + "</small>")
          .append("</td><td><small>")
          .append(esc(f.clause()))
          .append("</small></td></tr>\n");
    }
    h.append("</table>\n</body>\n</html>\n");
    out.write(h.toString());
  }

  /**
   * Planned level-2 share of 规上 SMEs per sub-industry, as bars, with the required share as a line.
   */
  private static void chart(StringBuilder h, Report report, Messages m) {
    List<Report.Coverage> cov = report.coverage();
    if (cov.isEmpty()) {
      return;
    }
    int rowH = 22;
    int width = 520;
    int height = cov.size() * rowH + 30;
    h.append("<h2>")
        .append(esc(m.format("ui.report.coverage", percent(cov.get(0).required()))))
        .append("</h2>\n");
    h.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width + 360)
        .append("\" height=\"")
        .append(height)
        .append("\">\n");
    int y = 5;
    for (Report.Coverage c : cov) {
      double share = c.base() == 0 ? 0 : Math.min(1.2, (double) c.level2() / c.base());
      int w = (int) Math.round(share / 1.2 * width);
      boolean low = share < c.required();
      h.append("<text x=\"0\" y=\"")
          .append(y + 15)
          .append("\" font-size=\"12\">")
          .append(esc(c.label()))
          .append("</text>\n");
      h.append("<rect class=\"")
          .append(low ? "low" : "bar")
          .append("\" x=\"340\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"16\"/>\n");
      h.append("<text x=\"")
          .append(345 + w)
          .append("\" y=\"")
          .append(y + 13)
          .append("\" font-size=\"11\">")
          .append(BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString())
          .append("%</text>\n");
      y += rowH;
    }
    double required = cov.get(0).required();
    int x90 = 340 + (int) Math.round(required / 1.2 * width);
    h.append("<line class=\"line\" x1=\"")
        .append(x90)
        .append("\" y1=\"0\" x2=\"")
        .append(x90)
        .append("\" y2=\"")
        .append(height - 20)
        .append("\"/>\n");
    h.append("<text x=\"")
        .append(x90 - 12)
        .append("\" y=\"")
        .append(height - 5)
        .append("\" font-size=\"11\">")
        .append(percent(required))
        .append("%</text>\n</svg>\n");
  }

  /** Table header cells from the bundle's {@code ui.col.*} words, joined as th elements. */
  private static String headers(Messages m, String... keys) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keys.length; i++) {
      sb.append(i == 0 ? "" : "</th><th>").append(esc(m.format("ui.col." + keys[i])));
    }
    return sb.toString();
  }

  private static String percent(double ratio) {
    return BigDecimal.valueOf(ratio * 100).stripTrailingZeros().toPlainString();
  }

  /** Text as HTML shows it: markup characters escaped, control characters made visible. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    return Printable.escape(s)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
