package io.shenbao.rules.layout;

import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layout of progress.xlsx (a first-batch city's 工作进展情况, {@code init --progress --excel}),
 * shared by the template writer and the reader: a general sheet (as of, funds received, the
 * narrative, the spent items) and one sheet per sub-industry of the approved plan with each target
 * indicator's approved target (shown, locked) beside its achieved value. Rows are found by their
 * labels in column A, as in plan.xlsx.
 */
public final class ProgressLayout {
  /** Its general sheet (进展情况), sub-industry sheets (分行业完成情况) and spent items. */
  public static final Form FORM =
      new Form("进展情况", "工作进展情况基本信息", "分行业完成情况", "资金支出明细", "funds.spent", "目标指标");

  /** The column of the approved target (shown, not read) and of the achieved value. */
  public static final int TARGET_COLUMN = 1;

  public static final int ACHIEVED_COLUMN = 2;

  /** The label of the date row, read as a date. */
  public static final String AS_OF = "数据截至日期";

  /** General sheet: label → key path. */
  public static final Map<String, String> GENERAL = new LinkedHashMap<>();

  /** Sub-industry sheet: label → key path relative to the industry's entry. */
  public static final Map<String, String> INDUSTRY = new LinkedHashMap<>();

  static {
    GENERAL.put("格式版本", "format");
    GENERAL.put(AS_OF, "as_of");
    GENERAL.put("中央财政资金已到位（万元）", "funds.received");
    GENERAL.put("总体进展", "narrative.progress");
    GENERAL.put("存在问题", "narrative.problems");
    GENERAL.put("下一步工作", "narrative.next_steps");

    INDUSTRY.put("细分行业", "sub_industry");
  }

  private ProgressLayout() {}

  /**
   * The achieved rows' labels as compared ({@link PlanLayout#clean}, without the 拟 of a target):
   * the layout's own target labels, those of earlier templates and a rule set's {@code words} →
   * target key.
   */
  public static Map<String, String> targets(PlanLayout.Words words) {
    Map<String, String> out = new HashMap<>();
    Map<String, String> all = new LinkedHashMap<>(PlanLayout.TARGET_ALIASES);
    all.putAll(PlanLayout.TARGETS);
    all.putAll(words.targets());
    all.forEach((label, key) -> out.put(PlanLayout.clean(Policy.achieved(label)), key));
    return out;
  }

  /** The achieved rows' labels as the rule set words them: target key → label, in 附件1's order. */
  public static Map<String, String> labels(Policy p) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : Targets.KEYS) {
      out.put(key, Policy.achieved(p.word(p.docs().targets(), key)));
    }
    return out;
  }
}
