package io.shenbao.rules.read.roster;

import io.shenbao.rules.domain.CreditCode;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.model.RosterSheet;
import io.shenbao.rules.model.Tier;
import io.shenbao.rules.read.Units;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns raw rows of any format into {@link RosterRow}s: finds the header under title rows, maps
 * columns by name and alias, and reads cells as a person means them. Shared by the xlsx, xls and
 * csv readers.
 */
public final class RosterAssembler implements RowSink {
  /** How many rows above the header may be titles or notes. */
  static final int HEADER_SEARCH_ROWS = 30;

  private final String file;
  private String sheetName;
  private final boolean requireSubIndustry;
  private final Consumer<RosterRow> rows;
  private final Consumer<Problem> problems;
  private RosterSheet sheet;
  private List<String> firstHeaderLike;
  private int firstHeaderLikeRow;
  private boolean stopped;
  private RosterField[] fieldOfColumn;
  private final RawCell[] byField = new RawCell[RosterField.values().length];
  private final Map<String, Tier> tiers = new HashMap<>();
  private long rowCount;

  public RosterAssembler(
      String file,
      boolean requireSubIndustry,
      Consumer<RosterRow> rows,
      Consumer<Problem> problems) {
    this.file = file;
    this.requireSubIndustry = requireSubIndustry;
    this.rows = rows;
    this.problems = problems;
  }

  /** The layout, once the header was found. */
  public RosterSheet sheet() {
    return sheet;
  }

  /** The sheet's name, once reading started (null for a CSV file). */
  String sheetName() {
    return sheetName;
  }

  /** How many enterprise rows were passed on. */
  public long rowCount() {
    return rowCount;
  }

  @Override
  public void start(String name) {
    this.sheetName = name;
  }

  @Override
  public boolean row(int row, List<RawCell> cells) {
    if (stopped) {
      return false;
    }
    if (sheet == null) {
      return findHeader(row, cells);
    }
    RosterRow r = interpret(row, cells);
    if (r != null) {
      rowCount++;
      rows.accept(r);
    }
    return true;
  }

  /** Called when the file ends: reports a roster with no header at all. */
  public void finish() {
    if (sheet == null && !stopped) {
      List<String> seen = firstHeaderLike == null ? List.of() : firstHeaderLike;
      Location at = firstHeaderLike == null ? null : Location.row(sheetName, firstHeaderLikeRow);
      problems.accept(
          new Problem(
              Keys.RosterHeader.NOT_FOUND,
              file,
              at,
              List.of(seen.isEmpty() ? "—" : String.join("、", seen))));
    }
  }

  private boolean findHeader(int row, List<RawCell> cells) {
    if (cells.isEmpty()) {
      return true;
    }
    if (firstHeaderLike == null) {
      firstHeaderLike = texts(cells);
      firstHeaderLikeRow = row;
    }
    Map<RosterField, Integer> columns = new EnumMap<>(RosterField.class);
    List<String> headers = new ArrayList<>();
    String revenueHeader = null;
    String tierHeader = null;
    for (RawCell c : cells) {
      String text = CellText.normalise(c.text());
      headers.add(text);
      RosterField f = RosterField.of(text);
      if (f != null && !columns.containsKey(f)) {
        columns.put(f, c.column());
        if (f == RosterField.REVENUE) {
          revenueHeader = RosterField.simplify(text);
        } else if (f == RosterField.TIER) {
          tierHeader = RosterField.simplify(text);
        }
      }
    }
    int keyFields = 0;
    for (RosterField f : List.of(RosterField.NAME, RosterField.CODE, RosterField.REVENUE)) {
      if (columns.containsKey(f)) {
        keyFields++;
      }
    }
    if (keyFields < 2) {
      if (row >= HEADER_SEARCH_ROWS) {
        finish();
        stopped = true;
        return false;
      }
      return true;
    }
    String unit = unitOf(revenueHeader);
    sheet =
        new RosterSheet(
            file, sheetName, row, columns, headers, factorOf(unit), unit, questionOf(tierHeader));
    int width = 0;
    for (int col : columns.values()) {
      width = Math.max(width, col + 1);
    }
    fieldOfColumn = new RosterField[width];
    for (Map.Entry<RosterField, Integer> e : columns.entrySet()) {
      fieldOfColumn[e.getValue()] = e.getKey();
    }
    List<RosterField> missing = new ArrayList<>();
    for (RosterField f :
        List.of(RosterField.NAME, RosterField.CODE, RosterField.REVENUE, RosterField.TIER)) {
      if (!columns.containsKey(f)) {
        missing.add(f);
      }
    }
    if (requireSubIndustry && !columns.containsKey(RosterField.SUB_INDUSTRY)) {
      missing.add(RosterField.SUB_INDUSTRY);
    }
    for (RosterField f : missing) {
      problems.accept(
          new Problem(
              Keys.RosterHeader.MISSING,
              file,
              Location.row(sheetName, row),
              List.of(headerName(f), String.join("、", headers))));
    }
    return true;
  }

