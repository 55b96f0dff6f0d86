package io.shenbao.rules.report;

import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A person's report: one block per workspace, findings grouped by file and sorted, each with its
 * location, severity, rule and message (and the key path for YAML), then a summary line.
 */
public final class TextRenderer implements Renderer {
  private static final String RED = "\u001B[31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String CYAN = "\u001B[36m";
  private static final String GREEN = "\u001B[32m";
  private static final String DIM = "\u001B[2m";
  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  @Override
  public void render(Report report, Messages m, boolean color, Writer out) throws IOException {
    Paint p = new Paint(color);
    Map<String, List<Finding>> byWorkspace = new LinkedHashMap<>();
    for (Report.WorkspaceSummary s : report.workspaces()) {
      byWorkspace.put(s.path(), new ArrayList<>());
    }
    for (Finding f : report.findings()) {
      byWorkspace.computeIfAbsent(f.workspace(), k -> new ArrayList<>()).add(f);
    }
    for (Report.WorkspaceSummary s : report.workspaces()) {
      List<Finding> fs = byWorkspace.get(s.path());
      String city = s.city() == null ? m.format("ui.unknown-city") : Printable.escape(s.city());
      String status;
      if (fs.isEmpty()) {
        status = p.paint(GREEN, "✔ " + m.format("ui.clean"));
      } else if (s.errors() + s.warnings() + s.infos() == 0) {
        // every finding waived (or in the baseline): listed below, none left to count
        status = p.paint(GREEN, "✔ " + m.format("ui.clean-waived", String.valueOf(fs.size())));
      } else {
        status = counts(m, p, s.errors(), s.warnings(), s.infos());
      }
      out.write(p.paint(BOLD, Printable.escape(s.path())) + "  " + city + "  " + status + "\n");
      findings(out, m, p, fs);
      out.write("\n");
    }
    List<Finding> run = byWorkspace.get(null);
    if (run != null && !run.isEmpty()) {
      out.write(p.paint(BOLD, "(" + m.format("ui.run") + ")") + "\n");
      findings(out, m, p, run);
      out.write("\n");
    }
    String summary = Renderer.summary(report, m);
    String colour =
        report.count(Severity.ERROR) > 0
            ? RED
            : report.count(Severity.WARNING) > 0 ? YELLOW : GREEN;
    out.write(p.paint(colour, summary) + "\n");
  }

  private static void findings(Writer out, Messages m, Paint p, List<Finding> fs)
      throws IOException {
    String file = null;
    boolean first = true;
    for (Finding f : fs) {
      if (first || !Objects.equals(file, f.file())) {
        file = f.file();
        out.write(
            "  "
                + p.paint(
                    BOLD,
                    file == null ? "(" + m.format("ui.workspace") + ")" : Printable.escape(file))
                + "\n");
        first = false;
      }
      String where = f.location() == null ? "" : Printable.escape(f.location().shortForm());
      out.write(
          "    "
              + pad(where, 10)
              + (f.waived() == null
                  ? severity(m, p, f.severity())
                  : p.paint(DIM, m.format("ui.waived")))
              + "  "
              + p.paint(DIM, f.rule())
              + "  "
              + f.message(m)
              + "\n");
      if (f.waived() != null) {
        String who = f.waived().approvedBy() == null ? "" : "（" + f.waived().approvedBy() + "）";
        out.write(
            "    "
                + pad("", 10)
                + p.paint(DIM, Printable.escape("↳ " + f.waived().reason() + who))
                + "\n");
      }
      if (f.location() != null
          && f.location().line() != null
          && f.location().path() != null
          && !f.location().path().isEmpty()) {
        out.write(
            "    " + pad("", 10) + p.paint(DIM, Printable.escape(f.location().path())) + "\n");
      }
    }
  }

  private static String counts(Messages m, Paint p, long e, long w, long i) {
    List<String> parts = new ArrayList<>();
    if (e > 0) {
      parts.add(p.paint(RED, e + " " + m.format("ui.errors")));
    }
    if (w > 0) {
      parts.add(p.paint(YELLOW, w + " " + m.format("ui.warnings")));
    }
    if (i > 0) {
      parts.add(p.paint(CYAN, i + " " + m.format("ui.infos")));
    }
    return String.join(" ", parts);
  }

  private static String severity(Messages m, Paint p, Severity s) {
    String word = m.format("ui." + s.id());
    return switch (s) {
      case ERROR -> p.paint(RED, word);
      case WARNING -> p.paint(YELLOW, word);
      default -> p.paint(CYAN, word);
    };
  }

  /** Pads to a display width (at least one space), counting CJK characters as two columns. */
  public static String pad(String s, int width) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) >= 0x1100 ? 2 : 1;
    }
    StringBuilder sb = new StringBuilder(s);
    do {
      sb.append(' ');
    } while (++w < width);
    return sb.toString();
  }

  private record Paint(boolean on) {
    String paint(String code, String text) {
      return on ? code + text + RESET : text;
    }
  }
}
