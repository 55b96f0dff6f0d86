package io.shenbao.rules.model;

import io.shenbao.rules.domain.CreditCode;
import io.shenbao.rules.finding.Location;
import java.math.BigDecimal;

/**
 * One enterprise of the roster, as a person means its cells.
 *
 * @param sheet the roster's layout
 * @param row the 1-based row as Excel shows it
 * @param name 企业名称, or null
 * @param code 统一社会信用代码, upper-cased and trimmed, or null
 * @param codeNumeric true when the code cell holds a number (Excel has already dropped digits)
 * @param codeDefect what is wrong with the code (GB 32100), checked once as the row is read; null
 *     when the code is valid, missing or numeric
 * @param revenueText the revenue cell as written, or null
 * @param revenue the revenue in 万元, null when absent or not a number
 * @param tierText the 企业类型 cell, or null
 * @param tier what the 企业类型 cell means ({@link Tier#parse}), null when not recognised
 * @param subIndustry 细分行业, or null
 * @param staffText the 从业人员 cell, or null
 * @param staff 从业人员, null when absent or not a number
 * @param district 所在区县, or null
 */
public record RosterRow(
    RosterSheet sheet,
    int row,
    String name,
    String code,
    boolean codeNumeric,
    CreditCode.Result codeDefect,
    String revenueText,
    BigDecimal revenue,
    String tierText,
    Tier tier,
    String subIndustry,
    String staffText,
    BigDecimal staff,
    String district) {

  /** True when the row has a code that passes GB 32100 (not stored as a number). */
  public boolean codeValid() {
    return code != null && !codeNumeric && codeDefect == null;
  }

  /** The cell of a field in this row. */
  public Location at(RosterField field) {
    return sheet.at(field, row);
  }
}
