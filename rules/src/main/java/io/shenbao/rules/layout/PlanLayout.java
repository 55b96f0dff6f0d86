package io.shenbao.rules.layout;

import io.shenbao.rules.text.CellText;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of plan.xlsx, shared by the template writer and the reader: which label in column A
 * stands for which plan key, and the Chinese words the dropdowns offer for coded values. Labels are
 * matched after removing spaces and a leading "*" (required marker), so rows may move.
 */
public final class PlanLayout {
  /** Its general sheet (基本信息), sub-industry sheets (分行业数据表) and funding items. */
  public static final Form FORM =
      new Form("基本信息", "实施方案基本信息", "分行业数据表", "资金使用明细", "funding.items", "目标数据");

  /** A1 of the overall sheet (computed; not read). */
  public static final String OVERALL_MARK = "总体数据表（由各分行业数据表自动汇总，请勿填写）";

  public static final String OVERALL_SHEET = "总体数据表";

  /** General sheet: label → key path. */
  public static final Map<String, String> GENERAL = new LinkedHashMap<>();

  /** Sub-industry sheet: label → key path relative to the industry. */
  public static final Map<String, String> INDUSTRY = new LinkedHashMap<>();

  /** Target rows of a sub-industry sheet: label → target key. */
  public static final Map<String, String> TARGETS = new LinkedHashMap<>();

  /**
   * Target rows as earlier templates labelled them: label → target key, read but no longer written
   * (数字化车间、智能工厂 was §二's wording; the data table of 附件1 says 数字化车间、智能车间).
   */
  public static final Map<String, String> TARGET_ALIASES =
      Map.ofEntries(
          Map.entry("数字化车间、智能工厂数量（个）", "digital_workshops"),
          Map.entry("专精特新中小企业达到二级及以上数量（家）", "specialized_level2"),
          Map.entry("“小巨人”企业达到二级及以上数量（家）", "little_giants_level2"),
          Map.entry("规下工业中小企业达到二级及以上数量（家）", "below_scale_level2"),
          Map.entry("上云用云中小企业数量（家）", "cloud_smes"),
          Map.entry("“小快轻准”解决方案数量（个）", "xkqz_solutions"),
          Map.entry("数字化水平达到四级的被改造企业数量（家）", "level4_enterprises"),
          Map.entry("“链式”转型模式数量（个）", "chain_models"));

  /** Baseline rows as earlier templates labelled them: label → key path, read, not written. */
  public static final Map<String, String> INDUSTRY_ALIASES =
      Map.of(
          "规上工业中小企业总数（截至{base_year}年年底，家）", "baseline.above_scale_smes",
          "专精特新“小巨人”企业数量（截至{base_year}年年底，家）", "baseline.little_giants",
          "专精特新中小企业数量（截至{base_year}年年底，家，含“小巨人”）", "baseline.specialized_smes");

  /** The section rows of the general sheet by their number: 一 → sections.foundation … 五. */
  private static final List<String> SECTIONS =
      List.of(
          "sections.foundation",
          "sections.work_targets",
          "sections.implementation",
          "sections.funding",
          "sections.safeguards");

  /** Goals rows after the targets: label → key path relative to the industry. */
  public static final Map<String, String> GOALS = new LinkedHashMap<>();

  /** City types: dropdown word → code. */
  public static final Map<String, String> CITY_TYPES = new LinkedHashMap<>();

  /** Submission levels: dropdown word → code. */
  public static final Map<String, String> LEVELS = new LinkedHashMap<>();

  /** The label of the row after the goals that says how the yearly targets are given. */
  public static final String YEARLY_MODE = "分年度目标填法（当年新增或截至当年底累计）";

  /** 分年度目标 modes: dropdown word → code. */
  public static final Map<String, String> YEARLY_MODES = new LinkedHashMap<>();

  /** Funding categories: dropdown word → code. */
  public static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

  /** Keys whose cell holds a list, separated by 、；;， or commas. */
  public static final List<String> LIST_KEYS = List.of("attachments", "districts");

