package io.shenbao.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.shenbao.rules.Fixtures;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * The text and JSON reports of a fixed run over several fixtures, compared with golden files
 * (rewrite with -Dshenbao.golden.write=true, then review the diff).
 */
class GoldenReportTest {
  static Report report() throws Exception {
    List<WorkspaceRef> refs = new ArrayList<>();
    refs.add(ref("base", "fixtures/base"));
    for (String id :
        List.of(
            "INPUT-SYNTAX",
            "METRIC-TOTAL",
            "ROSTER-CREDIT-CODE",
            "ROSTER-DUPLICATE",
            "SUBMIT-ATTACHMENT")) {
      refs.add(ref("rules/" + id + "/bad", "fixtures/" + id));
    }
    List<Rule> oneCity = Rules.ALL.stream().filter(r -> !r.id().startsWith("BATCH-")).toList();
    return new Checker(new CheckConfig(refs, null, Fixtures.AS_OF, oneCity)).run();
  }

  private static WorkspaceRef ref(String resource, String display) throws IOException {
    Path dir = resource.equals("base") ? Fixtures.resource(resource) : Fixtures.workspace(resource);
    return new WorkspaceRef(dir, dir.resolve("plan.yaml"), display);
  }

  static String render(String format, String lang, boolean color) throws Exception {
    StringWriter sw = new StringWriter();
    Renderers.of(format).render(report(), Messages.of(lang), color, sw);
    return sw.toString()
        .replace("\"version\": \"" + Version.VERSION + "\"", "\"version\": \"VERSION\"");
  }

  @Test
  void jsonMatchesGolden() throws Exception {
    assertGolden("report.json", render("json", "zh", false));
  }

  @Test
  void chineseTextMatchesGolden() throws Exception {
    assertGolden("report.zh.txt", render("text", "zh", false));
  }

  @Test
  void englishTextMatchesGolden() throws Exception {
    assertGolden("report.en.txt", render("text", "en", false));
  }

  @Test
  void junitMatchesGoldenAndTheSchema() throws Exception {
    String xml = render("junit", "zh", false);
    assertGolden("report.junit.xml", xml);
    Schema schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(Fixtures.resource("schemas/junit-10.xsd").toFile());
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    assertThat(xml)
        .contains("<failure type=\"METRIC-TOTAL\"", "testsuite name=\"fixtures/METRIC-TOTAL\"");
  }

  @Test
  void sarifMatchesGoldenAndTheSchema() throws Exception {
    String sarif =
        render("sarif", "en", false)
            .replace("\"version\" : \"" + Version.VERSION + "\"", "\"version\" : \"VERSION\"");
    assertGolden("report.sarif", sarif);
    var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    var schema =
        factory.getSchema(Files.readString(Fixtures.resource("schemas/sarif-schema-2.1.0.json")));
    var errors = schema.validate(new ObjectMapper().readTree(sarif));
    assertThat(errors).isEmpty();
    assertThat(sarif)
        .contains(
            "\"startLine\" : 23",
            "\"fullyQualifiedName\" : \"fixtures/ROSTER-CREDIT-CODE/名单.csv!B3\"");
  }

  @Test
  void githubMarkdownAndHtmlMatchGolden() throws Exception {
    assertGolden("report.github.txt", render("github", "zh", false));
    assertGolden("report.md", render("markdown", "zh", false));
    String html = render("html", "zh", false);
    assertGolden("report.html", html);
    assertThat(html).contains("<svg", "90%", "class=\"line\"").doesNotContain("<script");
  }

  @Test
  void colourOnlyAddsEscapes() throws Exception {
    String coloured = render("text", "zh", true);
    assertThat(coloured).contains("\u001B[31m");
    assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(render("text", "zh", false));
  }

  @Test
  void jsonFindingsAreSortedAndLocated() throws Exception {
    String json = render("json", "en", false);
    assertThat(json)
        .contains("\"formatVersion\": 1")
        .contains("\"cell\": \"B3\"")
        .contains("\"line\": 23");
  }

  private static void assertGolden(String name, String actual) throws Exception {
    Path src = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("shenbao.golden.write")) {
      Files.createDirectories(src.getParent());
      Files.writeString(src, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .isEqualTo(Files.readString(Fixtures.resource("golden/" + name), StandardCharsets.UTF_8));
  }
}
