package io.shenbao.rules.layout;

/**
 * The form plan.xlsx and progress.xlsx share: a general sheet, found by the mark in its A1, with a
 * value beside each label in column A and, below a header row, a table of items (use | 用途类别 |
 * 金额（万元）) that goes on to the sheet's end; then one sheet per sub-industry, found by the mark its
 * A1 starts with, with a header row above its target indicators; and a hidden sheet of the
 * dropdowns' lists. Marks and labels are compared after {@link PlanLayout#clean}.
 *
 * @param generalSheet the general sheet's name as written
 * @param generalMark A1 of the general sheet
 * @param industryMark what A1 of each sub-industry sheet starts with
 * @param itemsLabel column A of the items' header row on the general sheet
 * @param itemsList the key path of the items' list
 * @param targetsHeader column A of the header row above the target indicators
 */
public record Form(
    String generalSheet,
    String generalMark,
    String industryMark,
    String itemsLabel,
    String itemsList,
    String targetsHeader) {
  /** The hidden sheet of the dropdowns' lists. */
  public static final String LISTS_SHEET = "_lists";

  /** The items' header of the category column (B). */
  public static final String CATEGORY_HEAD = "用途类别";

  /** The items' header of the amount column (C). */
  public static final String AMOUNT_HEAD = "金额（万元）";
}
