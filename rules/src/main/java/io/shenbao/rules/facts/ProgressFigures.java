package io.shenbao.rules.facts;

import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a progress report is judged by, computed in one place so that the report's PDF shows
 * the very numbers the PROGRESS-* rules judged: dates as written, the share of the period that has
 * passed, each indicator's share of its target, which plan sub-industry a report entry is.
 */
public final class ProgressFigures {
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

  private ProgressFigures() {}

  /** A date as people write it (2024-04-30, 2024/4/30, 2024年4月30日), or null. */
  public static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(CellText.normalise(text).strip());
    if (!m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The date as a document writes it: 2024年4月30日. */
  public static String chinese(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** The end of the implementation period: the approval date plus the rule set's years. */
  public static LocalDate periodEnd(LocalDate approved, Policy policy) {
    return approved.plusYears(years(policy));
  }

  /** The implementation period in years (the rule set's {@code implementation_years}). */
  public static int years(Policy policy) {
    Integer y = policy.implementationYears() == null ? null : policy.implementationYears().value();
    return y == null ? 2 : y;
  }

  /**
   * The share of the period passed at {@code asOf}, in percent with one decimal, between 0 and 100;
   * null when a date is missing or malformed.
   */
  public static BigDecimal elapsed(Plan plan, Progress progress, Policy policy) {
    LocalDate approved = date(plan.approvedOn());
    LocalDate asOf = progress == null ? null : date(progress.asOf());
    if (approved == null || asOf == null) {
      return null;
    }
    long total = ChronoUnit.DAYS.between(approved, periodEnd(approved, policy));
    long passed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(approved, asOf)));
    return percent(BigDecimal.valueOf(passed), BigDecimal.valueOf(total));
  }

  /**
   * {@code part} as a percentage of {@code whole}, one decimal, rounded down; null for no whole.
   */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() <= 0) {
      return null;
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.DOWN);
  }

  /**
   * Whether an indicator lags: its achieved share of a positive target below the share of the
   * period passed (the tool's estimate: the notice sets no pace within the period).
   */
  public static boolean lags(BigDecimal target, BigDecimal achieved, BigDecimal elapsed) {
    BigDecimal share = percent(achieved, target);
    return share != null && elapsed != null && share.compareTo(elapsed) < 0;
  }

  /** The approved plan's sub-industry a report entry names, or -1. */
  public static int industryOf(Plan plan, String subIndustry) {
    if (subIndustry == null) {
      return -1;
    }
    String wanted = key(subIndustry);
    List<Industry> industries = plan.industryList();
    for (int i = 0; i < industries.size(); i++) {
      if (industries.get(i) != null && wanted.equals(key(industries.get(i).subIndustry()))) {
        return i;
      }
    }
    return -1;
  }

  /** The report's entry for the plan's sub-industry {@code i}, or null. */
  public static Progress.IndustryProgress entryFor(Plan plan, Progress progress, int i) {
    for (Progress.IndustryProgress e : progress.industryList()) {
      if (e != null && industryOf(plan, e.subIndustry()) == i) {
        return e;
      }
    }
    return null;
  }

  /** A sub-industry's name as compared: full-width folded, no spaces. */
  static String key(String name) {
    return name == null ? "" : CellText.normalise(name).replaceAll("\\s", "");
  }

  /** Whether a date text was given but cannot be read. */
  public static boolean malformed(String text) {
    return text != null && !text.isBlank() && date(text) == null;
  }

  /** The ISO form of a date text, for messages: as written when it cannot be read. */
  static String shown(String text) {
    LocalDate d = date(text);
    return d == null ? String.valueOf(text) : d.toString();
  }
}
