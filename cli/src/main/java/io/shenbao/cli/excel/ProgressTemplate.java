package io.shenbao.cli.excel;

import io.shenbao.rules.layout.ProgressLayout;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * progress.yaml to fill beside an approved plan ({@code init --progress}): every sub-industry of
 * the plan with every target indicator, each commented with its label in the rule set's words and
 * the approved target, the funds and the narrative; the values left empty.
 */
public final class ProgressTemplate {
  /** The column the comments start at. */
  private static final int COMMENT = 37;

  private ProgressTemplate() {}

  /** The template's text. */
  public static String yaml(Plan plan, Policy policy) {
    StringBuilder out = new StringBuilder();
    String city = plan.city() == null || plan.city().name() == null ? "" : plan.city().name();
    out.append("# ").append(city).append("中小企业数字化转型城市试点工作进展情况：对照两部门批复的实施方案（plan.yaml）填写。\n");
    out.append("# 完成数为自批复之日起截至 as_of 的累计数；金额单位为万元。\n");
    line(out, "format: 1", null);
    line(
        out,
        "as_of:",
        "数据截至日期，如 2024-04-30"
            + (plan.approvedOn() == null ? "" : "（不早于批复日期 " + plan.approvedOn() + "）"));
    line(out, "industries:", "实施方案的每个细分行业一项，名称与实施方案一致");
    Map<String, String> labels = ProgressLayout.labels(policy);
    List<Industry> inds = plan.industryList();
    for (Industry ind : inds.isEmpty() ? List.of((Industry) null) : inds) {
      String name = ind == null || ind.subIndustry() == null ? "" : ind.subIndustry();
      line(out, "  - sub_industry: " + name, null);
      line(out, "    achieved:", "没有进展的填 0");
      Map<String, BigDecimal> targets =
          ind == null || ind.targets() == null ? Map.of() : ind.targets().byKey();
      for (Map.Entry<String, String> e : labels.entrySet()) {
        BigDecimal t = targets.get(e.getKey());
        line(
            out,
            "      " + e.getKey() + ":",
            e.getValue()
                + (e.getKey().equals("transform_total") ? "，= 规上 + 规下" : "")
                + (t == null ? "" : "；批复目标 " + CellText.plain(t)));
      }
    }
    BigDecimal total = plan.funding() == null ? null : plan.funding().centralTotal();
    line(out, "funds:", "中央财政资金，万元");
    line(
        out,
        "  received:",
        "已到位；尚未到位的填 0" + (total == null ? "" : "（批复总额 " + CellText.plain(total) + " 万元）"));
    List<String> categories = new ArrayList<>();
    policy.fundingCategories().value().forEach((code, word) -> categories.add(code + " " + word));
    line(out, "  spent: []", "已支出，每项一行，用途类别为：" + String.join(" | ", categories));
    line(out, "  # - {use: 中小企业数字化改造补助, category: transformation, amount: 0}", null);
    line(out, "narrative:", null);
    line(out, "  progress:", "总体进展（多段文字用 | 另起一行缩进书写）");
    line(out, "  problems:", "存在问题");
    line(out, "  next_steps:", "下一步工作");
    return out.toString();
  }

  private static void line(StringBuilder out, String text, String comment) {
    out.append(text);
    if (comment != null) {
      out.append(" ".repeat(Math.max(1, COMMENT - width(text)))).append("# ").append(comment);
    }
    out.append('\n');
  }

  /** Columns a line takes in a fixed-width editor: a CJK character two. */
  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x1100 ? 1 : 2;
    }
    return w;
  }
}
