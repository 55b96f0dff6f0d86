package io.shenbao.cli.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.engine.PlanFile;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.PolicyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data table in 附件1's words, and its yearly columns as the plan writes its years. */
class DataTableTest {
  @TempDir Path dir;

  private static final Policy NATIONAL = load();

  private static Policy load() {
    try {
      return PolicyLoader.load(PolicyLoader.DEFAULT);
    } catch (PolicyException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theRowsUseTheWordsOfAttachmentOnesTable() {
    Map<String, String> labels = DataTable.targetLabels(NATIONAL);
    assertThat(labels.get("digital_workshops")).isEqualTo("拟建设数字化车间、智能车间数量（个）");
    assertThat(labels.values()).noneMatch(l -> l.contains("智能工厂"));
  }

  @Test
  void yearlyColumnsFollowThePlansYearsAndMode() throws Exception {
    Industry byImplementationYear = industry(Path.of("../examples/bishan/plan.yaml"), s -> s);
    assertThat(DataTable.yearlyHeader(byImplementationYear, 2))
        .containsExactly("指标", "第1年", "第2年", "合计");
    Industry byCalendarYear =
        industry(
            Path.of("../examples/bishan/plan.yaml"),
            s ->
                s.replace("{year: 1,", "{year: 2025,")
                    .replace("{year: 2,", "{year: 2026,")
                    .replace(
                        "    goals:\n      replication: 遴选",
                        "    yearly_mode: cumulative\n    goals:\n      replication: 遴选"));
    assertThat(DataTable.yearlyHeader(byCalendarYear, 2))
        .containsExactly("指标", "2025年（累计）", "2026年（累计）", "全期目标");
    List<List<String>> rows = DataTable.yearly(byCalendarYear, 2, NATIONAL);
    assertThat(rows.get(0)).containsExactly("拟改造规上工业中小企业数量（家）", "90", "80", "170");
  }

  private Industry industry(Path plan, UnaryOperator<String> edit) throws Exception {
    Path copy = Files.createTempFile(dir, "plan-", ".yaml");
    Files.writeString(copy, edit.apply(Files.readString(plan)));
    Plan p = PlanFile.read(copy, "plan.yaml").plan();
    return p.industryList().get(0);
  }
}
