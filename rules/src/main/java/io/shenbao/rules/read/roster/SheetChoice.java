package io.shenbao.rules.read.roster;

import java.util.List;

/** Picks the roster sheet: a visible sheet whose name contains 名单, else the first visible one. */
final class SheetChoice {
  static final SheetChoice DEFAULT = new SheetChoice();

  /** The index of the roster sheet, or -1 when no sheet is visible. */
  int choose(List<String> names, List<Boolean> visible) {
    for (int i = 0; i < names.size(); i++) {
      if (visible.get(i) && names.get(i).contains("名单")) {
        return i;
      }
    }
    for (int i = 0; i < names.size(); i++) {
      if (visible.get(i)) {
        return i;
      }
    }
    return -1;
  }
}
