package io.shenbao.rules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 from typed records: every rule the run ran, with its help text and clause; results
 * with a physical location (file, line, column) for YAML and a logical location {@code
 * file!sheet!cell} for workbooks.
 */
public final class SarifRenderer implements Renderer {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  record Run(Tool tool, List<Result> results) {}

  record Tool(Driver driver) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Driver(String name, String version, String informationUri, List<RuleDesc> rules) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RuleDesc(
      String id,
      String name,
      Text shortDescription,
      Text fullDescription,
      Text help,
      Config defaultConfiguration,
      Map<String, Object> properties) {}

  record Text(String text) {}

  record Config(String level) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Result(
      String ruleId,
      int ruleIndex,
      String level,
      Text message,
      List<SarifLocation> locations,
      List<Suppression> suppressions,
      ResultProps properties) {}

  record Suppression(String kind, String justification) {}

  record ResultProps(String workspace, String clause) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SarifLocation(Physical physicalLocation, List<Logical> logicalLocations) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Physical(Artifact artifactLocation, Region region) {}

  record Artifact(String uri) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Region(Integer startLine, Integer startColumn) {}

  record Logical(String fullyQualifiedName, String kind) {}

  @Override
  public void render(Report report, Messages m, boolean color, Writer out) throws IOException {
    List<RuleDesc> rules = new ArrayList<>();
    for (RuleMeta r : report.rules()) {
      String title = m.format(r.id() + ".title");
      String description = m.format(r.id() + ".description");
      rules.add(
          new RuleDesc(
              r.id(),
              r.name(),
              new Text(title),
              new Text(description),
              new Text(description + " (" + r.clause() + ")"),
              new Config(level(r.severity().id())),
              Map.of("clause", r.clause())));
    }
    List<Result> results = new ArrayList<>();
    for (Finding f : report.findings()) {
      int index = indexOf(report.rules(), f.rule());
      results.add(
          new Result(
              f.rule(),
              index,
              level(f.severity().id()),
              new Text(f.message(m)),
              f.file() == null ? null : List.of(location(f)),
              f.waived() == null ? null : List.of(new Suppression("external", f.waived().reason())),
              new ResultProps(String.valueOf(f.workspace()), f.clause())));
    }
    Log log =
        new Log(
            "https://json.schemastore.org/sarif-2.1.0.json",
            "2.1.0",
            List.of(
                new Run(
                    new Tool(
                        new Driver(
                            "shenbao", Version.VERSION, "https://github.com/shenbao", rules)),
                    results)));
    JSON.writer()
        .with(JsonEscapes.INSTANCE)
        .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, log);
    out.write("\n");
  }

  private static SarifLocation location(Finding f) {
    Location l = f.location();
    Artifact file = new Artifact(uri(f.file()));
    if (l != null && l.line() != null) {
      return new SarifLocation(new Physical(file, new Region(l.line(), l.column())), null);
    }
    if (l != null && l.row() != null) {
      String name =
          f.file()
              + (l.sheet() == null ? "" : "!" + l.sheet())
              + "!"
              + (l.cell() != null ? l.cell() : String.valueOf(l.row()));
      return new SarifLocation(new Physical(file, null), List.of(new Logical(name, "element")));
    }
    return new SarifLocation(new Physical(file, null), null);
  }

  /** A relative URI reference: non-ASCII characters (Chinese file names) percent-encoded. */
  static String uri(String path) {
    try {
      return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static int indexOf(List<RuleMeta> rules, String id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static String level(String severity) {
    return switch (severity) {
      case "error" -> "error";
      case "warning" -> "warning";
      default -> "note";
    };
  }
}
