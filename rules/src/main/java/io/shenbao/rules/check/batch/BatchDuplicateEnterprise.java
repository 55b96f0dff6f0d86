package io.shenbao.rules.check.batch;

import io.shenbao.rules.check.BatchEmitter;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Severity;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Enterprises (credit codes) in two cities' rosters: each can be transformed in one pilot only. One
 * finding per pair of cities, in the later one's roster at the first shared code, saying how many
 * they share and naming the first few; the JSON report lists every shared code. The rosters' codes
 * are compared sorted, merged across all cities at once; a pair keeps its count and first codes,
 * and its full list is found again when a report writes it, so memory stays with the packed codes.
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
    Cursor[] cursors = new Cursor[all.size()];
    for (int w = 0; w < all.size(); w++) {
      cursors[w] = new Cursor(w, all.get(w).codes());
      if (cursors[w].valid()) {
        heads.add(cursors[w]);
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
      // same is in workspace order: each later one shares this code with each earlier one
      for (int j = 1; j < same.size(); j++) {
        Cursor later = same.get(j);
        for (int i = 0; i < j; i++) {
          long key = (long) same.get(i).workspace << 32 | later.workspace;
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
      Cursor earlier = cursors[(int) (e.getKey() >>> 32)];
      Cursor later = cursors[(int) (long) e.getKey()];
      WorkspaceFacts a = all.get(earlier.workspace);
      WorkspaceFacts b = all.get(later.workspace);
      Shared s = e.getValue();
      List<String> named = new ArrayList<>();
      for (int k = 0; k < Math.min(NAMED, s.count); k++) {
        named.add(b.codes().code(s.first[k]));
      }
      WorkspaceFacts.CodeAt at = b.codes().get(s.first[0]);
      out.codes(
          b.workspace(),
          at.file(),
          at.at(),
          "",
          new SharedCodes(later, earlier, s.count),
          a.plan().city().name(),
          a.workspace(),
          String.valueOf(s.count),
          String.join("、", named) + (s.count > NAMED ? " …" : ""));
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

    /** Where the current code stands in the roster (its first row, the order being stable). */
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

  /** How many codes a pair of cities shares, and the first few (by row) in the later roster. */
  private static final class Shared {
    final int[] first = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
    int count;

    void add(int position) {
      count++;
      for (int k = 0; k < first.length; k++) {
        if (position < first[k]) {
          System.arraycopy(first, k, first, k + 1, first.length - k - 1);
          first[k] = position;
          return;
        }
      }
    }
  }

  /**
   * The codes a pair shares, in the later roster's row order, found again each time the list is
   * read (two sorted orders merged): a pair's list costs no memory until a report writes it.
   */
  private static final class SharedCodes extends AbstractList<String> {
    private final Cursor later;
    private final Cursor earlier;
    private final int size;

    SharedCodes(Cursor later, Cursor earlier, int size) {
      this.later = later;
      this.earlier = earlier;
      this.size = size;
    }

    private int[] positions() {
      int[] out = new int[size];
      int n = 0;
      int[] b = later.order;
      int[] a = earlier.order;
      WorkspaceFacts.Codes bc = later.codes;
      WorkspaceFacts.Codes ac = earlier.codes;
      int i = 0;
      int j = 0;
      while (i < b.length && j < a.length && n < size) {
        int c = bc.compare(b[i], ac, a[j]);
        if (c < 0) {
          i++;
        } else if (c > 0) {
          j++;
        } else {
          out[n++] = b[i];
          int code = b[i];
          while (i < b.length && bc.compare(b[i], bc, code) == 0) {
            i++;
          }
        }
      }
      Arrays.sort(out, 0, n);
      return n == size ? out : Arrays.copyOf(out, n);
    }

    @Override
    public Iterator<String> iterator() {
      int[] positions = positions();
      return new Iterator<>() {
        private int k;

        @Override
        public boolean hasNext() {
          return k < positions.length;
        }

        @Override
        public String next() {
          if (k >= positions.length) {
            throw new NoSuchElementException();
          }
          return later.codes.code(positions[k++]);
        }
      };
    }

    @Override
    public String get(int i) {
      return later.codes.code(positions()[i]);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
