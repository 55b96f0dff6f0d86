package io.shenbao.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shenbao.rules.Fixtures;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JUnit and SARIF reports list the rules the run ran (as its Report carries them), not every
 * rule of the registry: a rule left out of a run is neither a passed test case nor a SARIF rule,
 * and each SARIF result points at its own rule.
 */
class RulesRanTest {
  static final List<String> RAN = List.of("METRIC-TOTAL", "ROSTER-CREDIT-CODE", "SUBMIT-DEADLINE");

  static Report report() throws Exception {
    Path dir = Fixtures.workspace("rules/METRIC-TOTAL/bad");
    List<Rule> rules = new ArrayList<>();
    RAN.forEach(id -> rules.add(Rules.byId(id).orElseThrow()));
    return new Checker(
            new CheckConfig(
                List.of(new WorkspaceRef(dir, dir.resolve("plan.yaml"), "ws")),
                null,
                Fixtures.AS_OF,
                rules))
        .run();
  }

  static String render(String format, Report report) throws Exception {
    StringWriter sw = new StringWriter();
    Renderers.of(format).render(report, Messages.of("en"), false, sw);
    return sw.toString();
  }

  @Test
  void junitHasOneTestCasePerRuleThatRan() throws Exception {
    Report report = report();
    assertThat(report.findings()).isNotEmpty();
    String xml = render("junit", report);
    List<String> cases = new ArrayList<>();
    Matcher m = Pattern.compile("<testcase name=\"([A-Z0-9-]+) ").matcher(xml);
    while (m.find()) {
      cases.add(m.group(1));
    }
    assertThat(cases).containsExactlyElementsOf(RAN);
    assertThat(xml).contains("tests=\"3\"");
  }

  @Test
  void sarifListsTheRulesThatRanAndEachResultPointsAtItsRule() throws Exception {
    JsonNode run = new ObjectMapper().readTree(render("sarif", report())).get("runs").get(0);
    List<String> ids = new ArrayList<>();
    run.get("tool").get("driver").get("rules").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).containsExactlyElementsOf(RAN);
    assertThat(run.get("results")).isNotEmpty();
    for (JsonNode result : run.get("results")) {
      assertThat(ids.get(result.get("ruleIndex").asInt())).isEqualTo(result.get("ruleId").asText());
    }
  }
}
