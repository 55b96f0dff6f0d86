package io.shenbao.rules.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.Fixtures;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.finding.Report;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan.yaml: positions on every value, and hostile or broken YAML becoming problems. */
class PlanReaderTest {
  @TempDir Path dir;

  private PlanBinder.Result read(String yaml) throws Exception {
    Path f = dir.resolve("plan.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return PlanReader.read(f, "plan.yaml");
  }

  private static List<String> keys(PlanBinder.Result r) {
    return r.problems().stream().map(Problem::key).toList();
  }

  @Test
  void theBasePlanBindsWithPositions() throws Exception {
    PlanBinder.Result r =
        PlanReader.read(Fixtures.resource("base").resolve("plan.yaml"), "plan.yaml");
    assertThat(r.problems()).isEmpty();
    assertThat(r.plan().industries().get(0).targets().transformTotal()).isEqualByComparingTo("8");
    assertThat(r.plan().industries().get(0).yearly().get(1).metrics().transformTotal())
        .isEqualByComparingTo("3");
    var node = r.yaml().at("industries[0].targets.transform_total");
    assertThat(node.line()).isEqualTo(23);
    assertThat(node.column()).isEqualTo(24);
  }

  @Test
  void billionLaughsIsRefused() throws Exception {
    StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'k'; c++) {
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      sb.append("]\n");
      prev = c;
    }
    assertThat(keys(read(sb.toString()))).containsExactly("INPUT-SYNTAX.yaml");
  }

  @Test
  void deepNestingIsRefused() throws Exception {
    String yaml = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThat(keys(read(yaml))).containsExactly("INPUT-SYNTAX.yaml");
  }

  @Test
  void duplicateKeysAreAnError() throws Exception {
    PlanBinder.Result r = read("format: 1\nformat: 1\n");
    assertThat(keys(r)).containsExactly("INPUT-SYNTAX.yaml");
    assertThat(r.problems().get(0).location().line()).isEqualTo(2);
  }

  @Test
  void gbkEncodedPlanIsReportedNotMisread() throws Exception {
    Path f = dir.resolve("plan.yaml");
    Files.write(f, "city: {name: 重庆市璧山区}\n".getBytes(Charset.forName("GBK")));
    assertThat(keys(PlanReader.read(f, "plan.yaml"))).containsExactly("INPUT-SYNTAX.encoding");
  }

  @Test
  void hugePlanIsRefused() throws Exception {
    Path f = dir.resolve("plan.yaml");
    Files.write(f, new byte[(int) PlanReader.MAX_BYTES + 1]);
    assertThat(keys(PlanReader.read(f, "plan.yaml"))).containsExactly("INPUT-UNREADABLE.too-large");
  }

  @Test
  void aListAtTheTopIsNotAPlan() throws Exception {
    assertThat(keys(read("- 1\n- 2\n"))).containsExactly("INPUT-SYNTAX.not-mapping");
  }

  @Test
  void unknownKeysSuggestTheNearestAndWrongTypesStayAtTheirPlace() throws Exception {
    PlanBinder.Result r = read("format: 1\ncity: {nmae: 重庆市璧山区, province: 重庆市, type: [a]}\n");
    assertThat(r.problems())
        .filteredOn(p -> p.key().equals("INPUT-UNKNOWN-FIELD.suggest"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.args()).containsExactly("city.nmae", "name");
              assertThat(p.location().line()).isEqualTo(2);
              assertThat(p.location().column()).isEqualTo(8);
            });
    assertThat(keys(r)).contains("INPUT-TYPE.text");
  }

  @Test
  void fullWidthAndQuotedNumbersReadAsNumbers() throws Exception {
    PlanBinder.Result r = read("funding: {central_total: \"１０,０００\", items: []}\n");
    assertThat(r.plan().funding().centralTotal()).isEqualByComparingTo("10000");
  }

  @Test
  void anEmptyListItemIsReportedNotACrash() throws Exception {
    // Found by ReaderFuzzTest: "industries: [~, …]" gave a null industry to the rules.
    Path ws = dir.resolve("ws-empty");
    Files.createDirectories(ws);
    Path base = Fixtures.resource("base");
    String plan =
        Files.readString(base.resolve("plan.yaml")).replace("industries:\n", "industries:\n  -\n");
    Files.writeString(ws.resolve("plan.yaml"), plan);
    Files.copy(base.resolve("名单.csv"), ws.resolve("名单.csv"));
    Files.copy(base.resolve("证明材料.pdf"), ws.resolve("证明材料.pdf"));
    Report report = Fixtures.check(ws);
    assertThat(Fixtures.lines(report.findings())).contains("plan.yaml:12:4 INPUT-TYPE.empty-item");
  }

  @Test
  void aPathThroughASymlinkOutOfTheWorkspaceIsRefused() throws Exception {
    Path ws = dir.resolve("ws");
    Files.createDirectories(ws);
    Path base = Fixtures.resource("base");
    for (String f : List.of("plan.yaml", "名单.csv")) {
      Files.copy(base.resolve(f), ws.resolve(f));
    }
    Path outside = dir.resolve("outside.pdf");
    Files.copy(base.resolve("证明材料.pdf"), outside);
    Files.createSymbolicLink(ws.resolve("证明材料.pdf"), outside);
    Report report = Fixtures.check(ws);
    assertThat(Fixtures.lines(report.findings())).containsExactly("plan.yaml:55:15 INPUT-PATH");
  }

  @Test
  void aPlanThatCannotBeReadIsAFindingNotACrash() throws Exception {
    // an I/O error no fixture can hold: here the plan's path is a folder
    Path folder = Files.createDirectories(dir.resolve("io").resolve("plan.yaml"));
    PlanBinder.Result r = PlanReader.read(folder, "plan.yaml");
    assertThat(r.plan()).isNull();
    assertThat(r.problems()).extracting(Problem::key).containsExactly(Keys.InputUnreadable.IO);
  }
}
