package io.shenbao.rules.check.batch;

import io.shenbao.rules.check.BatchEmitter;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.check.WorkspaceFacts;
import io.shenbao.rules.finding.Severity;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.RandomAccess;

/**
 * Enterprises (credit codes) in two cities' rosters: each can be transformed in one pilot only. One
 * finding per pair of cities, in the later one's roster at the first shared code, saying how many
 * they share and naming the first few; the JSON report lists every shared code. The rosters' codes
 * are compared sorted, merged across all cities at once, so memory stays with the packed codes.
 */
@RuleInfo(
    id = "BATCH-DUPLICATE-ENTERPRISE",
    severity = Severity.WARNING,
    clause = "附件1 六（试点细分行业规上工业中小企业名单）")
public final class BatchDuplicateEnterprise implements Rule {
  /** How many shared codes the message names. */
  static final int NAMED = 3;

  @Override
  public void checkBatch(List<WorkspaceFacts> all, BatchEmitter out) {
    Map<Long, Shared> pairs = new LinkedHashMap<>();
    PriorityQueue<Cursor> heads = new PriorityQueue<>();
    for (int w = 0; w < all.size(); w++) {
      Cursor c = new Cursor(w, all.get(w).codes());
      if (c.valid()) {
        heads.add(c);
      }
    }
    List<Cursor> same = new ArrayList<>();
    while (!heads.isEmpty()) {
      same.clear();
      Cursor first = heads.poll();
      same.add(first);
      while (!heads.isEmpty() && heads.peek().compareCode(first) == 0) {
        same.add(heads.poll());
      }
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          Cursor a = same.get(i);
          Cursor b = same.get(j);
          Cursor earlier = a.workspace < b.workspace ? a : b;
          Cursor later = earlier == a ? b : a;
          long key = (long) earlier.workspace << 32 | later.workspace;
          pairs.computeIfAbsent(key, k -> new Shared()).add(later.position());
        }
      }
      for (Cursor c : same) {
        c.skipCode();
        if (c.valid()) {
          heads.add(c);
        }
      }
    }
    for (Map.Entry<Long, Shared> e : pairs.entrySet()) {
      WorkspaceFacts earlier = all.get((int) (e.getKey() >>> 32));
      WorkspaceFacts later = all.get((int) (long) e.getKey());
      Shared s = e.getValue();
      s.sortByRow();
      List<String> codes = new Packed(later.codes(), s.positions());
      WorkspaceFacts.CodeAt at = later.codes().get(s.positions()[0]);
      out.codes(
          later.workspace(),
          at.file(),
          at.at(),
          "",
          codes,
          earlier.plan().city().name(),
          earlier.workspace(),
          String.valueOf(codes.size()),
          String.join("、", codes.subList(0, Math.min(NAMED, codes.size())))
              + (codes.size() > NAMED ? " …" : ""));
    }
  }

  /** One workspace's codes in sorted order, read one distinct code at a time. */
  private static final class Cursor implements Comparable<Cursor> {
    final int workspace;
    final WorkspaceFacts.Codes codes;
    final int[] order;
    int next;

    Cursor(int workspace, WorkspaceFacts.Codes codes) {
      this.workspace = workspace;
      this.codes = codes;
      this.order = codes.sortedOrder();
    }

    boolean valid() {
      return next < order.length;
    }

    /** Where the current code stands in the roster's order of codes. */
    int position() {
      return order[next];
    }

    int compareCode(Cursor o) {
      return codes.compare(position(), o.codes, o.position());
    }

    /** Past every copy of the current code (a roster's own repeats are ROSTER-DUPLICATE's). */
    void skipCode() {
      int at = position();
      next++;
      while (valid() && codes.compare(position(), codes, at) == 0) {
        next++;
      }
    }

    @Override
    public int compareTo(Cursor o) {
      int c = compareCode(o);
      return c != 0 ? c : Integer.compare(workspace, o.workspace);
    }
  }

  /** The positions (in the later roster) of the codes a pair of cities shares. */
  private static final class Shared {
    private int[] positions = new int[4];
    private int size;

    void add(int position) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
      }
      positions[size++] = position;
    }

    int[] positions() {
      return positions;
    }

    /** In the order of the roster's rows, so the first is the first a reader meets. */
    void sortByRow() {
      positions = Arrays.copyOf(positions, size);
      Arrays.sort(positions); // positions follow the rows' order
    }
  }

  /** The shared codes as text, unpacked one at a time when read. */
  private static final class Packed extends AbstractList<String> implements RandomAccess {
    private final WorkspaceFacts.Codes codes;
    private final int[] positions;

    Packed(WorkspaceFacts.Codes codes, int[] positions) {
      this.codes = codes;
      this.positions = positions;
    }

    @Override
    public String get(int i) {
      return codes.code(positions[i]);
    }

    @Override
    public int size() {
      return positions.length;
    }
  }
}
