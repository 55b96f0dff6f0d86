package io.shenbao.rules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report, format version 1 of the contract, built from typed records. */
public final class JsonRenderer implements Renderer {
  /** The report's format version. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Doc(
      int formatVersion,
      Tool tool,
      String policy,
      String asOf,
      Summary summary,
      List<Report.WorkspaceSummary> workspaces,
      List<Item> findings) {}

  record Tool(String name, String version) {}

  record Summary(int workspaces, long errors, long warnings, long infos, long waived) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Item(
      String rule,
      String severity,
      String workspace,
      String file,
      Map<String, Object> location,
      String message,
      String clause,
      Finding.Waiver waived) {}

  @Override
  public void render(Report report, Messages messages, boolean color, Writer out)
      throws IOException {
    List<Item> items = new ArrayList<>();
    for (Finding f : report.findings()) {
      items.add(
          new Item(
              f.rule(),
              f.severity().id(),
              f.workspace(),
              f.file(),
              location(f.location()),
              f.message(messages),
              f.clause(),
              f.waived()));
    }
    Doc doc =
        new Doc(
            FORMAT_VERSION,
            new Tool("shenbao", Version.VERSION),
            report.policy(),
            report.asOf().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            new Summary(
                report.workspaces().size(),
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO),
                report.waived()),
            report.workspaces(),
            items);
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(separators);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pp.indentArraysWith(indenter);
    pp.indentObjectsWith(indenter);
    JSON.writer(pp)
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, doc);
    out.write("\n");
  }

  /** {line, column, path} for YAML, {sheet, cell, row, column} for cells, {page} for PDFs. */
  static Map<String, Object> location(Location l) {
    if (l == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (l.line() != null) {
      m.put("line", l.line());
      m.put("column", l.column());
      if (l.path() != null) {
        m.put("path", l.path());
      }
    } else if (l.row() != null) {
      if (l.sheet() != null && !l.sheet().isEmpty()) {
        m.put("sheet", l.sheet());
      }
      if (l.cell() != null) {
        m.put("cell", l.cell());
      }
      m.put("row", l.row());
      if (l.columnName() != null) {
        m.put("column", l.columnName());
      }
    } else if (l.page() != null) {
      m.put("page", l.page());
    }
    return m.isEmpty() ? null : m;
  }
}
