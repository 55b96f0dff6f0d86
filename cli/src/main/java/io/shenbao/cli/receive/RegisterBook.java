package io.shenbao.cli.receive;

import io.shenbao.rules.engine.RuleSets;
import io.shenbao.rules.finding.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 收件登记表.xlsx: one row per package received, in the order they arrived. */
public final class RegisterBook {
  /**
   * The columns, by their message keys ({@code intake.column.*}), and widths in characters: as
   * narrow as their contents allow (longer text wraps), so that the register printed on one A4
   * landscape page's width stays legible.
   */
  private static final String[] COLUMNS = {
    "number",
    "city",
    "province",
    "level",
    "policy",
    "bagging-date",
    "files",
    "bytes",
    "fingerprint",
    "verified",
    "errors",
    "warnings",
    "rules",
    "received",
    "received-from",
    "deadline",
    "in-time",
    "note",
    "contact",
    "package"
  };

  private static final int[] WIDTHS = {
    4, 14, 8, 12, 12, 11, 5, 9, 33, 8, 5, 5, 16, 19, 10, 19, 7, 14, 16, 18
  };

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private RegisterBook() {}

  /** The workbook's bytes, in the language of {@code m}, dated {@code when}. */
  public static byte[] write(List<Register.Row> rows, Messages m, OffsetDateTime when)
      throws IOException {
    Xlsx book = new Xlsx();
    Xlsx.Sheet s = book.sheet(m.format("intake.sheet"));
    List<String> names = new ArrayList<>();
    for (String c : COLUMNS) {
      names.add(m.format("intake.column." + c));
    }
    s.header(names);
    for (Register.Row row : rows) {
      s.row()
          .number(0, row.number(), Xlsx.Style.COUNT)
          .text(1, row.city())
          .text(2, row.province())
          .text(3, level(row.level(), m))
          .text(4, row.policy())
          .date(5, row.baggingDate())
          .number(6, row.files(), Xlsx.Style.COUNT)
          .number(7, row.bytes(), Xlsx.Style.COUNT)
          .text(8, row.fingerprint())
          .text(9, verified(row, m))
          .number(10, row.errors(), Xlsx.Style.COUNT)
          .number(11, row.warnings(), Xlsx.Style.COUNT)
          .text(12, row.rules())
          .time(13, row.arrival().received())
          .text(14, from(row, m))
          .time(15, row.deadline())
          .text(16, inTime(row, m))
          .text(17, note(row, m))
          .text(18, row.contact())
          .text(19, row.arrival().display());
    }
    s.widths(WIDTHS);
    s.sortedBy(false, 13);
    s.fitWidth();
    return book.bytes(when);
  }

  /** The level in words (区县报市), or as written when the rule sets do not know it. */
  static String level(String level, Messages m) {
    if (level == null) {
      return null;
    }
    return m.has("level." + level) ? m.format("level." + level) : level;
  }

  /** 完好, 已损坏（3 处）, 不是 zip 文件. */
  static String verified(Register.Row row, Messages m) {
    return m.format(
        "intake.verified." + row.verified().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        String.valueOf(row.damage()));
  }

  /** Where the time of receipt came from. */
  static String from(Register.Row row, Messages m) {
    return m.format("intake.from." + row.arrival().from().name().toLowerCase(Locale.ROOT));
  }

  /** 按时, 逾期, or — when the deadline is not known. */
  static String inTime(Register.Row row, Messages m) {
    Boolean late = row.late();
    return m.format(
        late == null ? "intake.in-time.unknown" : late ? "intake.late" : "intake.in-time");
  }

  /** 替代第 1 行, 已由第 3 行替代, 与第 2 行为同一申报包; "" for none. */
  static String note(Register.Row row, Messages m) {
    List<String> notes = new ArrayList<>();
    if (row.sameAs() > 0) {
      notes.add(m.format("intake.note.same-as", String.valueOf(row.sameAs())));
    }
    if (row.replaces() > 0) {
      notes.add(m.format("intake.note.replaces", String.valueOf(row.replaces())));
    }
    if (row.replacedBy() > 0) {
      notes.add(m.format("intake.note.replaced-by", String.valueOf(row.replacedBy())));
    }
    return notes.isEmpty() ? null : String.join(m.format("intake.note.and"), notes);
  }

  /** The summary {@code intake} prints: a line per package, then the totals. */
  public static void summary(
      PrintWriter out, List<Register.Row> rows, String register, Messages m) {
    long damaged = rows.stream().filter(r -> r.verified() != Register.Verified.INTACT).count();
    long late = rows.stream().filter(r -> Boolean.TRUE.equals(r.late())).count();
    long withErrors = rows.stream().filter(r -> r.errors() > 0).count();
    for (Register.Row r : rows) {
      String note = note(r, m);
      out.println(
          m.format(
              "intake.line",
              String.valueOf(r.number()),
              r.city() == null ? m.format("intake.no-city") : r.city(),
              r.arrival().display(),
              verified(r, m),
              String.valueOf(r.errors()),
              String.valueOf(r.warnings()),
              r.arrival().received().atZoneSameInstant(RuleSets.defaultZone()).format(TIME),
              inTime(r, m),
              r.fingerprint() == null ? "—" : r.fingerprint().substring(0, 12),
              note == null ? "" : m.format("intake.line-note", note)));
    }
    out.println(
        m.format(
            "intake.summary",
            String.valueOf(rows.size()),
            String.valueOf(damaged),
            String.valueOf(late),
            String.valueOf(withErrors),
            register));
    out.flush();
  }
}
