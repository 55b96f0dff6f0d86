package io.shenbao.rules.check.roster;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.domain.CreditCode;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;

/**
 * The same credit code twice is an error; the same name under another code is a warning. Codes are
 * kept packed (two longs each) and names as 64-bit hashes, so a million-row roster needs tens of
 * megabytes, not hundreds.
 */
@RuleInfo(id = "ROSTER-DUPLICATE", severity = Severity.ERROR, clause = "附件1 六")
public final class RosterDuplicate implements Rule {
  @Override
  public RowCheck rows(PlanContext ctx) {
    LongPairSet codes = new LongPairSet();
    LongPairSet names = new LongPairSet();
    return new RowCheck() {
      @Override
      public void row(RosterRow row, Emitter out) {
        String code = row.code();
        if (row.codeValid()) {
          long[] k = CreditCode.pack(code);
          int first = codes.putIfAbsent(k[0], k[1], row.row());
          if (first != 0) {
            out.cell(
                row,
                RosterField.CODE,
                "",
                code,
                row.sheet().at(RosterField.CODE, first).shortForm());
            return;
          }
        }
        if (row.name() != null) {
          String n = SubIndustries.simplify(row.name());
          int first =
              names.putIfAbsent(
                  hash(n, 0x9E3779B97F4A7C15L), hash(n, 0xC2B2AE3D27D4EB4FL), row.row());
          if (first != 0) {
            out.warn(
                row,
                RosterField.NAME,
                "name",
                row.name(),
                row.sheet().at(RosterField.NAME, first).shortForm());
          }
        }
      }
    };
  }

  private static long hash(String s, long seed) {
    long h = seed;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
      h ^= h >>> 29;
    }
    return h;
  }
}
