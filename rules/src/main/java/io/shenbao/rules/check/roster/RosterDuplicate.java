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
 * kept packed and names as 97-bit hashes, 16 bytes each, so a million-row roster needs tens of
 * megabytes, not hundreds. Rows are looked up in batches: the table slots of a whole batch are read
 * first, so the processor waits for their cache misses together rather than one by one.
 */
@RuleInfo(id = "ROSTER-DUPLICATE", severity = Severity.ERROR, clause = "附件1 六")
public final class RosterDuplicate implements Rule {
  private static final int BATCH = 32;

  @Override
  public RowCheck rows(PlanContext ctx) {
    return new Check();
  }

  private static final class Check implements RowCheck {
    private final LongPairSet codes = new LongPairSet();
    private final LongPairSet names = new LongPairSet();
    private final RosterRow[] rows = new RosterRow[BATCH];
    private final long[] keys = new long[BATCH * 4];
    private int size;

    @Override
    public void row(RosterRow row, Emitter out) {
      int at = size * 4;
      if (row.codeValid()) {
        long[] k = CreditCode.pack(row.code());
        keys[at] = k[0];
        keys[at + 1] = k[1];
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
        keys[at + 2] = h1;
        keys[at + 3] = h2;
      }
      rows[size++] = row;
      if (size == BATCH) {
        flush(out);
      }
    }

    @Override
    public void end(Emitter out) {
      flush(out);
    }

    private void flush(Emitter out) {
      for (int i = 0; i < size; i++) {
        if (rows[i].codeValid()) {
          codes.touch(keys[i * 4], keys[i * 4 + 1]);
        }
        if (rows[i].name() != null) {
          names.touch(keys[i * 4 + 2], keys[i * 4 + 3]);
        }
      }
      for (int i = 0; i < size; i++) {
        check(rows[i], i * 4, out);
        rows[i] = null;
      }
      size = 0;
    }

    private void check(RosterRow row, int at, Emitter out) {
      if (row.codeValid()) {
        int first = codes.putIfAbsent(keys[at], keys[at + 1], row.row());
        if (first != 0) {
          out.cell(
              row,
              RosterField.CODE,
              "",
              row.code(),
              row.sheet().at(RosterField.CODE, first).shortForm());
          return;
        }
      }
      if (row.name() != null) {
        int first = names.putIfAbsent(keys[at + 2], keys[at + 3], row.row());
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
  }
}
