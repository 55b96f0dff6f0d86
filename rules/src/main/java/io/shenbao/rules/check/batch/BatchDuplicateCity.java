package io.shenbao.rules.check.batch;

import io.shenbao.rules.check.BatchEmitter;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.Places;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The same city may apply only once in a run (福州 and 福建省福州市 are the same city). */
@RuleInfo(
    id = "BATCH-DUPLICATE-CITY",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（择优选定拟申报的试点城市）")
public final class BatchDuplicateCity implements Rule {
  @Override
  public void checkBatch(List<WorkspaceFacts> all, BatchEmitter out) {
    Map<String, WorkspaceFacts> seen = new HashMap<>();
    for (WorkspaceFacts w : all) {
      if (w.plan().city() == null || w.plan().city().name() == null) {
        continue;
      }
      String core = Places.core(w.plan().city().name(), w.policy().provinceUnits().value());
      WorkspaceFacts first = seen.putIfAbsent(core, w);
      if (first != null) {
        out.at(
            w.workspace(), w.planFile(), w.cityAt(), "", w.plan().city().name(), first.workspace());
      }
    }
  }
}
