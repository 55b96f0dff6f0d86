package io.shenbao.cli.bundle;

import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * 实施方案主要数据表 as 附件1 lays it out: one table per sub-industry and an overall table that is their sum
 * (computed, never typed). Shared by the PDF and the workbook.
 */
final class DataTable {
  /** One row: a label and its value, or a group heading (基准年数据, 目标数据). */
  record Line(String label, String value, boolean group) {}

  private DataTable() {}

  /** The target figures in 附件1's order, in the rule set's words (its documents' targets). */
  static Map<String, String> targetLabels(Policy p) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String key : Targets.KEYS) {
      m.put(key, p.word(p.docs().targets(), key));
    }
    return m;
  }

  /** The table of one sub-industry. */
  static List<Line> forIndustry(Industry ind, Policy p) {
    return build(
        p,
        List.of(ind),
        ind.keyIndustry() + "—" + ind.subIndustry(),
        ind.goals() == null
            ? ""
            : "复制推广目标："
                + ind.goals().replication()
                + "\n中小企业创新能力提升目标："
                + ind.goals().innovation()
                + "\n典型做法及模式："
                + ind.goals().typicalPractices());
  }

  /** The overall table: every figure summed over the sub-industries. */
  static List<Line> overall(List<Industry> industries, Policy p) {
    List<String> names = new ArrayList<>();
    for (Industry i : industries) {
      names.add(i.keyIndustry() + "—" + i.subIndustry());
    }
    return build(p, industries, String.join("\n", names), "见各分行业数据表。");
  }

  private static List<Line> build(Policy p, List<Industry> inds, String title, String other) {
    Map<String, String> baseline = p.docs().baseline();
    List<Line> out = new ArrayList<>();
    out.add(new Line("试点细分行业", title, false));
    Set<String> districts = new LinkedHashSet<>();
    inds.forEach(i -> districts.addAll(i.districtList()));
    out.add(new Line("拟试点区县（试点行业中小企业主要集聚地）", String.join("、", districts), false));
    out.add(new Line("基准年数据", "", true));
    out.add(
        new Line(
            p.word(baseline, "output_value"), sum(inds, i -> i.baseline().outputValue()), false));
    out.add(
        new Line(
            p.word(baseline, "above_scale_smes"),
            sum(inds, i -> i.baseline().aboveScaleSmes()),
            false));
    out.add(
        new Line(
            p.word(baseline, "little_giants"), sum(inds, i -> i.baseline().littleGiants()), false));
    out.add(
        new Line(
            p.word(baseline, "specialized_smes"),
            sum(inds, i -> i.baseline().specializedSmes()),
            false));
    out.add(new Line("目标数据", "", true));
    for (Map.Entry<String, String> e : targetLabels(p).entrySet()) {
      String value = sum(inds, i -> i.targets().byKey().get(e.getKey()));
      if (e.getKey().equals("above_scale_level2")) {
        value += share(inds);
      }
      out.add(new Line(e.getValue(), value, false));
    }
    out.add(new Line("其他情况（复制推广目标、中小企业创新能力提升目标、“链式”转型目标、典型做法及模式等）", other, false));
    return out;
  }

  /** 占比: level-2 above-scale SMEs over all above-scale SMEs. */
  private static String share(List<Industry> inds) {
    BigDecimal part = BigDecimal.ZERO;
    BigDecimal whole = BigDecimal.ZERO;
    for (Industry i : inds) {
      part = part.add(i.targets().aboveScaleLevel2());
      whole = whole.add(i.baseline().aboveScaleSmes());
    }
    if (whole.signum() == 0) {
      return "";
    }
    return "（占比 "
        + CellText.plain(
            part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP))
        + "%）";
  }

  private static String sum(List<Industry> inds, Function<Industry, BigDecimal> f) {
    BigDecimal s = BigDecimal.ZERO;
    for (Industry i : inds) {
      BigDecimal v = f.apply(i);
      s = s.add(v == null ? BigDecimal.ZERO : v);
    }
    return CellText.plain(s);
  }

  /**
   * The years the 分年度目标 table of a sub-industry shows: the calendar years it gives (2024 …) when it
   * gives them, else the implementation years 1 … {@code years}.
   */
  static List<Integer> yearColumns(Industry ind, int years) {
    TreeSet<Integer> calendar = new TreeSet<>();
    for (Industry.YearTarget t : ind.yearlyList()) {
      if (t != null && t.year() != null && t.year() > years) {
        calendar.add(t.year());
      }
    }
    if (!calendar.isEmpty()) {
      return List.copyOf(calendar);
    }
    List<Integer> out = new ArrayList<>();
    for (int y = 1; y <= years; y++) {
      out.add(y);
    }
    return out;
  }

  /**
   * The header of the 分年度目标 table: 指标, a column per year (第1年 or 2024年, marked 累计 when the plan
   * gives running totals), then the whole period (合计, or 全期目标 for running totals).
   */
  static List<String> yearlyHeader(Industry ind, int years) {
    boolean cumulative = Industry.CUMULATIVE.equals(ind.yearlyModeOrDefault());
    List<String> header = new ArrayList<>();
    header.add("指标");
    for (int y : yearColumns(ind, years)) {
      header.add((y > years ? y + "年" : "第" + y + "年") + (cumulative ? "（累计）" : ""));
    }
    header.add(cumulative ? "全期目标" : "合计");
    return header;
  }

  /** 分年度目标 of one sub-industry: a row per figure, a column per year, then the whole period. */
  static List<List<String>> yearly(Industry ind, int years, Policy p) {
    List<Integer> columns = yearColumns(ind, years);
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, String> e : targetLabels(p).entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(e.getValue());
      for (int y : columns) {
        BigDecimal v = null;
        for (Industry.YearTarget t : ind.yearlyList()) {
          if (t != null && t.year() != null && t.year() == y && t.metrics() != null) {
            v = t.metrics().byKey().get(e.getKey());
          }
        }
        row.add(v == null ? "" : CellText.plain(v));
      }
      Targets whole = ind.targets();
      row.add(CellText.plain(whole.byKey().get(e.getKey())));
      rows.add(row);
    }
    return rows;
  }
}
