package io.shenbao.cli.excel;

import static io.shenbao.rules.layout.PlanLayout.GENERAL;
import static io.shenbao.rules.layout.PlanLayout.GOALS;
import static io.shenbao.rules.layout.PlanLayout.INDUSTRY;
import static io.shenbao.rules.layout.PlanLayout.TARGETS;

import io.shenbao.rules.engine.RuleSets;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.layout.Form;
import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.text.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * plan.xlsx, laid out like 附件1: a 基本信息 sheet (city, contact, submission, funding, sections), an
 * overall data table computed by formulas, one sheet per sub-industry (baseline, whole-period and
 * yearly targets side by side, goals), and a hidden list sheet feeding the dropdowns. Labels and
 * headers are locked; inputs carry prompts quoting the notice and number constraints.
 */
public final class PlanWorkbook {
  private PlanWorkbook() {}

  /** Writes the workbook for a plan (a blank template when {@code plan} has no values). */
  public static void write(Plan plan, Policy policy, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheets st = new Sheets(wb);
      XSSFSheet general = wb.createSheet(PlanLayout.FORM.generalSheet());
      XSSFSheet overall = wb.createSheet(PlanLayout.OVERALL_SHEET);
      List<Industry> inds =
          plan.industryList().isEmpty() ? List.of(blankIndustry()) : plan.industryList();
      List<XSSFSheet> industrySheets = new ArrayList<>();
      for (int i = 0; i < inds.size(); i++) {
        industrySheets.add(wb.createSheet(sheetName(i, inds.get(i))));
      }
      XSSFSheet lists = wb.createSheet(Form.LISTS_SHEET);
      List<String> industryList = policy.keyIndustries().value();
      String keyIndustries =
          Sheets.listColumn(lists, 0, industryList == null ? List.of() : industryList);
      String provinces = Sheets.listColumn(lists, 1, policy.provinceUnits().value());
      String types = Sheets.listColumn(lists, 2, new ArrayList<>(cityTypes(policy).keySet()));
      String levels = Sheets.listColumn(lists, 3, new ArrayList<>(levels(policy).keySet()));
      String categories = Sheets.listColumn(lists, 4, new ArrayList<>(categories(policy).keySet()));
      String policies = Sheets.listColumn(lists, 5, ruleSets(policy, plan.policy()));
      String modes = Sheets.listColumn(lists, 6, new ArrayList<>(PlanLayout.YEARLY_MODES.keySet()));
      wb.setSheetHidden(wb.getSheetIndex(lists), true);

      generalSheet(general, plan, policy, st, provinces, types, levels, categories, policies);
      for (int i = 0; i < inds.size(); i++) {
        industrySheet(industrySheets.get(i), inds.get(i), i, st, keyIndustries, modes, policy);
      }
      overallSheet(overall, industrySheets, st);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.setActiveSheet(0);
      wb.write(out);
    }
  }

  /** The city types the rule set admits, as the dropdown offers them: word → code. */
  static Map<String, String> cityTypes(Policy p) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String code : p.eligibleCityTypes().value()) {
      out.put(p.cityTypes().value().getOrDefault(code, code), code);
    }
    return out;
  }

  /** The rule set's submission levels: word (its label) → code. */
  static Map<String, String> levels(Policy p) {
    Map<String, String> out = new LinkedHashMap<>();
    p.submissionLevels()
        .value()
        .forEach((code, level) -> out.put(level.label() == null ? code : level.label(), code));
    return out;
  }

  /** The rule set's funding categories: word → code. */
  static Map<String, String> categories(Policy p) {
    Map<String, String> out = new LinkedHashMap<>();
    p.fundingCategories().value().forEach((code, word) -> out.put(word, code));
    return out;
  }

  /**
   * The rule sets a plan of this batch may name: the shipped ones of its year, and the one the plan
   * names (a rule set file in the workspace).
   */
  private static List<String> ruleSets(Policy p, String named) {
    List<String> out = new ArrayList<>();
    for (String id : RuleSets.BUILT_IN) {
      try {
        if (RuleSets.load(id).batchYear().value().equals(p.batchYear().value())) {
          out.add(id);
        }
      } catch (PolicyException e) {
        // a shipped rule set that does not load is reported where it is used
      }
    }
    String own = named == null || named.isBlank() ? p.id() : named.strip();
    if (!out.contains(own)) {
      out.add(0, own);
    }
    return out;
  }

  private static Industry blankIndustry() {
    return new Industry(null, null, null, null, null, null, null, null);
  }

  static String sheetName(int i, Industry ind) {
    String base = "细分行业" + (i + 1);
    if (ind.subIndustry() != null && !ind.subIndustry().isBlank()) {
      base += "-" + ind.subIndustry();
    }
    return WorkbookUtil.createSafeSheetName(base.length() > 31 ? base.substring(0, 31) : base);
  }

  private static void generalSheet(
      XSSFSheet s,
      Plan plan,
      Policy policy,
      Sheets st,
      String provinces,
      String types,
      String levels,
      String categories,
      String policies) {
    Sheets.cell(s, 0, 0, PlanLayout.FORM.generalMark(), st.title);
    Sheets.cell(s, 1, 0, "带 * 的为必填项。请在 B 列填写；C 列为填写说明（依据" + policy.notice() + "及附件1）。", st.note);
    s.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
    int r = 2;
    for (Map.Entry<String, String> e : GENERAL.entrySet()) {
      String path = e.getValue();
      String key =
          path.startsWith("sections.")
              ? policy.word(policy.docs().sections(), path.substring("sections.".length()))
              : e.getKey();
      boolean required =
          !path.equals("narrative_pdf")
              && !path.equals("recommendation_letter")
              && !path.equals("policy");
      Sheets.cell(s, r, 0, (required ? "* " : "") + key, st.label);
      Object value = generalValue(plan, policy, path);
      boolean longText = path.startsWith("sections.");
      Sheets.value(s, r, 1, value, path.equals("contact.phone") ? st.inputText : st.input);
      Sheets.cell(s, r, 2, hint(path), st.note);
      CellRangeAddressList at = new CellRangeAddressList(r, r, 1, 1);
      switch (path) {
        case "policy" -> Sheets.list(s, at, policies, "规则集", ruleSetHint(policy, plan.policy()));
        case "city.province" ->
            Sheets.list(s, at, provinces, "所属省份", Sheets.words("workbook.province"));
        case "city.type" ->
            Sheets.list(
                s,
                at,
                types,
                "城市类型",
                Sheets.words("workbook.city-types", String.join("、", cityTypes(policy).keySet())));
        case "submission.level" -> Sheets.list(s, at, levels, "报送层级", levelHint(policy));
        case "funding.central_total" -> Sheets.decimal(s, at, "中央财政资金（万元）", capHint(policy));
        default -> {
          if (longText) {
            Sheets.prompt(s, at, key, Sheets.words("workbook.section"));
          }
        }
      }
      if (longText) {
        Sheets.row(s, r).setHeightInPoints(90);
      }
      r++;
    }
    r++;
    List<Object[]> items = new ArrayList<>();
    if (plan.funding() != null) {
      for (Plan.FundingItem item : plan.funding().itemList()) {
        String category =
            item.category() == null ? null : PlanLayout.word(categories(policy), item.category());
        items.add(new Object[] {item.use(), category, item.amount()});
      }
    }
    st.items(
        s,
        r,
        PlanLayout.FORM.itemsLabel(),
        items,
        categories,
        splitHint(policy),
        Sheets.words("workbook.funding-sum"));
    finish(s);
  }

  private static String ruleSetHint(Policy p, String named) {
    List<String> out = new ArrayList<>();
    for (String id : ruleSets(p, named)) {
      String title = null;
      if (RuleSets.isBuiltIn(id)) {
        try {
          title = RuleSets.load(id).title();
        } catch (PolicyException e) {
          // named without its title
        }
      } else {
        title = p.title();
      }
      out.add(title == null ? id : id + "（" + title + "）");
    }
    return "选：" + String.join("；", out) + "。";
  }

  private static String levelHint(Policy p) {
    List<String> out = new ArrayList<>();
    p.submissionLevels()
        .value()
        .forEach(
            (code, l) ->
                out.add(
                    (l.label() == null ? code : l.label())
                        + "："
                        // a deadline or a count the rule set leaves empty (not obtained) says so
                        + (l.deadlineText() == null ? "截止时间未定，" : l.deadlineText())
                        + (l.copies() == null ? "份数未定" : "一式" + l.copies() + "份")
                        + (Boolean.TRUE.equals(l.requiresRecommendation()) ? "并附推荐函" : "")));
    return String.join("；", out) + "。";
  }

  /** The caps of central funds by city type, in words: 省会城市不超过15000万元，…。 */
  public static String capHint(Policy p) {
    List<String> out = new ArrayList<>();
    p.fundingCaps()
        .value()
        .forEach(
            (type, cap) ->
                out.add(
                    p.cityTypes().value().getOrDefault(type, type)
                        + "不超过"
                        + CellText.plain(cap)
                        + "万元"));
    return String.join("，", out) + "。";
  }

  private static String splitHint(Policy p) {
    Policy.FundingSplit f = p.fundingSplit().value();
    return "不低于"
        + percent(f.transformationMin())
        + "直接用于中小企业数字化改造，不高于"
        + percent(f.otherMax())
        + "用于公共服务等其他用途。";
  }

  /** A share as a percentage: 0.9 → 90%; a share the rule set leaves empty says so. */
  public static String percent(BigDecimal share) {
    return share == null
        ? "规则集未定的比例"
        : CellText.plain(share.multiply(BigDecimal.valueOf(100))) + "%";
  }

  /**
   * What a 重点行业 may be: one of 附件2's (as many as the rule set lists), or any when the rule set has
   * no closed list (2023-batch1).
   */
  public static String industryHint(Policy p) {
    List<String> list = p.keyIndustries().value();
    return list == null ? "本规则集没有封闭的重点行业名单" : "附件2所列" + list.size() + "个重点行业领域之一";
  }

  private static Object generalValue(Plan p, Policy policy, String path) {
    return switch (path) {
      case "format" -> p.format() == null ? 1 : p.format();
      case "policy" -> p.policy();
      case "city.name" -> p.city() == null ? null : p.city().name();
      case "city.province" -> p.city() == null ? null : p.city().province();
      case "city.type" ->
          p.city() == null || p.city().type() == null
              ? null
              : PlanLayout.word(cityTypes(policy), p.city().type());
      case "contact.name" -> p.contact() == null ? null : p.contact().name();
      case "contact.phone" -> p.contact() == null ? null : p.contact().phone();
      case "submission.level" ->
          p.submission() == null || p.submission().level() == null
              ? null
              : PlanLayout.word(levels(policy), p.submission().level());
      case "funding.central_total" -> p.funding() == null ? null : p.funding().centralTotal();
      case "roster" -> p.roster();
      case "attachments" -> p.attachments() == null ? null : String.join("；", p.attachments());
      case "recommendation_letter" -> p.recommendationLetter();
      case "narrative_pdf" -> p.narrativePdf();
      case "sections.foundation" -> p.sections() == null ? null : p.sections().foundation();
      case "sections.work_targets" -> p.sections() == null ? null : p.sections().workTargets();
      case "sections.implementation" -> p.sections() == null ? null : p.sections().implementation();
      case "sections.funding" -> p.sections() == null ? null : p.sections().funding();
      case "sections.safeguards" -> p.sections() == null ? null : p.sections().safeguards();
      default -> null;
    };
  }

  private static String hint(String path) {
    return switch (path) {
      case "format" -> "固定为 1。";
      case "city.name" -> "如：重庆市璧山区、河北省唐山市。";
      case "contact.phone" -> "手机号或带区号的固定电话，如 023-41412345。";
      case "roster" -> "与本文件同一文件夹中的名单工作簿，如 规上工业中小企业名单.xlsx。";
      case "attachments" -> "PDF 文件，相对本文件夹的路径，如 证明材料/工作基础证明.pdf。";
      default -> "";
    };
  }

  /**
   * The years a sub-industry sheet has columns for: the calendar years the plan gives (2025年 …)
   * when it gives them, else the implementation years (第1年, 第2年).
   */
  private static List<Integer> yearColumns(Industry ind, int years) {
    TreeSet<Integer> calendar = new TreeSet<>();
    for (Industry.YearTarget y : ind.yearlyList()) {
      if (y != null && y.year() != null && y.year() > years) {
        calendar.add(y.year());
      }
    }
    List<Integer> out = new ArrayList<>(calendar);
    for (int y = 1; calendar.isEmpty() && y <= years; y++) {
      out.add(y);
    }
    return out;
  }

  private static void industrySheet(
      XSSFSheet s,
      Industry ind,
      int index,
      Sheets st,
      String keyIndustries,
      String modes,
      Policy policy) {
    List<Integer> columns = yearColumns(ind, policy.implementationYears().value());
    int years = columns.size();
    Sheets.cell(s, 0, 0, PlanLayout.FORM.industryMark() + " " + (index + 1), st.title);
    Sheets.cell(
        s, 1, 0, "B 列填全期目标，C 列起填各年度目标（第1年、第2年；按“分年度目标填法”填当年新增或截至当年底的累计数）。“合计”自动计算。", st.note);
    s.addMergedRegion(new CellRangeAddress(1, 1, 0, 1 + years));
    int r = 2;
    for (Map.Entry<String, String> e : INDUSTRY.entrySet()) {
      String path = e.getValue();
      String label =
          path.startsWith("baseline.")
              ? policy.word(policy.docs().baseline(), path.substring("baseline.".length()))
              : e.getKey();
      Sheets.cell(s, r, 0, "* " + label, st.label);
      Sheets.value(s, r, 1, industryValue(ind, path), st.input);
      CellRangeAddressList at = new CellRangeAddressList(r, r, 1, 1);
      if (path.equals("key_industry") && policy.keyIndustries().value() == null) {
        Sheets.prompt(s, at, "重点行业", industryHint(policy) + "。");
      } else if (path.equals("key_industry")) {
        Sheets.list(s, at, keyIndustries, "重点行业", "须为" + industryHint(policy) + "。");
      } else if (path.equals("baseline.output_value")) {
        Sheets.decimal(s, at, "工业总产值（亿元）", label + "，单位亿元。");
      } else if (path.startsWith("baseline.")) {
        Sheets.whole(
            s, at, "基准年数据", "截至" + policy.words("{base_year}年") + "年底的企业数（家）；应与名单中该细分行业的企业数一致。");
      } else if (path.equals("sub_industry")) {
        Sheets.prompt(s, at, "细分行业", Sheets.words("workbook.sub-industry"));
      }
      r++;
    }
    r++;
    Sheets.cell(s, r, 0, PlanLayout.FORM.targetsHeader(), st.header);
    Sheets.cell(s, r, 1, "全期目标", st.header);
    for (int c = 0; c < years; c++) {
      int y = columns.get(c);
      boolean calendar = y > policy.implementationYears().value();
      Sheets.cell(s, r, 2 + c, calendar ? y + "年" : "第" + y + "年", st.header);
    }
    int headerRow = r;
    r++;
    int firstTarget = r;
    int aboveRow = -1;
    for (Map.Entry<String, String> e : TARGETS.entrySet()) {
      String target = e.getValue();
      String key = policy.word(policy.docs().targets(), target);
      Sheets.cell(s, r, 0, "* " + key, st.label);
      if (target.equals("transform_above_scale")) {
        aboveRow = r;
      }
      for (int c = 1; c <= 1 + years; c++) {
        Targets t = c == 1 ? ind.targets() : yearTargets(ind, columns.get(c - 2));
        if (target.equals("transform_total")) {
          String col = Location.columnLetters(c);
          var cell = Sheets.row(s, r).createCell(c);
          cell.setCellStyle(st.computed);
          cell.setCellFormula(col + (aboveRow + 1) + "+" + col + (aboveRow + 2));
        } else {
          Sheets.value(s, r, c, t == null ? null : t.byKey().get(target), st.input);
        }
      }
      r++;
    }
    Sheets.whole(
        s,
        new CellRangeAddressList(firstTarget, r - 1, 1, 1 + years),
        "目标数据（家/个）",
        "整数。实施期满时规上、省级专精特新二级及以上比例应达到"
            + percent(policy.level2Ratios().value().aboveScale())
            + "以上，“小巨人”"
            + percent(policy.level2Ratios().value().littleGiants())
            + "。");
    r++;
    for (Map.Entry<String, String> e : GOALS.entrySet()) {
      Sheets.cell(s, r, 0, "* " + e.getKey(), st.label);
      Sheets.value(s, r, 1, industryValue(ind, e.getValue()), st.input);
      s.addMergedRegion(new CellRangeAddress(r, r, 1, 1 + years));
      Sheets.row(s, r).setHeightInPoints(45);
      r++;
    }
    Sheets.cell(s, r, 0, PlanLayout.YEARLY_MODE, st.label);
    Sheets.value(s, r, 1, industryValue(ind, "yearly_mode"), st.input);
    Sheets.list(
        s,
        new CellRangeAddressList(r, r, 1, 1),
        modes,
        "分年度目标填法",
        Sheets.words("workbook.yearly-mode"));
    s.setColumnWidth(0, 46 * 256);
    for (int c = 1; c <= 1 + years; c++) {
      s.setColumnWidth(c, 16 * 256);
    }
    s.createFreezePane(1, headerRow + 1);
    finish(s);
  }

  private static Targets yearTargets(Industry ind, int year) {
    for (Industry.YearTarget y : ind.yearlyList()) {
      if (y != null && y.year() != null && y.year() == year) {
        return y.metrics();
      }
    }
    return null;
  }

  private static Object industryValue(Industry ind, String path) {
    return switch (path) {
      case "key_industry" -> ind.keyIndustry();
      case "sub_industry" -> ind.subIndustry();
      case "districts" -> ind.districts() == null ? null : String.join("、", ind.districts());
      case "yearly_mode" ->
          ind.yearlyMode() == null
              ? null
              : PlanLayout.word(PlanLayout.YEARLY_MODES, ind.yearlyMode());
      case "baseline.output_value" -> ind.baseline() == null ? null : ind.baseline().outputValue();
      case "baseline.above_scale_smes" ->
          ind.baseline() == null ? null : ind.baseline().aboveScaleSmes();
      case "baseline.little_giants" ->
          ind.baseline() == null ? null : ind.baseline().littleGiants();
      case "baseline.specialized_smes" ->
          ind.baseline() == null ? null : ind.baseline().specializedSmes();
      case "goals.replication" -> ind.goals() == null ? null : ind.goals().replication();
      case "goals.innovation" -> ind.goals() == null ? null : ind.goals().innovation();
      case "goals.typical_practices" -> ind.goals() == null ? null : ind.goals().typicalPractices();
      default -> null;
    };
  }

  /** Sums each baseline and target cell over the sub-industry sheets. */
  private static void overallSheet(XSSFSheet s, List<XSSFSheet> industries, Sheets st) {
    Sheets.cell(s, 0, 0, PlanLayout.OVERALL_MARK, st.title);
    Sheets.cell(s, 1, 0, "项目", st.header);
    Sheets.cell(s, 1, 1, "合计", st.header);
    XSSFSheet first = industries.get(0);
    int r = 2;
    for (var row : first) {
      var label = row.getCell(0);
      var value = row.getCell(1);
      if (label == null || value == null || row.getRowNum() < 2) {
        continue;
      }
      String text = label.getStringCellValue();
      boolean numeric = text.contains("（家") || text.contains("（个") || text.contains("亿元");
      if (!numeric) {
        continue;
      }
      Sheets.cell(s, r, 0, text.replace("* ", ""), st.label);
      List<String> refs = new ArrayList<>();
      for (XSSFSheet ind : industries) {
        refs.add("'" + ind.getSheetName() + "'!B" + (row.getRowNum() + 1));
      }
      var cell = Sheets.row(s, r).createCell(1);
      cell.setCellStyle(st.computed);
      cell.setCellFormula("SUM(" + String.join(",", refs) + ")");
      r++;
    }
    s.setColumnWidth(0, 46 * 256);
    s.setColumnWidth(1, 16 * 256);
    s.createFreezePane(0, 2);
    finish(s);
  }

  /** Print setup (A4, fit to width) and protection (labels locked, inputs free). */
  static void finish(Sheet s) {
    PrintSetup ps = s.getPrintSetup();
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    s.setFitToPage(true);
    s.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
    s.protectSheet("");
    if (s instanceof XSSFSheet x) {
      x.lockFormatColumns(false);
      x.lockFormatRows(false);
    }
  }
}
