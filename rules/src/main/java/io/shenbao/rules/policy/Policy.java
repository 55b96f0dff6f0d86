package io.shenbao.rules.policy;

import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.YamlKey;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
    Item<Integer> baseYear,
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
      List<Note> notes) {

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
