package io.shenbao.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.Fixtures;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.read.PolicyLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * plan.xlsx is written in its rule set's words and read in them: the layout reads the shipped rule
 * sets' words by itself (no second reading for them), and a later batch's words are words it does
 * not know, so the workbook is read again in them.
 */
class PlanWordsTest {
  @Test
  void theLayoutReadsEveryShippedRuleSetsWordsByItself() throws Exception {
    for (String id : PolicyLoader.BUILT_IN) {
      PlanLayout.Words words = PlanWords.of(PolicyLoader.load(id));
      assertThat(words.known()).as(id).isTrue();
      assertThat(words.targets()).as(id).hasSize(15);
      assertThat(words.general()).as(id).hasSize(5);
      assertThat(words.industry()).as(id).hasSize(4);
    }
    assertThat(PlanWords.of(PolicyLoader.load("2024-batch2-chongqing")).levels())
        .containsEntry("区县报市（重庆市）", "municipal")
        .containsEntry("省级报两部门（国家级）", "national");
  }

  @Test
  void aLaterBatchsWordsAreNotTheLayoutsOwn() throws Exception {
    Policy later = PolicyLoader.load(Fixtures.resource("policy/2025-test.yaml").toString());
    PlanLayout.Words words = PlanWords.of(later);
    assertThat(words.known()).isFalse();
    assertThat(words.targets()).containsEntry("拟推动上云用云中小企业数量（家）", "cloud_smes");
    assertThat(words.industry()).containsEntry("试点行业2024年度工业总产值（亿元）", "baseline.output_value");
    assertThat(words.levels()).containsEntry("省级报两部门（测试批次）", "national");
    // each word alone is enough to make the difference
    assertThat(onlyTargets(words).known()).isFalse();
    assertThat(onlyLevels(words).known()).isFalse();
    // a heading the layout reads by its number (一、… 五、) needs no second reading
    assertThat(onlyGeneral(words).known()).isTrue();
  }

  private static PlanLayout.Words onlyTargets(PlanLayout.Words w) {
    return new PlanLayout.Words(Map.of(), Map.of(), w.targets(), Map.of(), Map.of(), Map.of());
  }

  private static PlanLayout.Words onlyLevels(PlanLayout.Words w) {
    return new PlanLayout.Words(Map.of(), Map.of(), Map.of(), Map.of(), w.levels(), Map.of());
  }

  private static PlanLayout.Words onlyGeneral(PlanLayout.Words w) {
    return new PlanLayout.Words(w.general(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
  }
}
