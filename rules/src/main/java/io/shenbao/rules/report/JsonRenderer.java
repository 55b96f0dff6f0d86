package io.shenbao.rules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report, format version 1 of the contract, built from typed records. */
public final class JsonRenderer implements Renderer {
  /** The report's format version. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

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
      Waived waived,
      List<String> codes) {}

  /** A waiver as the report gives it: its expiry an ISO date (2024-05-16), or none. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Waived(String reason, String approvedBy, String expires) {
    static Waived of(Finding.Waiver w) {
      return w == null
          ? null
          : new Waived(
              w.reason(), w.approvedBy(), w.expires() == null ? null : w.expires().toString());
    }
  }

  /**
   * Writes the document as it goes: each workspace and finding is serialised on its own, so the
   * report's size costs no memory beyond the findings themselves.
   */
  @Override
  public void render(Report report, Messages messages, boolean color, Writer out)
      throws IOException {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(separators);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    pp.indentArraysWith(indenter);
    pp.indentObjectsWith(indenter);
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setCharacterEscapes(JsonEscapes.INSTANCE);
      g.setPrettyPrinter(pp.createInstance());
      ObjectMapper writer = JSON;
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      g.writeFieldName("tool");
      writer.writeValue(g, new Tool("shenbao", Version.VERSION));
      g.writeStringField("policy", report.policy());
      g.writeStringField("asOf", report.asOf().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      g.writeFieldName("summary");
      writer.writeValue(
          g,
          new Summary(
              report.workspaces().size(),
              report.count(Severity.ERROR),
              report.count(Severity.WARNING),
              report.count(Severity.INFO),
              report.waived()));
      g.writeArrayFieldStart("workspaces");
      for (Report.WorkspaceSummary w : report.workspaces()) {
        writer.writeValue(g, w);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      for (Finding f : report.findings()) {
        writer.writeValue(
            g,
            new Item(
                f.rule(),
                f.severity().id(),
                f.workspace(),
                f.file(),
                location(f.location()),
                f.message(messages),
                f.clause(),
                Waived.of(f.waived()),
                f.codes().isEmpty() ? null : f.codes()));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
  }

  /**
   * {line, column, path} for YAML, {sheet, cell, row, column} for cells (with the plan field's key
   * path for a plan workbook's), {page} for PDFs.
   */
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
      if (l.path() != null) {
        m.put("path", l.path()); // the plan field a workbook cell holds, for machines
      }
    } else if (l.page() != null) {
      m.put("page", l.page());
    }
    return m.isEmpty() ? null : m;
  }
}
