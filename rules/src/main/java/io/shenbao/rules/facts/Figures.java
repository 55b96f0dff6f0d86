package io.shenbao.rules.facts;

import io.shenbao.rules.domain.Places;
import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures the rules compute from a plan — shares of level-2 coverage, the split of the central
 * funds, a province's quota — in one place, so that whatever else shows them (the review summary of
 * {@code compare}) shows the very numbers the rules judged.
 */
public final class Figures {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Figures() {}

  /**
   * {@code part} of {@code whole} in percent with one decimal, rounded down, so that a share just
   * short of a line never shows as on it (METRIC-LEVEL2-RATIO's); null when either is missing or
   * the whole is not positive.
   */
  public static BigDecimal coverage(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() <= 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.DOWN);
  }

  /** How many of {@code base} a ratio asks for: the product, rounded up. */
  public static BigDecimal needed(BigDecimal base, BigDecimal ratio) {
    return base.multiply(ratio).setScale(0, RoundingMode.CEILING);
  }

  /**
   * {@code part} of {@code total} in percent with one decimal, rounded half up (FUNDING-SPLIT's);
   * null when either is missing or the total is not positive.
   */
  public static BigDecimal percent(BigDecimal part, BigDecimal total) {
    if (part == null || total == null || total.signum() <= 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP);
  }

  /**
   * The central funds by the rule set's categories.
   *
   * @param transformation what goes directly to transforming SMEs
   * @param other what goes to everything else
   * @param complete false when an item lacks its category or amount, or names a category the rule
   *     set does not know (the sums then leave it out)
   */
  public record Split(BigDecimal transformation, BigDecimal other, boolean complete) {}

  /** The split of {@code f}'s items (FUNDING-SPLIT's), or null when there are no funds. */
  public static Split split(Plan.Funding f, Policy p) {
    if (f == null) {
      return null;
    }
    Map<String, String> categories = p.fundingCategories().value();
    List<String> transformation = p.transformationCategories().value();
    BigDecimal transform = BigDecimal.ZERO;
    BigDecimal other = BigDecimal.ZERO;
    boolean complete = true;
    for (Plan.FundingItem item : f.itemList()) {
      if (item == null
          || item.category() == null
          || item.amount() == null
          || !categories.containsKey(item.category().trim())) {
        complete = false;
      } else if (transformation.contains(item.category().trim())) {
        transform = transform.add(item.amount());
      } else {
        other = other.add(item.amount());
      }
    }
    return new Split(transform, other, complete);
  }

  /**
   * A figure summed over the sub-industries, as the overall data table (总体数据表) gives it; a
   * sub-industry without it counts nothing, and null when none has it.
   */
  public static BigDecimal sum(List<Industry> industries, Function<Industry, BigDecimal> figure) {
    BigDecimal s = null;
    for (Industry i : industries) {
      BigDecimal v = i == null ? null : figure.apply(i);
      if (v != null) {
        s = s == null ? v : s.add(v);
      }
    }
    return s;
  }

  /**
   * The province-level unit a plan's province is (from the rule set's list, as written or with its
   * suffix), or null when it is none.
   */
  public static String province(Plan plan, Policy p) {
    return plan == null || plan.city() == null
        ? null
        : Places.province(plan.city().province(), p.provinceUnits().value());
  }

  /**
   * How many cities {@code province} may recommend at national level (BATCH-QUOTA's), or null when
   * the rule set does not know its batch's quota.
   */
  public static Integer quota(String province, Policy p) {
    Policy.Quota q = p.quota().value();
    if (q == null) {
      return null;
    }
    return q.twoCityProvinces().contains(province) ? q.twoCity() : q.others();
  }
}
