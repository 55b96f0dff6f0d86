package io.shenbao.rules.report;

import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.RuleMeta;
import io.shenbao.rules.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: one testsuite per workspace, one testcase per rule the run ran. A
 * rule with errors fails (one line per finding in the failure); warnings and infos go to
 * system-out.
 */
public final class JunitRenderer implements Renderer {
  @Override
  public void render(Report report, Messages m, boolean color, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "shenbao");
      x.writeAttribute("tests", String.valueOf(report.workspaces().size() * report.rules().size()));
      x.writeAttribute("failures", String.valueOf(failedCases(report)));
      x.writeAttribute("errors", "0");
      for (Report.WorkspaceSummary w : report.workspaces()) {
        List<Finding> mine =
            report.findings().stream().filter(f -> w.path().equals(f.workspace())).toList();
        int failures = 0;
        for (RuleMeta r : report.rules()) {
          if (mine.stream()
              .anyMatch(f -> f.rule().equals(r.id()) && f.severity() == Severity.ERROR)) {
            failures++;
          }
        }
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", Printable.escape(w.path()));
        x.writeAttribute("tests", String.valueOf(report.rules().size()));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", "0");
        x.writeAttribute("skipped", "0");
        for (RuleMeta r : report.rules()) {
          List<Finding> of = mine.stream().filter(f -> f.rule().equals(r.id())).toList();
          x.writeCharacters("\n    ");
          x.writeStartElement("testcase");
          x.writeAttribute("name", r.id() + " " + m.format(r.id() + ".title"));
          x.writeAttribute("classname", Printable.escape(w.path()));
          List<String> errors = new ArrayList<>();
          List<String> others = new ArrayList<>();
          for (Finding f : of) {
            (f.severity() == Severity.ERROR && f.waived() == null ? errors : others)
                .add(line(f, m));
          }
          if (!errors.isEmpty()) {
            x.writeStartElement("failure");
            x.writeAttribute("type", r.id());
            x.writeAttribute("message", errors.get(0));
            x.writeCharacters(String.join("\n", errors));
            x.writeEndElement();
          }
          if (!others.isEmpty()) {
            x.writeStartElement("system-out");
            x.writeCharacters(String.join("\n", others));
            x.writeEndElement();
          }
          x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static long failedCases(Report report) {
    return report.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR && f.waived() == null)
        .map(f -> f.workspace() + "\u0000" + f.rule())
        .distinct()
        .count();
  }

  static String line(Finding f, Messages m) {
    String where =
        f.file() == null
            ? ""
            : Printable.escape(
                f.file() + (f.location() == null ? "" : ":" + f.location().shortForm()));
    String word = f.waived() == null ? m.format("ui." + f.severity().id()) : m.format("ui.waived");
    return where + " " + word + " " + f.message(m);
  }
}
