package io.shenbao.rules.model;

import io.shenbao.rules.finding.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The layout of one roster: which sheet, where the header stood, which column holds which field,
 * and what the headers say about units.
 *
 * @param file the file as the user names it
 * @param sheet the sheet name, null for CSV
 * @param headerRow the 1-based row of the header
 * @param columns 0-based column of each field found
 * @param headers the header texts seen, in column order
 * @param revenueFactor multiply the revenue column by this to get 万元
 * @param revenueUnit the unit the header names (万元, 元, 亿元)
 * @param tierQuestion what a 是/否 answer in the tier column means: {@code LITTLE_GIANT}, {@code
 *     SPECIALIZED}, or {@code AMBIGUOUS} for the combined question of 附件1
 */
public record RosterSheet(
    String file,
    String sheet,
    int headerRow,
    Map<RosterField, Integer> columns,
    List<String> headers,
    BigDecimal revenueFactor,
    String revenueUnit,
    Tier tierQuestion) {

  public RosterSheet {
    columns = Map.copyOf(columns);
    headers = List.copyOf(headers);
  }

  /** True when the roster has a column for the field. */
  public boolean has(RosterField field) {
    return columns.containsKey(field);
  }

  /** The cell of a field in a row, or the row when the field has no column. */
  public Location at(RosterField field, int row) {
    Integer col = columns.get(field);
    return col == null ? Location.row(sheet, row) : Location.cell(sheet, col, row);
  }
}
