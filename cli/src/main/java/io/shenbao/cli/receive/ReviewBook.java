package io.shenbao.cli.receive;

import io.shenbao.rules.finding.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSortCondition;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSortState;

/**
 * 评审汇总表.xlsx: the summary (a row per city, sorted by province and city), each province's quota, and
 * a sheet per figure ranking the cities on it (highest first). Every sheet has its header frozen
 * and filter buttons on it, the sort it is in recorded (so that a spreadsheet shows the arrows),
 * and its figures stored as numbers.
 */
public final class ReviewBook {
  private ReviewBook() {}

  /** The workbook's bytes, in the language of {@code m}, dated {@code when}. */
  public static byte[] write(Review review, Messages m, OffsetDateTime when) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Books.Styles st = new Books.Styles(wb);
      summary(wb, st, review, m);
      provinces(wb, st, review, m);
      for (Review.Indicator i : Review.Indicator.values()) {
        ranking(wb, st, review, i, m);
      }
      return Books.bytes(wb, when);
    }
  }

  /** The cities sorted as the summary lists them: by province, then city (by pinyin). */
  static List<Review.City> sorted(Review review) {
    List<Review.City> cities = new ArrayList<>(review.cities());
    cities.sort(
        Comparator.comparing(Review.City::province, Comparator.nullsLast(Review.NAMES))
            .thenComparing(Review.City::name, Comparator.nullsLast(Review.NAMES)));
    return cities;
  }

  private static void summary(XSSFWorkbook wb, Books.Styles st, Review review, Messages m) {
    XSSFSheet s =
        wb.createSheet(WorkbookUtil.createSafeSheetName(m.format("review.sheet.summary")));
    List<String> head = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    for (String k : List.of("number", "city", "province", "type", "level", "policy", "subs")) {
      head.add(m.format("review.column." + k));
      widths.add(k.equals("subs") ? 40 : k.equals("number") ? 6 : 14);
    }
    for (Review.Indicator i : Review.Indicator.values()) {
      head.add(m.format("review.figure." + i.key()));
      widths.add(14);
    }
    for (String k : List.of("errors", "warnings", "quota", "candidates", "source")) {
      head.add(m.format("review.column." + k));
      widths.add(k.equals("source") ? 40 : 10);
    }
    Books.header(s, st, head);
    List<Review.City> cities = sorted(review);
    int r = 1;
    for (Review.City c : cities) {
      Row x = s.createRow(r);
      int col = 0;
      Books.number(x, col++, r, st.count);
      Books.text(x, col++, c.name(), st);
      Books.text(x, col++, c.province(), st);
      Books.text(x, col++, c.type(), st);
      Books.text(x, col++, RegisterBook.level(c.level(), m), st);
      Books.text(x, col++, c.policy(), st);
      Books.text(x, col++, String.join("\n", c.subIndustries()), st);
      for (Review.Indicator i : Review.Indicator.values()) {
        Books.number(x, col++, c.figures().get(i), style(st, i));
      }
      Books.number(x, col++, c.errors(), st.count);
      Books.number(x, col++, c.warnings(), st.count);
      Review.Province p = review.provinceOf(c);
      Books.number(x, col++, p == null || p.quota() == 0 ? null : p.quota(), st.count);
      Books.number(x, col++, p == null ? null : p.cities(), st.count);
      Books.text(x, col, c.source(), st);
      r++;
    }
    Books.finish(s, widths.stream().mapToInt(Integer::intValue).toArray(), cities.size(), false);
    sortedBy(s, cities.size(), new int[] {2, 1}, false);
  }

  private static void provinces(XSSFWorkbook wb, Books.Styles st, Review review, Messages m) {
    XSSFSheet s =
        wb.createSheet(WorkbookUtil.createSafeSheetName(m.format("review.sheet.provinces")));
    List<String> head = new ArrayList<>();
    for (String k : List.of("province", "quota", "candidates", "national", "over")) {
      head.add(m.format("review.column." + k));
    }
    Books.header(s, st, head);
    int r = 1;
    for (Review.Province p : review.provinces()) {
      Row x = s.createRow(r++);
      Books.text(x, 0, p.name(), st);
      Books.number(x, 1, p.quota() == 0 ? null : p.quota(), st.count);
      Books.number(x, 2, p.cities(), st.count);
      Books.number(x, 3, p.national(), st.count);
      Books.number(x, 4, p.quota() == 0 ? null : Math.max(0, p.national() - p.quota()), st.count);
    }
    Books.finish(s, new int[] {16, 8, 12, 12, 10}, review.provinces().size(), true);
    sortedBy(s, review.provinces().size(), new int[] {0}, false);
  }

  private static void ranking(
      XSSFWorkbook wb, Books.Styles st, Review review, Review.Indicator i, Messages m) {
    XSSFSheet s =
        wb.createSheet(WorkbookUtil.createSafeSheetName(m.format("review.short." + i.key())));
    List<String> head = new ArrayList<>();
    head.add(m.format("review.column.rank"));
    head.add(m.format("review.column.city"));
    head.add(m.format("review.column.province"));
    head.add(m.format("review.column.level"));
    head.add(m.format("review.figure." + i.key()));
    head.add(m.format("review.column.quota"));
    head.add(m.format("review.column.candidates"));
    Books.header(s, st, head);
    List<Review.Ranked> ranked = review.ranking(i);
    int r = 1;
    for (Review.Ranked x : ranked) {
      Row row = s.createRow(r++);
      Books.number(row, 0, x.rank() == 0 ? null : x.rank(), st.count);
      Books.text(row, 1, x.city().name() == null ? x.city().source() : x.city().name(), st);
      Books.text(row, 2, x.city().province(), st);
      Books.text(row, 3, RegisterBook.level(x.city().level(), m), st);
      Books.number(row, 4, x.value(), style(st, i));
      Review.Province p = review.provinceOf(x.city());
      Books.number(row, 5, p == null || p.quota() == 0 ? null : p.quota(), st.count);
      Books.number(row, 6, p == null ? null : p.cities(), st.count);
    }
    Books.finish(s, new int[] {6, 18, 12, 14, 18, 8, 12}, ranked.size(), true);
    sortedBy(s, ranked.size(), new int[] {4}, true);
  }

  private static CellStyle style(Books.Styles st, Review.Indicator i) {
    return switch (i.kind()) {
      case COUNT -> st.count;
      case DECIMAL, PERCENT -> st.decimal;
      case MONEY -> st.money;
    };
  }

  /**
   * Records under the filter the sort the rows are in ({@code columns}, the first the main key), so
   * that the spreadsheet shows it on the header's buttons.
   */
  private static void sortedBy(XSSFSheet s, int rows, int[] columns, boolean descending) {
    if (rows < 1) {
      return;
    }
    int last = s.getRow(0).getLastCellNum() - 1;
    CTSortState sort = s.getCTWorksheet().getAutoFilter().addNewSortState();
    sort.setRef(new CellRangeAddress(1, rows, 0, last).formatAsString());
    for (int c : columns) {
      CTSortCondition cond = sort.addNewSortCondition();
      cond.setRef(new CellRangeAddress(1, rows, c, c).formatAsString());
      if (descending) {
        cond.setDescending(true);
      }
    }
  }

  /** A figure as text for the page: as the workbook's format shows it. */
  static String text(BigDecimal v, Review.Indicator i) {
    if (v == null) {
      return "";
    }
    BigDecimal x = v.stripTrailingZeros();
    if (i.kind() == Review.Kind.PERCENT) {
      return v.toPlainString(); // one decimal, as the rules give it
    }
    return x.scale() < 0 ? x.setScale(0).toPlainString() : x.toPlainString();
  }
}
