package io.shenbao.rules.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.shenbao.rules.Fixtures;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyLoaderTest {
  @TempDir Path dir;

  @Test
  void theShippedRuleSetBindsAsJacksonBindsIt() throws Exception {
    ObjectMapper jackson =
        new YAMLMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    Policy expected;
    try (var in =
        PolicyLoader.class.getResourceAsStream("/io/shenbao/rules/policy/2024-batch2.yaml")) {
      expected = jackson.readValue(in, Policy.class);
    }
    Policy ours = PolicyLoader.load("2024-batch2");
    assertThat(ours).isEqualTo(expected);
    assertThat(ours.fundingCaps().value()).isNotEmpty();
    assertThat(ours.submissionLevels().value().get("national").requiresRecommendation())
        .isNotNull();
  }

  @Test
  void nationalRuleSetHasTheNoticesNumbers() throws Exception {
    Policy p = PolicyLoader.load("2024-batch2");
    assertThat(p.keyIndustries().value()).hasSize(16).contains("轻工纺织业");
    assertThat(p.keyIndustries().clause()).contains("附件2");
    assertThat(p.quota().value().twoCityProvinces()).hasSize(12);
    assertThat(p.provinceUnits().value()).hasSize(32);
    assertThat(p.provincialCapitals().value()).hasSize(27);
    assertThat(p.level("national").deadlineInstant())
        .isEqualTo(OffsetDateTime.parse("2024-05-31T23:59:59+08:00"));
    assertThat(p.level("national").copies()).isEqualTo(2);
    assertThat(p.level("municipal")).isNull();
    assertThat(p.minTransformedByRegion().value()).isNull();
  }

  /**
   * The first batch's rule set holds the 2023 facts the sources give and leaves the others empty:
   * nothing of 2024's batch facts is inherited unawares.
   */
  @Test
  void firstBatchHoldsItsFactsAndLeavesTheUnknownEmpty() throws Exception {
    Policy p = PolicyLoader.load("2023-batch1");
    assertThat(p.notice()).isEqualTo("财建〔2023〕117号");
    assertThat(p.baseYear().value()).isNull();
    assertThat(p.keyIndustries().value()).isNull();
    assertThat(p.quota().value()).isNull();
    assertThat(p.earlierBatchCities().value()).isEmpty();
    assertThat(p.calendarYears().value()).containsExactly(2023, 2024, 2025);
    assertThat(p.level2Ratios().value().aboveScale()).isEqualByComparingTo("0.9");
    assertThat(p.level2Ratios().value().specialized()).isNull();
    assertThat(p.level2Ratios().value().littleGiants()).isNull();
    assertThat(p.level("national").deadline()).isNull();
    assertThat(p.level("national").copies()).isNull();
    Policy.Level progress = p.level(Policy.PROGRESS_LEVEL);
    assertThat(progress.deadlineInstant())
        .isEqualTo(OffsetDateTime.parse("2024-05-31T23:59:59+08:00"));
    assertThat(progress.copies()).isEqualTo(2);
    assertThat(progress.requiresRecommendation()).isFalse();
    assertThat(progress.clause()).contains("工作进展情况");
    for (String off : List.of("INDUSTRY-KEY", "INDUSTRY-SPREAD", "SECTION-MISSING")) {
      assertThat(p.severityFor(off)).as(off).isEqualTo(Severity.OFF);
    }
    assertThat(PolicyLoader.load("2024-batch2").level(Policy.PROGRESS_LEVEL)).isNull();
  }

  @Test
  void chongqingExtendsTheNationalSet() throws Exception {
    Policy p = PolicyLoader.load("2024-batch2-chongqing");
    assertThat(p.parent()).isEqualTo("2024-batch2");
    assertThat(p.level("municipal").deadlineInstant())
        .isEqualTo(OffsetDateTime.parse("2024-05-16T18:00:00+08:00"));
    assertThat(p.level("municipal").copies()).isEqualTo(5);
    assertThat(p.level("national").copies()).isEqualTo(2);
    assertThat(p.keyIndustries().value()).hasSize(16);
  }

  @Test
  void anOverlayFileChangesWhatItNamesAndKeepsTheRest() throws Exception {
    Path f = dir.resolve("guangdong.yaml");
    Files.writeString(
        f,
        """
        id: 2024-batch2-guangdong
        extends: 2024-batch2
        submission_levels:
          value:
            provincial:
              deadline: "2024-05-20T17:30:00+08:00"
              deadline_text: 5月20日17:30前
              copies: 3
              recipient: 省工业和信息化厅
        severities: {ROSTER-DISTRICT: error, INDUSTRY-SPREAD: off}
        """);
    Policy p = PolicyLoader.load(f.toString());
    assertThat(p.id()).isEqualTo("2024-batch2-guangdong");
    assertThat(p.level("provincial").copies()).isEqualTo(3);
    assertThat(p.level("national").copies()).isEqualTo(2);
    assertThat(p.severityFor("ROSTER-DISTRICT")).isEqualTo(Severity.ERROR);
    assertThat(p.severityFor("INDUSTRY-SPREAD")).isEqualTo(Severity.OFF);
    assertThat(p.severityFor("ROSTER-NAME")).isNull();
  }

  @Test
  void unknownKeysAndCirclesAndBadValuesAreUsageErrors() throws Exception {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "id: x\nextends: 2024-batch2\nkey_industrys: {value: []}\n");
    assertThatThrownBy(() -> PolicyLoader.load(typo.toString()))
        .isInstanceOf(PolicyException.class)
        .hasMessageContaining("key_industrys");
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Files.writeString(a, "id: a\nextends: b.yaml\n");
    Files.writeString(b, "id: b\nextends: a.yaml\n");
    assertThatThrownBy(() -> PolicyLoader.load(a.toString())).hasMessageContaining("circle");
    Path sev = dir.resolve("sev.yaml");
    Files.writeString(sev, "id: s\nextends: 2024-batch2\nseverities: {ROSTER-NAME: loud}\n");
    assertThatThrownBy(() -> PolicyLoader.load(sev.toString())).hasMessageContaining("severity");
    assertThatThrownBy(() -> PolicyLoader.load("2022-batch0"))
        .hasMessageContaining("policy.unknown");
  }

  @Test
  void aLaterBatchIsYamlOnlyItsYearsHeadingsAndLabelsFromItsRuleSet() throws Exception {
    Policy p = PolicyLoader.load(Fixtures.resource("policy/2025-test.yaml").toString());
    assertThat(p.zone()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(p.titlePhrases(List.of("河北省", "唐山市")))
        .containsExactly("2025年", "河北省", "唐山市", "中小企业数字化转型", "试点城市实施方案");
    assertThat(p.word(p.docs().sections(), "funding")).isEqualTo("四、资金安排");
    assertThat(p.word(p.docs().baseline(), "output_value")).isEqualTo("试点行业2024年度工业总产值（亿元）");
    assertThat(p.word(p.docs().baseline(), "above_scale_smes"))
        .isEqualTo("试点行业规上工业中小企业总数（截至2024年年底）（家）");
    assertThat(p.rosterHeaders())
        .containsExactly("企业名称", "统一社会信用代码", "2024年度主营业务收入（万元）", "企业类型", "细分行业", "从业人员", "所在区县");
    Policy shipped = PolicyLoader.load("2024-batch2");
    assertThat(shipped.titlePhrases(List.of("重庆市", "璧山区")))
        .containsExactly("2024年", "重庆市", "璧山区", "中小企业数字化转型", "城市试点实施方案");
    assertThat(shipped.rosterHeaders()).contains("2023年度主营业务收入（万元）");
    assertThat(shipped.contactNameMax().value()).isEqualTo(20);
    assertThat(shipped.metricValueMax().value()).isEqualByComparingTo("1000000");
  }

  @Test
  void aBaseYearLeftEmptyIsTheNoticesBaseYearInTheLabels() throws Exception {
    // 2023-batch1 does not know its base year: its labels say 基准年, never "null"
    Policy first = PolicyLoader.load("2023-batch1");
    assertThat(first.baseYear().value()).isNull();
    assertThat(first.titlePhrases(List.of("吉林省", "长春市"))).startsWith("2023年");
    assertThat(first.word(first.docs().baseline(), "output_value")).isEqualTo("试点行业基准年工业总产值（亿元）");
    assertThat(first.word(first.docs().baseline(), "little_giants"))
        .isEqualTo("试点行业专精特新“小巨人”企业数量（截至基准年年底）（家）");
    assertThat(first.rosterHeaders()).contains("基准年度主营业务收入（万元）");
    assertThat(first.level("progress").label()).isNotBlank();
  }

  @Test
  void aRuleSetsDocumentsAndZoneAreCheckedWhenItLoads() throws Exception {
    Path zone = dir.resolve("zone.yaml");
    Files.writeString(
        zone, "id: z\nextends: 2024-batch2\ntime_zone: {value: Beijing, clause: x}\n");
    assertThatThrownBy(() -> PolicyLoader.load(zone.toString()))
        .hasMessageContaining("policy.time-zone");
    Path blank = dir.resolve("blank.yaml");
    Files.writeString(
        blank,
        "id: b\nextends: 2024-batch2\ndocuments: {value: {sections: {funding: \"\"}}, clause: x}\n");
    assertThatThrownBy(() -> PolicyLoader.load(blank.toString()))
        .hasMessageContaining("policy.lacks")
        .hasMessageContaining("documents.sections.funding");
    Path title = dir.resolve("title.yaml");
    Files.writeString(
        title, "id: t\nextends: 2024-batch2\ndocuments: {value: {plan_title: 实施方案}, clause: x}\n");
    assertThatThrownBy(() -> PolicyLoader.load(title.toString()))
        .hasMessageContaining("documents.plan_title");
    Path header = dir.resolve("header.yaml");
    Files.writeString(
        header,
        "id: h\nextends: 2024-batch2\ndocuments: {value: {roster: {code: 代码}}, clause: x}\n");
    assertThatThrownBy(() -> PolicyLoader.load(header.toString()))
        .hasMessageContaining("policy.roster-header");
    Path lacking = dir.resolve("lacking.yaml");
    Files.writeString(
        lacking,
        "id: l\nbatch_year: {value: 2025, clause: x}\nkey_industries: {value: [a], clause: x}\n");
    assertThatThrownBy(() -> PolicyLoader.load(lacking.toString()))
        .hasMessageContaining("base_year")
        .hasMessageContaining("time_zone")
        .hasMessageContaining("documents");
  }
}