  static {
    GENERAL.put("格式版本", "format");
    GENERAL.put("规则集", "policy");
    GENERAL.put("申报城市", "city.name");
    GENERAL.put("所属省份", "city.province");
    GENERAL.put("城市类型", "city.type");
    GENERAL.put("联系人", "contact.name");
    GENERAL.put("联系电话", "contact.phone");
    GENERAL.put("报送层级", "submission.level");
    GENERAL.put("中央财政资金总额（万元）", "funding.central_total");
    GENERAL.put("规上工业中小企业名单文件", "roster");
    GENERAL.put("证明材料（多个用；分隔）", "attachments");
    GENERAL.put("推荐函（国家级报送时）", "recommendation_letter");
    GENERAL.put("正文PDF（可选，代替下列五节）", "narrative_pdf");
    GENERAL.put("一、试点城市工作基础", "sections.foundation");
    GENERAL.put("二、工作目标", "sections.work_targets");
    GENERAL.put("三、实施内容", "sections.implementation");
    GENERAL.put("四、资金使用方向", "sections.funding");
    GENERAL.put("五、保障措施", "sections.safeguards");

    INDUSTRY.put("重点行业", "key_industry");
    INDUSTRY.put("细分行业", "sub_industry");
    INDUSTRY.put("拟试点区县（多个用、分隔）", "districts");
    // the shipped rule set's documents words (a test holds them equal), {base_year} for the year
    INDUSTRY.put("试点行业{base_year}年工业总产值（亿元）", "baseline.output_value");
    INDUSTRY.put("试点行业规上工业中小企业总数（截至{base_year}年年底）（家）", "baseline.above_scale_smes");
    INDUSTRY.put("试点行业专精特新“小巨人”企业数量（截至{base_year}年年底）（家）", "baseline.little_giants");
    INDUSTRY.put("试点行业专精特新中小企业数量（截至{base_year}年年底）（家）", "baseline.specialized_smes");

    TARGETS.put("拟改造规上工业中小企业数量（家）", "transform_above_scale");
    TARGETS.put("拟改造规下工业中小企业数量（家）", "transform_below_scale");
    TARGETS.put("拟改造企业合计（家）", "transform_total");
    TARGETS.put("拟改造企业中专精特新“小巨人”企业数量（家）", "transform_little_giants");
    TARGETS.put("拟改造企业中专精特新中小企业数量（家）", "transform_specialized");
    TARGETS.put("规上工业中小企业达到数字化二级及以上数量（家）", "above_scale_level2");
    TARGETS.put("专精特新中小企业达到数字化二级及以上数量（家）", "specialized_level2");
    TARGETS.put("专精特新“小巨人”企业达到数字化二级及以上数量（家）", "little_giants_level2");
    TARGETS.put("规下工业中小企业达到数字化二级及以上数量（家）", "below_scale_level2");
    TARGETS.put("拟上云用云中小企业数量（家）", "cloud_smes");
    TARGETS.put("拟打造“小快轻准”解决方案数量（个）", "xkqz_solutions");
    TARGETS.put("拟建设数字化车间、智能车间数量（个）", "digital_workshops");
    TARGETS.put("拟打造数字化水平四级试点企业数量（家）", "level4_enterprises");
    TARGETS.put("拟遴选服务商数量（家）", "service_providers");
    TARGETS.put("拟打造“链式”转型模式数量（个）", "chain_models");

    GOALS.put("复制推广目标", "goals.replication");
    GOALS.put("中小企业创新能力提升目标", "goals.innovation");
    GOALS.put("具有创新性或者地方特色的典型做法及模式", "goals.typical_practices");

    CITY_TYPES.put("省会城市", "provincial-capital");
    CITY_TYPES.put("计划单列市", "separately-planned");
    CITY_TYPES.put("其他地级市", "prefecture");
    CITY_TYPES.put("直辖市所辖区县", "municipal-district");
    CITY_TYPES.put("新疆生产建设兵团", "corps");

    YEARLY_MODES.put("当年新增", "increment");
    YEARLY_MODES.put("截至当年底累计", "cumulative");

    LEVELS.put("区县报市（重庆市）", "municipal");
    LEVELS.put("省级报两部门（国家级）", "national");
    LEVELS.put("首批城市工作进展情况（报两部门）", "progress");

    CATEGORIES.put("中小企业数字化改造", "transformation");
    CATEGORIES.put("提高公共服务能力", "public-service");
    CATEGORIES.put("引导深度应用工业互联网平台", "platform");
    CATEGORIES.put("支持“链式”中小企业数字化转型", "chain");
    CATEGORIES.put("政府购买支撑性综合服务", "procurement");
    CATEGORIES.put("其他", "other");
  }