  private RosterRow interpret(int row, List<RawCell> cells) {
    RawCell[] byField = this.byField;
    Arrays.fill(byField, null);
    boolean anyField = false;
    for (int k = 0; k < cells.size(); k++) {
      RawCell c = cells.get(k);
      int col = c.column();
      if (col < fieldOfColumn.length && fieldOfColumn[col] != null) {
        byField[fieldOfColumn[col].ordinal()] = c;
        anyField = true;
      }
    }
    if (!anyField) {
      return null;
    }
    String name = freeText(byField[RosterField.NAME.ordinal()]);
    RawCell codeCell = byField[RosterField.CODE.ordinal()];
    String code = text(codeCell);
    if (isBlank(name) && isBlank(code)) {
      boolean anything = false;
      for (RawCell c : byField) {
        anything |= c != null && !isBlank(text(c));
      }
      if (!anything || isTotalRow(cells)) {
        return null;
      }
    }
    if (code != null) {
      code = code.toUpperCase(Locale.ROOT);
    }
    boolean codeNumeric =
        codeCell != null
            && (codeCell.number() || (code != null && code.indexOf('E') > 0 && isScientific(code)));
    String revenueText = text(byField[RosterField.REVENUE.ordinal()]);
    BigDecimal revenue = CellText.number(revenueText);
    if (revenue != null && !BigDecimal.ONE.equals(sheet.revenueFactor())) {
      revenue = revenue.multiply(sheet.revenueFactor());
    } else if (revenue == null) {
      // typed with its unit (3.1亿元, 8200万): the number it says, in 万元 whatever the header's unit
      revenue = Units.read(revenueText, "万元");
    }
    String staffText = text(byField[RosterField.STAFF.ordinal()]);
    String tierText = freeText(byField[RosterField.TIER.ordinal()]);
    return new RosterRow(
        sheet,
        row,
        name,
        code,
        codeNumeric,
        code == null || codeNumeric ? null : CreditCode.check(code),
        revenueText,
        revenue,
        tierText,
        tierOf(tierText),
        freeText(byField[RosterField.SUB_INDUSTRY.ordinal()]),
        staffText,
        Units.read(staffText, "人"),
        freeText(byField[RosterField.DISTRICT.ordinal()]));
  }

  /** The tier a cell means; the few texts a roster uses are parsed once each. */
  private Tier tierOf(String text) {
    if (text == null) {
      return Tier.NONE;
    }
    Tier known = tiers.get(text);
    if (known != null || tiers.containsKey(text)) {
      return known;
    }
    Tier t = Tier.parse(text, sheet.tierQuestion());
    if (tiers.size() < 256) {
      tiers.put(text, t);
    }
    return t;
  }

  private static boolean isTotalRow(List<RawCell> cells) {
    for (RawCell c : cells) {
      String t = CellText.normalise(c.text());
      if (t != null && t.matches("(合计|总计|小计)[:：]?.*")) {
        return true;
      }
    }
    return false;
  }

  private static String text(RawCell c) {
    if (c == null || c.error()) {
      return c == null ? null : c.text();
    }
    String t = CellText.normalise(c.text());
    if (t != null && c.number()) {
      BigDecimal n = CellText.number(t);
      if (n != null) {
        return CellText.plain(n);
      }
    }
    return t == null || t.isEmpty() ? null : t;
  }

  /** Names and the like keep their own characters (full-width brackets stay); only trimmed. */
  private static String freeText(RawCell c) {
    if (c == null || c.error()) {
      return c == null ? null : c.text();
    }
    String t = CellText.trim(c.text());
    return t == null || t.isEmpty() ? null : t;
  }

  /**
   * Whether {@code s} is a number as Excel shows a long one, {@code d[.d…]E[+]d…}: a credit code
   * typed into a number cell ("9.15E+17"), whose digits are lost. Many real codes hold an E.
   */
  static boolean isScientific(String s) {
    int n = s.length();
    int i = 1;
    if (n < 3 || !isDigit(s.charAt(0))) {
      return false;
    }
    if (s.charAt(i) == '.') {
      int from = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == from) {
        return false;
      }
    }
    if (i >= n || s.charAt(i++) != 'E') {
      return false;
    }
    if (i < n && s.charAt(i) == '+') {
      i++;
    }
    int from = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    return i == n && i > from;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isBlank(String s) {
    return s == null || s.isEmpty();
  }

  private static List<String> texts(List<RawCell> cells) {
    List<String> out = new ArrayList<>();
    for (RawCell c : cells) {
      String t = CellText.normalise(c.text());
      if (t != null && !t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  static String unitOf(String header) {
    if (header == null) {
      return "万元";
    }
    if (header.contains("亿元")) {
      return "亿元";
    }
    if (header.contains("万元")) {
      return "万元";
    }
    if (header.matches(".*\\(元\\).*|.*\\(人民币元\\).*|.*单位:元.*|.*元$")) {
      return "元";
    }
    return "万元";
  }

  static BigDecimal factorOf(String unit) {
    return switch (unit) {
      case "亿元" -> BigDecimal.valueOf(10000);
      case "元" -> new BigDecimal("0.0001");
      default -> BigDecimal.ONE;
    };
  }

  static Tier questionOf(String header) {
    if (header == null) {
      return Tier.AMBIGUOUS;
    }
    boolean giant = header.contains("小巨人");
    boolean specialized = header.replace("专精特新小巨人", "").contains("专精特新");
    if (giant && !specialized) {
      return Tier.LITTLE_GIANT;
    }
    if (specialized && !giant) {
      return Tier.SPECIALIZED;
    }
    return Tier.AMBIGUOUS;
  }

  /** The Chinese header a field is usually given. */
  public static String headerName(RosterField f) {
    return switch (f) {
      case NAME -> "企业名称";
      case CODE -> "统一社会信用代码";
      case REVENUE -> "主营业务收入（万元）";
      case TIER -> "企业类型（是否为专精特新“小巨人”企业或专精特新中小企业）";
      case SUB_INDUSTRY -> "细分行业";
      case STAFF -> "从业人员";
      case DISTRICT -> "所在区县";
    };
  }
}
