package io.shenbao.cli.receive;

import io.shenbao.rules.finding.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
    Xlsx book = new Xlsx();
    summary(book, review, m);
    provinces(book, review, m);
    for (Review.Indicator i : Review.Indicator.values()) {
      ranking(book, review, i, m);
    }
    return book.bytes(when);
  }

  /**
   * The cities sorted as the summary lists them: the candidates, then the first-batch cities'
   * progress reports; each by province, then city (by pinyin).
   */
  static List<Review.City> sorted(Review review) {
    List<Review.City> cities = new ArrayList<>(review.cities());
    cities.sort(
        Comparator.comparing(Review.City::progress)
            .thenComparing(Review.City::province, Comparator.nullsLast(Review.NAMES))
            .thenComparing(Review.City::name, Comparator.nullsLast(Review.NAMES)));
    return cities;
  }

  private static void summary(Xlsx book, Review review, Messages m) {
    Xlsx.Sheet s = book.sheet(m.format("review.sheet.summary"));
    List<String> head = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    // narrow columns (headers and names wrap): the summary prints on one A4 landscape page's width
    Map<String, Integer> width =
        Map.of("number", 5, "city", 14, "province", 8, "type", 10, "subs", 24, "source", 24);
    for (String k : List.of("number", "city", "province", "type", "level", "policy", "subs")) {
      head.add(m.format("review.column." + k));
      widths.add(width.getOrDefault(k, 12));
    }
    for (Review.Indicator i : Review.Indicator.values()) {
      head.add(m.format("review.figure." + i.key()));
      widths.add(9);
    }
    for (String k : List.of("errors", "warnings", "quota", "candidates", "source")) {
      head.add(m.format("review.column." + k));
      widths.add(width.getOrDefault(k, 7));
    }
    s.header(head);
    int n = 1;
    for (Review.City c : sorted(review)) {
      Xlsx.Row x =
          s.row()
              .number(0, n++, Xlsx.Style.COUNT)
              .text(1, c.name())
              .text(2, c.province())
              .text(3, c.type())
              .text(4, RegisterBook.level(c.level(), m))
              .text(5, c.policy())
              .text(6, String.join("\n", c.subIndustries()));
      int col = 7;
      for (Review.Indicator i : Review.Indicator.values()) {
        x.number(col++, c.figures().get(i), style(i));
      }
      Review.Province p = review.provinceOf(c);
      x.number(col++, c.errors(), Xlsx.Style.COUNT)
          .number(col++, c.warnings(), Xlsx.Style.COUNT)
          .number(col++, p == null || p.quota() == 0 ? null : p.quota(), Xlsx.Style.COUNT)
          .number(col++, p == null ? null : p.cities(), Xlsx.Style.COUNT)
          .text(col, c.source());
    }
    s.widths(widths.stream().mapToInt(Integer::intValue).toArray());
    s.sortedBy(false, 2, 1);
    s.fitWidth();
  }

  private static void provinces(Xlsx book, Review review, Messages m) {
    Xlsx.Sheet s = book.sheet(m.format("review.sheet.provinces"));
    List<String> head = new ArrayList<>();
    for (String k : List.of("province", "quota", "candidates", "national", "over", "progress")) {
      head.add(m.format("review.column." + k));
    }
    s.header(head);
    for (Review.Province p : review.provinces()) {
      boolean known = p.quota() > 0;
      s.row()
          .text(0, p.name())
          .number(1, known ? p.quota() : null, Xlsx.Style.COUNT)
          .number(2, p.cities(), Xlsx.Style.COUNT)
          .number(3, p.national(), Xlsx.Style.COUNT)
          .number(4, known ? Math.max(0, p.national() - p.quota()) : null, Xlsx.Style.COUNT)
          .number(5, p.progress(), Xlsx.Style.COUNT);
    }
    s.widths(16, 8, 12, 12, 10, 16);
    s.sortedBy(false, 0);
    s.fitWidth();
  }

  private static void ranking(Xlsx book, Review review, Review.Indicator i, Messages m) {
    Xlsx.Sheet s = book.sheet(m.format("review.short." + i.key()));
    s.header(
        List.of(
            m.format("review.column.rank"),
            m.format("review.column.city"),
            m.format("review.column.province"),
            m.format("review.column.level"),
            m.format("review.figure." + i.key()),
            m.format("review.column.quota"),
            m.format("review.column.candidates")));
    for (Review.Ranked x : review.ranking(i)) {
      Review.Province p = review.provinceOf(x.city());
      s.row()
          .number(0, x.rank() == 0 ? null : x.rank(), Xlsx.Style.COUNT)
          .text(1, x.city().name() == null ? x.city().source() : x.city().name())
          .text(2, x.city().province())
          .text(3, RegisterBook.level(x.city().level(), m))
          .number(4, x.value(), style(i))
          .number(5, p == null || p.quota() == 0 ? null : p.quota(), Xlsx.Style.COUNT)
          .number(6, p == null ? null : p.cities(), Xlsx.Style.COUNT);
    }
    s.widths(6, 18, 12, 14, 18, 8, 12);
    s.sortedBy(true, 4);
    s.fitWidth();
  }

  private static Xlsx.Style style(Review.Indicator i) {
    return switch (i.kind()) {
      case COUNT -> Xlsx.Style.COUNT;
      case DECIMAL, PERCENT -> Xlsx.Style.DECIMAL;
      case MONEY -> Xlsx.Style.MONEY;
    };
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
