package io.shenbao.rules.check.batch;

import io.shenbao.rules.check.BatchEmitter;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.facts.Figures;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A province may recommend at most 2 cities (the 12 provinces with over 15,000 规上工业中小企业) or 1 (the
 * others) at national level; 兵团 applies on its own. Every national-level city of a province over
 * its quota is reported.
 */
@RuleInfo(
    id = "BATCH-QUOTA",
    severity = Severity.ERROR,
    clause = "财办建〔2024〕23号 五（最多推荐2个城市……其他省（区、市）最多推荐1个城市）")
public final class BatchQuota implements Rule {
  @Override
  public void checkBatch(List<WorkspaceFacts> all, BatchEmitter out) {
    Map<String, List<WorkspaceFacts>> byProvince = new LinkedHashMap<>();
    for (WorkspaceFacts w : all) {
      if (!"national".equals(w.level()) || w.plan().city() == null) {
        continue;
      }
      String p = Figures.province(w.plan(), w.policy());
      if (p != null) {
        byProvince.computeIfAbsent(p, k -> new ArrayList<>()).add(w);
      }
    }
    for (Map.Entry<String, List<WorkspaceFacts>> e : byProvince.entrySet()) {
      List<WorkspaceFacts> cities = e.getValue();
      Integer quota = Figures.quota(e.getKey(), cities.get(0).policy());
      if (quota == null) {
        continue; // the rule set does not know this batch's quota
      }
      if (cities.size() <= quota) {
        continue;
      }
      List<String> names = new ArrayList<>();
      cities.forEach(c -> names.add(c.plan().city().name()));
      for (WorkspaceFacts c : cities) {
        out.at(
            c.workspace(),
            c.planFile(),
            c.provinceAt(),
            "",
            e.getKey(),
            cities.size(),
            quota,
            String.join("、", names));
      }
    }
  }
}
