package io.shenbao.cli.receive;

import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.report.HtmlRenderer;
import java.util.List;

/**
 * The review as one self-contained page (no scripts, no files beside it): the summary table, each
 * province's quota, and each figure's ranking — what the workbook holds, to read in a browser or
 * send by mail.
 */
public final class ReviewHtml {
  private ReviewHtml() {}

  /** The page, in the language of {@code m}. */
  public static String write(Review review, Messages m) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append("zh".equals(m.lang()) ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(m.format("review.title")))
        .append("</title>\n<style>\n")
        .append("body{font-family:\"Noto Sans SC\",\"Microsoft YaHei\",sans-serif;margin:2em;")
        .append("color:#222}\n")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;")
        .append("padding:4px 8px;text-align:left;vertical-align:top}\n")
        .append(
            "th{background:#eee}td.n{text-align:right}.error{color:#b00}.scroll{overflow-x:auto}\n")
        .append(".rankings{display:flex;flex-wrap:wrap;gap:0 2em}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(esc(m.format("review.title")))
        .append("</h1>\n<p>")
        .append(
            esc(
                m.format(
                    "review.lead",
                    String.valueOf(review.cities().size()),
                    String.valueOf(review.provinces().size()))))
        .append("</p>\n");

    h.append("<h2>").append(esc(m.format("review.sheet.summary"))).append("</h2>\n");
    h.append("<div class=\"scroll\"><table>\n<tr>");
    for (String k : List.of("city", "province", "type", "level", "policy", "subs")) {
      th(h, m.format("review.column." + k));
    }
    for (Review.Indicator i : Review.Indicator.values()) {
      th(h, m.format("review.figure." + i.key()));
    }
    for (String k : List.of("errors", "warnings", "quota", "candidates", "source")) {
      th(h, m.format("review.column." + k));
    }
    h.append("</tr>\n");
    for (Review.City c : ReviewBook.sorted(review)) {
      h.append(c.errors() > 0 ? "<tr class=\"error\">" : "<tr>");
      td(h, c.name());
      td(h, c.province());
      td(h, c.type());
      td(h, RegisterBook.level(c.level(), m));
      td(h, c.policy());
      td(h, String.join("；", c.subIndustries()));
      for (Review.Indicator i : Review.Indicator.values()) {
        num(h, ReviewBook.text(c.figures().get(i), i));
      }
      num(h, String.valueOf(c.errors()));
      num(h, String.valueOf(c.warnings()));
      Review.Province p = review.provinceOf(c);
      num(h, p == null || p.quota() == 0 ? "" : String.valueOf(p.quota()));
      num(h, p == null ? "" : String.valueOf(p.cities()));
      td(h, c.source());
      h.append("</tr>\n");
    }
    h.append("</table></div>\n");

    h.append("<h2>").append(esc(m.format("review.sheet.provinces"))).append("</h2>\n<table>\n<tr>");
    for (String k : List.of("province", "quota", "candidates", "national", "over", "progress")) {
      th(h, m.format("review.column." + k));
    }
    h.append("</tr>\n");
    for (Review.Province p : review.provinces()) {
      boolean over = p.quota() > 0 && p.national() > p.quota();
      h.append(over ? "<tr class=\"error\">" : "<tr>");
      td(h, p.name());
      num(h, p.quota() == 0 ? "" : String.valueOf(p.quota()));
      num(h, String.valueOf(p.cities()));
      num(h, String.valueOf(p.national()));
      num(h, p.quota() == 0 ? "" : String.valueOf(Math.max(0, p.national() - p.quota())));
      num(h, String.valueOf(p.progress()));
      h.append("</tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>").append(esc(m.format("review.rankings"))).append("</h2>\n");
    h.append("<div class=\"rankings\">\n");
    for (Review.Indicator i : Review.Indicator.values()) {
      h.append("<table>\n<tr><th colspan=\"6\">")
          .append(esc(m.format("review.figure." + i.key())))
          .append("</th></tr>\n<tr>");
      for (String k : List.of("rank", "city", "value", "province", "quota", "candidates")) {
        th(h, m.format("review.column." + k));
      }
      h.append("</tr>\n");
      for (Review.Ranked x : review.ranking(i)) {
        h.append("<tr>");
        num(h, x.rank() == 0 ? "" : String.valueOf(x.rank()));
        td(h, x.city().name() == null ? x.city().source() : x.city().name());
        num(h, ReviewBook.text(x.value(), i));
        td(h, x.city().province());
        Review.Province p = review.provinceOf(x.city());
        num(h, p == null || p.quota() == 0 ? "" : String.valueOf(p.quota()));
        num(h, p == null ? "" : String.valueOf(p.cities()));
        h.append("</tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</div>\n<p>").append(esc(m.format("review.note"))).append("</p>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void th(StringBuilder h, String text) {
    h.append("<th>").append(esc(text)).append("</th>");
  }

  private static void td(StringBuilder h, String text) {
    h.append("<td>").append(esc(text)).append("</td>");
  }

  private static void num(StringBuilder h, String text) {
    h.append("<td class=\"n\">").append(esc(text)).append("</td>");
  }

  private static String esc(String s) {
    return HtmlRenderer.esc(s);
  }
}
