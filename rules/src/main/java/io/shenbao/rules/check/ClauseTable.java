package io.shenbao.rules.check;

import io.shenbao.rules.policy.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which clause of the notices each rule checks, and the clauses no rule checks with the reason (the
 * rule set's {@code unchecked_clauses}): the table the README prints, made from the rules' metadata
 * so that it cannot drift from them.
 */
public final class ClauseTable {
  /** The documents in the order the table lists them. */
  private static final List<String> DOCUMENTS =
      List.of("财办建〔2024〕23号", "附件1", "附件2", "财建〔2023〕117号", "渝经信发〔2024〕21号");

  private static final String NUMERALS = "一二三四五六七八九十";

  private ClauseTable() {}

  /** One row: a clause and the rules that check it, or why none does. */
  public record Row(String clause, List<String> rules, String unchecked) {}

  /** The rows: every clause a rule cites, and every clause the rule set says no rule checks. */
  public static List<Row> rows(List<Rule> rules, Policy policy) {
    Map<String, List<String>> byClause = new TreeMap<>(ClauseTable::compare);
    for (Rule r : rules) {
      for (String clause : clauses(r.info().clause())) {
        List<String> ids = byClause.computeIfAbsent(clause, k -> new ArrayList<>());
        if (!ids.contains(r.id())) {
          ids.add(r.id());
        }
      }
    }
    List<Row> out = new ArrayList<>();
    byClause.forEach((clause, ids) -> out.add(new Row(clause, List.copyOf(ids), null)));
    if (policy.uncheckedClauses() != null && policy.uncheckedClauses().value() != null) {
      policy.uncheckedClauses().value().forEach((c, why) -> out.add(new Row(c, List.of(), why)));
    }
    out.sort(Comparator.comparing(Row::clause, ClauseTable::compare));
    return out;
  }

  /** The rows as a Markdown table. */
  public static String markdown(List<Rule> rules, Policy policy) {
    StringBuilder sb = new StringBuilder();
    sb.append("| clause | checked by |\n|---|---|\n");
    for (Row r : rows(rules, policy)) {
      sb.append("| ").append(r.clause()).append(" | ");
      sb.append(r.unchecked() == null ? String.join(", ", r.rules()) : "— " + r.unchecked());
      sb.append(" |\n");
    }
    return sb.toString();
  }

  /**
   * The clauses a rule's clause text cites: each part between "；", without its quoted words in
   * brackets, one per section when it names several (三、五), 主要数据表 and 附件1's sections under 附件1.
   */
  static List<String> clauses(String text) {
    List<String> out = new ArrayList<>();
    for (String part : parts(text)) {
      String p = withoutQuote(part.strip());
      if (p.equals("主要数据表")) {
        p = "附件1 主要数据表";
      }
      int space = p.indexOf(' ');
      if (space > 0 && p.substring(space + 1).matches("[一二三四五六七八九十]+(、[一二三四五六七八九十]+)+")) {
        for (String section : p.substring(space + 1).split("、")) {
          out.add(p.substring(0, space) + " " + section);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** The parts of a clause text between the "；" that stand outside brackets. */
  private static List<String> parts(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '（') {
        depth++;
      } else if (c == '）') {
        depth--;
      } else if (c == '；' && depth == 0) {
        out.add(text.substring(from, i));
        from = i + 1;
      }
    }
    out.add(text.substring(from));
    return out;
  }

  /** A clause without the words it quotes: 三（支持对象） → 三; 四（一）（避免分散） → 四（一）. */
  private static String withoutQuote(String clause) {
    String c = clause;
    while (c.endsWith("）")) {
      int depth = 0;
      int open = -1;
      for (int i = c.length() - 1; i >= 0; i--) {
        char ch = c.charAt(i);
        if (ch == '）') {
          depth++;
        } else if (ch == '（' && --depth == 0) {
          open = i;
          break;
        }
      }
      String inside = open < 0 ? "" : c.substring(open + 1, c.length() - 1);
      if (open < 0 || inside.matches("[一二三四五六七八九十]+")) {
        break;
      }
      c = c.substring(0, open);
    }
    return c.strip();
  }

  /** Document order, then section order (一 before 二 … before the rest), then text. */
  static int compare(String a, String b) {
    int c = Integer.compare(document(a), document(b));
    if (c != 0) {
      return c;
    }
    c = Integer.compare(section(a), section(b));
    return c != 0 ? c : numbered(a).compareTo(numbered(b));
  }

  /** The text with Chinese numerals made to sort in their order (二 before 三). */
  private static String numbered(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int n = NUMERALS.indexOf(c);
      sb.append(n < 0 ? c : (char) ('0' + n));
    }
    return sb.toString();
  }

  private static int document(String clause) {
    for (int i = 0; i < DOCUMENTS.size(); i++) {
      if (clause.startsWith(DOCUMENTS.get(i))) {
        return i;
      }
    }
    return DOCUMENTS.size();
  }

  private static int section(String clause) {
    int space = clause.indexOf(' ');
    if (space < 0) {
      return -1;
    }
    String rest = clause.substring(space + 1);
    if (rest.startsWith("封面")) {
      return 0;
    }
    int n = rest.isEmpty() ? -1 : NUMERALS.indexOf(rest.charAt(0));
    return n < 0 ? 100 : n + 1;
  }
}