  private PlanLayout() {}

  /**
   * A label as compared: no spaces, no required marker, no base year (2023年, {base_year}年 and 基准年
   * alike: the same row whatever year a rule set gives it, or none).
   */
  public static String clean(String label) {
    return label == null
        ? ""
        : CellText.normalise(label)
            .replaceAll("[\\s\u3000*＊]", "")
            .replaceAll("(\\{base_year}|\\d{4}|基准)(?=年)", "");
  }

  /** A label of this layout as a rule set's year fills it ({@code {base_year}}). */
  public static String label(String template, int baseYear) {
    return template.replace("{base_year}", String.valueOf(baseYear));
  }

  /**
   * The section a general-sheet label names by its number (一、… to 五、), whatever words the rule set
   * gives the heading; null for any other label.
   */
  public static String section(String cleanedLabel) {
    if (cleanedLabel.length() > 2 && cleanedLabel.charAt(1) == '、') {
      int n = "一二三四五".indexOf(cleanedLabel.charAt(0));
      return n < 0 ? null : SECTIONS.get(n);
    }
    return null;
  }

  /**
   * The words a rule set gives plan.xlsx (its section headings, its data table's labels, its
   * dropdown words), each mapped to the key path or code it stands for. The workbook is written in
   * them and read in them as well as in this layout's own, which are the shipped rule sets' words
   * (a test holds them equal) and those of earlier templates.
   *
   * @param general general-sheet label → key path (the sections)
   * @param industry sub-industry-sheet label → key path relative to the industry (the baseline)
   * @param targets target label → target key
   * @param cityTypes city type word → code
   * @param levels submission level word → code
   * @param categories funding category word → code
   */
  public record Words(
      Map<String, String> general,
      Map<String, String> industry,
      Map<String, String> targets,
      Map<String, String> cityTypes,
      Map<String, String> levels,
      Map<String, String> categories) {
    /** No words beyond the layout's own. */
    public static final Words NONE =
        new Words(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * True when the layout reads every one of these words by itself, so that a workbook in them
     * reads the same with or without them.
     */
    public boolean known() {
      return general.entrySet().stream()
              .allMatch(
                  e -> {
                    String c = clean(e.getKey());
                    return e.getValue().equals(section(c))
                        || e.getValue().equals(cleaned(GENERAL).get(c));
                  })
          && knownIn(industry, INDUSTRY)
          && knownIn(targets, TARGETS)
          && knownIn(cityTypes, CITY_TYPES)
          && knownIn(levels, LEVELS)
          && knownIn(categories, CATEGORIES);
    }

    private static boolean knownIn(Map<String, String> words, Map<String, String> layout) {
      Map<String, String> own = cleaned(layout);
      return words.entrySet().stream()
          .allMatch(e -> e.getValue().equals(own.get(clean(e.getKey()))));
    }
  }

  /**
   * The layout's labels (or words) and a rule set's after them, each as compared ({@link #clean}):
   * cleaned label → key path or code.
   */
  public static Map<String, String> cleaned(Map<String, String> layout, Map<String, String> more) {
    Map<String, String> out = cleaned(layout);
    out.putAll(cleaned(more));
    return out;
  }

  private static Map<String, String> cleaned(Map<String, String> labels) {
    Map<String, String> out = new HashMap<>();
    labels.forEach((k, v) -> out.put(clean(k), v));
    return out;
  }

  /** The code for a dropdown word, the word itself when it is already a code, else the text. */
  public static String code(Map<String, String> words, String text) {
    String t = clean(text);
    for (Map.Entry<String, String> e : words.entrySet()) {
      if (clean(e.getKey()).equals(t)) {
        return e.getValue();
      }
    }
    return text.strip();
  }

  /**
   * The code for a dropdown word of the layout's or a rule set's ({@code more} first), else the
   * text.
   */
  public static String code(Map<String, String> layout, Map<String, String> more, String text) {
    String c = cleaned(layout, more).get(clean(text));
    return c != null ? c : text.strip();
  }

  /** The dropdown word for a code, or the code. */
  public static String word(Map<String, String> words, String code) {
    for (Map.Entry<String, String> e : words.entrySet()) {
      if (e.getValue().equals(code)) {
        return e.getKey();
      }
    }
    return code;
  }
}
