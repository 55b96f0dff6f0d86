package io.shenbao.rules.check.batch;

import io.shenbao.rules.check.BatchEmitter;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.check.WorkspaceFacts;
import io.shenbao.rules.finding.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One enterprise (credit code) in two cities' rosters: it can be transformed in one pilot only. */
@RuleInfo(
    id = "BATCH-DUPLICATE-ENTERPRISE",
    severity = Severity.WARNING,
    clause = "附件1 六（试点细分行业规上工业中小企业名单）")
public final class BatchDuplicateEnterprise implements Rule {
  @Override
  public void checkBatch(List<WorkspaceFacts> all, BatchEmitter out) {
    Map<String, Object[]> seen = new HashMap<>();
    for (WorkspaceFacts w : all) {
      for (int i = 0; i < w.codes().size(); i++) {
        WorkspaceFacts.CodeAt c = w.codes().get(i);
        Object[] first = seen.putIfAbsent(c.code(), new Object[] {w, c});
        if (first != null && first[0] != w) {
          WorkspaceFacts other = (WorkspaceFacts) first[0];
          WorkspaceFacts.CodeAt at = (WorkspaceFacts.CodeAt) first[1];
          out.at(
              w.workspace(),
              c.file(),
              c.at(),
              "",
              c.code(),
              other.plan().city().name(),
              at.file() + "!" + at.at().shortForm());
        }
      }
    }
  }
}
