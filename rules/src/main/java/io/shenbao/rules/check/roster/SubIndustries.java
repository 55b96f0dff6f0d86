package io.shenbao.rules.check.roster;

import io.shenbao.rules.model.Industry;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.text.CellText;
import java.util.ArrayList;
import java.util.List;

/** Which of the plan's sub-industries a roster row belongs to. */
final class SubIndustries {
  private final List<String> names = new ArrayList<>();

  /** Rows of one sub-industry usually follow each other: the last answer is kept. */
  private String lastText;

  private int lastIndex;

  SubIndustries(List<Industry> industries) {
    for (Industry i : industries) {
      names.add(i.subIndustry() == null ? null : simplify(i.subIndustry()));
    }
  }

  int size() {
    return names.size();
  }

  /**
   * The index of the row's sub-industry; with a single sub-industry a blank cell belongs to it. -1
   * when the row names none of them, -2 when the cell is blank and the plan has several.
   */
  int indexOf(RosterRow row) {
    String s = row.subIndustry();
    if (s == null) {
      return names.size() == 1 ? 0 : -2;
    }
    if (s.equals(lastText)) {
      return lastIndex;
    }
    lastText = s;
    lastIndex = find(s);
    return lastIndex;
  }

  private int find(String s) {
    String t = simplify(s);
    int dash = Math.max(t.lastIndexOf('—'), t.lastIndexOf('-'));
    String tail = dash >= 0 ? t.substring(dash + 1) : t;
    for (int i = 0; i < names.size(); i++) {
      if (t.equals(names.get(i)) || tail.equals(names.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Normalised ({@link CellText#normalise}) and without any white space: the form compared. */
  static String simplify(String s) {
    String n = CellText.normalise(s);
    StringBuilder sb = null; // made only when there is white space to drop
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (CellText.isSpace(c)) {
        if (sb == null) {
          sb = new StringBuilder(n.length()).append(n, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? n : sb.toString();
  }
}
