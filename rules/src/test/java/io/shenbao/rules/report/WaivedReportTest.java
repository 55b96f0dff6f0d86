package io.shenbao.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shenbao.rules.engine.Waivers;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding waived by a waiver with a last day (the README's own example has {@code expires:})
 * renders in every format; in JSON as {@code "waived": {reason, approvedBy, expires}} with the date
 * in ISO form. The JSON report failed on the date (exit 3, half a document) before.
 */
class WaivedReportTest {
  @TempDir Path dir;

  private Report waived() throws Exception {
    Path file = dir.resolve(Waivers.FILE);
    Files.writeString(
        file,
        """
        waivers:
          - rule: ROSTER-DUPLICATE
            workspace: fixtures/ROSTER-DUPLICATE
            reason: 同一企业的两个分厂，证明见附件
            approved_by: 区经信委 王五
            expires: 2024-05-16
        """,
        StandardCharsets.UTF_8);
    return Waivers.apply(GoldenReportTest.report(), Waivers.load(file), Waivers.FILE);
  }

  @Test
  void aWaiverWithALastDayRendersInEveryFormat() throws Exception {
    Report report = waived();
    assertThat(report.waived()).isPositive();
    assertThat(Renderers.names()).hasSize(7);
    for (String format : Renderers.names()) {
      StringWriter out = new StringWriter();
      Renderers.of(format).render(report, Messages.of("zh"), false, out);
      assertThat(out.toString()).as(format).isNotBlank();
    }
    // the workspace whose every finding is waived says so on its line, not nothing
    StringWriter text = new StringWriter();
    Renderers.of("text").render(report, Messages.of("zh"), false, text);
    assertThat(text.toString()).contains("fixtures/ROSTER-DUPLICATE  重庆市璧山区  ✔ 没有未豁免的问题（已豁免 2 条）");
    StringWriter json = new StringWriter();
    Renderers.of("json").render(report, Messages.of("en"), false, json);
    JsonNode doc = new ObjectMapper().readTree(json.toString());
    List<JsonNode> waivedFindings = new ArrayList<>();
    doc.get("findings")
        .forEach(
            f -> {
              if (f.has("waived")) {
                waivedFindings.add(f.get("waived"));
              }
            });
    assertThat(waivedFindings).isNotEmpty();
    assertThat(waivedFindings.get(0).get("expires").asText()).isEqualTo("2024-05-16");
    assertThat(waivedFindings.get(0).get("approvedBy").asText()).isEqualTo("区经信委 王五");
    assertThat(waivedFindings.get(0).get("reason").asText()).isEqualTo("同一企业的两个分厂，证明见附件");
    assertThat(doc.get("summary").get("waived").asLong()).isEqualTo(waivedFindings.size());
  }
}
