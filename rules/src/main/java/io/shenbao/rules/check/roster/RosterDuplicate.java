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
          long h1 = 0x9E3779B97F4A7C15L;
          long h2 = 0xC2B2AE3D27D4EB4FL;
          for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            h1 = (h1 ^ c) * 0x100000001B3L;
            h1 ^= h1 >>> 29;
            h2 = (h2 ^ c) * 0xFF51AFD7ED558CCDL;
            h2 ^= h2 >>> 31;
          }
          int first = names.putIfAbsent(h1, h2, row.row());
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
}
