package io.shenbao.rules.policy;

import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.YamlKey;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule set: every number, list and deadline the rules apply, each with the clause it comes from.
 * Loaded from the YAML resources (or a user's overlay) by the readers ({@code read.PolicyLoader}).
 * {@code province} names the province whose forwarding notice a rule set follows (null for the
 * national one); {@code init} uses it to pick the rule set for a new workspace.
 */
public record Policy(
    String id,
    @YamlKey("extends") String parent,
    String title,
    String notice,
    String province,
    Item<Integer> batchYear,
    Item<Integer> baseYear,
    Item<String> timeZone,
    Item<Documents> documents,
    Item<Integer> contactNameMax,
    Item<BigDecimal> metricValueMax,
    Item<Integer> implementationYears,
    Item<List<Integer>> calendarYears,
    Item<Map<String, String>> cityTypes,
    Item<List<String>> eligibleCityTypes,
    Item<List<String>> provinceUnits,
    Item<List<String>> municipalities,
    Item<String> corpsUnit,
    Item<Map<String, String>> provincialCapitals,
    Item<List<String>> separatelyPlannedCities,
    Item<String> divisions,
    Item<List<String>> earlierBatchCities,
    Item<List<String>> keyIndustries,
    Item<Integer> subIndustryFocusLimit,
    Item<List<String>> responsibilityWords,
    Item<Level2Ratios> level2Ratios,
    Item<Map<String, BigDecimal>> fundingCaps,
    Item<FundingSplit> fundingSplit,
    Item<Map<String, String>> fundingCategories,
    Item<List<String>> transformationCategories,
    Item<RosterThresholds> rosterThresholds,
    Item<Quota> quota,
    Item<Map<String, Integer>> minTransformedByRegion,
    Item<Map<String, Level>> submissionLevels,
    Item<Map<String, String>> uncheckedClauses,
    String defaultLevel,
    Map<String, String> severities) {

  /**
   * The submission level of a first-batch city's progress report (工作进展情况): a progress workspace is
   * held to this level of its rule set, whatever its approved plan's own level was.
   */
  public static final String PROGRESS_LEVEL = "progress";

  /** A policy value and the clause of the notice it comes from. */
  public record Item<T>(T value, String clause) {}

  /**
   * The words of the documents and templates, as 附件1 gives them for this batch: the plan's title
   * (phrases a line may break between separated by |, {@code {city}} for the city), the section
   * headings, the data table's baseline and target labels, and the roster's column headers. {@code
   * {batch_year}} and {@code {base_year}} stand for the rule set's years ({@link #words}).
   */
  public record Documents(
      String planTitle,
      Map<String, String> sections,
      Map<String, String> baseline,
      Map<String, String> targets,
      Map<String, String> roster) {}

  /**
   * A text of the rule set with its years filled in ({@code {batch_year}}, {@code {base_year}}). A
   * base year the rule set leaves empty (not obtained, as for 2023-batch1) is 附件1's own word for
   * it: 试点行业基准年工业总产值, 截至基准年年底, 基准年度主营业务收入.
   */
  public String words(String template) {
    if (template == null) {
      return null;
    }
    Integer base = baseYear == null ? null : baseYear.value();
    String text =
        base != null
            ? template.replace("{base_year}", String.valueOf(base))
            : template.replace("{base_year}年", "基准年").replace("{base_year}", "基准年");
    return text.replace("{batch_year}", String.valueOf(batchYear == null ? "" : batchYear.value()));
  }

  /** The documents' words, years filled in: a section heading, a label, a column header. */
  public String word(Map<String, String> words, String key) {
    return words == null ? key : words(words.getOrDefault(key, key));
  }

  /**
   * A target's label as a progress report says it: what was done, without the 拟 of the plan's
   * intent (拟改造规上工业中小企业数量（家） → 改造规上工业中小企业数量（家）).
   */
  public static String achieved(String targetLabel) {
    return targetLabel == null ? null : targetLabel.replaceFirst("^\\s*拟", "");
  }

  /** The YAML keys of the plan's sections 一 to 五, in 附件1's order. */
  public static final List<String> SECTION_KEYS =
      List.of("foundation", "work_targets", "implementation", "funding", "safeguards");

  /** The YAML keys of the baseline (基准年数据), in 附件1's order. */
  public static final List<String> BASELINE_KEYS =
      List.of("output_value", "above_scale_smes", "little_giants", "specialized_smes");

  /** The keys of the roster's columns in their order (附件1 六 and the tool's own). */
  public static final List<String> ROSTER_COLUMNS =
      List.of("name", "code", "revenue", "tier", "sub_industry", "staff", "district");

  /** The roster's column headers in the rule set's words, in {@link #ROSTER_COLUMNS} order. */
  public List<String> rosterHeaders() {
    return ROSTER_COLUMNS.stream().map(k -> word(docs().roster(), k)).toList();
  }

  /**
   * The plan's title in the rule set's words, as phrases a line may break between, the city given
   * as the places that name it (重庆市 / 璧山区).
   */
  public List<String> titlePhrases(List<String> cityPlaces) {
    List<String> out = new ArrayList<>();
    for (String part : words(docs().planTitle()).split("\\|")) {
      if (part.equals("{city}")) {
        out.addAll(cityPlaces);
      } else if (!part.isEmpty()) {
        out.add(part.replace("{city}", String.join("", cityPlaces)));
      }
    }
    return out;
  }

  /** The rule set's documents (never null once loaded: {@link PolicyLoader} requires them). */
  public Documents docs() {
    return documents.value();
  }

  /** The zone the notices' times and dates are in (Beijing time, +08:00). */
  public ZoneOffset zone() {
    return ZoneOffset.of(timeZone.value());
  }

  /** The level-2 shares required at the end of the period. */
  public record Level2Ratios(
      BigDecimal aboveScale, BigDecimal specialized, BigDecimal littleGiants) {}

  /** How the central funds must be split. */
  public record FundingSplit(BigDecimal transformationMin, BigDecimal otherMax) {}

  /** Roster thresholds in 万元 and persons. */
  public record RosterThresholds(
      BigDecimal aboveScaleRevenue, BigDecimal smeRevenueLimit, BigDecimal smeStaffLimit) {}

  /** How many cities a province may recommend. */
  public record Quota(List<String> twoCityProvinces, Integer twoCity, Integer others) {}

  /** One submission level: where, by when and how many copies. */
  public record Level(
      String deadline,
      String deadlineText,
      Integer copies,
      String submitter,
      String recipient,
      String contact,
      Boolean requiresRecommendation,
      String clause,
      List<Note> notes,
      String label) {

    /** The level's further instructions, never null. */
    public List<Note> noteList() {
      return notes == null ? List.of() : notes;
    }

    /** The deadline as an instant with its offset. */
    public OffsetDateTime deadlineInstant() {
      return OffsetDateTime.parse(deadline);
    }
  }

  /** An instruction of a submission level the checklist prints, with the clause it comes from. */
  public record Note(String text, String clause) {}

  /** The severity a policy sets for a rule, or null to keep the rule's default. */
  public Severity severityFor(String ruleId) {
    return severities == null ? null : parseSeverity(severities.get(ruleId));
  }

  /**
   * A severity as written in a rule set; YAML 1.1 reads an unquoted {@code off} as the boolean
   * false, which means off here too.
   */
  public static Severity parseSeverity(String text) {
    return "false".equals(text) ? Severity.OFF : Severity.parse(text);
  }

  /** The submission level by name, or null. */
  public Level level(String name) {
    return submissionLevels == null || submissionLevels.value() == null || name == null
        ? null
        : submissionLevels.value().get(name);
  }
}
