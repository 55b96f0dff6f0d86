package io.shenbao.rules.facts;

import io.shenbao.rules.domain.CreditCode;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterSheet;
import io.shenbao.rules.policy.Policy;
import java.util.Arrays;

/**
 * What the cross-city rules see of one workspace: its plan, rule set, where its city and province
 * stand, and the valid credit codes of its roster with their cells.
 *
 * @param workspace the workspace as the user named it
 * @param planFile the plan file as the user names it
 * @param plan the plan
 * @param policy the rule set in force
 * @param cityAt where the city's name stands
 * @param provinceAt where the province stands
 * @param codes the roster's valid credit codes, in row order
 */
public record WorkspaceFacts(
    String workspace,
    String planFile,
    Plan plan,
    Policy policy,
    Location cityAt,
    Location provinceAt,
    Codes codes) {

  /** One credit code and the cell it was read from. */
  public record CodeAt(String code, String file, Location at) {}

  /**
   * The roster's valid codes, packed (20 bytes each) so that a large roster costs megabytes, not
   * the hundreds a list of strings and locations would; kept in blocks, so that growing never
   * copies them (a copy would need half as much again at the moment memory is shortest).
   */
  public static final class Codes {
    private static final int BLOCK_BITS = 16;
    private static final int BLOCK = 1 << BLOCK_BITS;
    private static final int MASK = BLOCK - 1;

    private long[][] hi = new long[0][];
    private long[][] lo = new long[0][];
    private int[][] rows = new int[0][];
    private int size;
    private RosterSheet sheet;

    /** Adds a valid code read at a row of the roster. */
    public void add(String code, int row, RosterSheet rosterSheet) {
      int b = size >>> BLOCK_BITS;
      if (b == rows.length) {
        int n = b + 1;
        hi = Arrays.copyOf(hi, n);
        lo = Arrays.copyOf(lo, n);
        rows = Arrays.copyOf(rows, n);
        int len = b == 0 ? 256 : BLOCK;
        hi[b] = new long[len];
        lo[b] = new long[len];
        rows[b] = new int[len];
      } else if ((size & MASK) == rows[b].length) {
        hi[b] = Arrays.copyOf(hi[b], Math.min(BLOCK, rows[b].length * 4));
        lo[b] = Arrays.copyOf(lo[b], hi[b].length);
        rows[b] = Arrays.copyOf(rows[b], hi[b].length);
      }
      long[] k = CreditCode.pack(code);
      int at = size & MASK;
      hi[b][at] = k[0];
      lo[b][at] = k[1];
      rows[b][at] = row;
      size++;
      sheet = rosterSheet;
    }

    /** Forgets every code (a roster that could not be read to its end takes no part). */
    public void clear() {
      hi = new long[0][];
      lo = new long[0][];
      rows = new int[0][];
      size = 0;
    }

    public int size() {
      return size;
    }

    /** The i-th code as text. */
    public String code(int i) {
      return CreditCode.unpack(hi[i >>> BLOCK_BITS][i & MASK], lo[i >>> BLOCK_BITS][i & MASK]);
    }

    /** Compares the i-th code with the j-th of {@code other}, as the packed codes sort. */
    public int compare(int i, Codes other, int j) {
      int c = Long.compare(hi[i >>> BLOCK_BITS][i & MASK], other.hi[j >>> BLOCK_BITS][j & MASK]);
      return c != 0
          ? c
          : Long.compare(lo[i >>> BLOCK_BITS][i & MASK], other.lo[j >>> BLOCK_BITS][j & MASK]);
    }

    /** The positions 0 … size-1 ordered by code (a code's repeats in row order). */
    public int[] sortedOrder() {
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      int[] tmp = new int[size];
      for (int width = 1; width < size; width *= 2) {
        for (int from = 0; from < size; from += 2 * width) {
          int mid = Math.min(from + width, size);
          int to = Math.min(from + 2 * width, size);
          int a = from;
          int b = mid;
          int k = from;
          while (a < mid && b < to) {
            tmp[k++] = compare(order[b], this, order[a]) < 0 ? order[b++] : order[a++];
          }
          while (a < mid) {
            tmp[k++] = order[a++];
          }
          while (b < to) {
            tmp[k++] = order[b++];
          }
        }
        int[] t = order;
        order = tmp;
        tmp = t;
      }
      return order;
    }

    /** The i-th code with its file and cell. */
    public CodeAt get(int i) {
      return new CodeAt(
          code(i), sheet.file(), sheet.at(RosterField.CODE, rows[i >>> BLOCK_BITS][i & MASK]));
    }
  }

  /** The submission level, trimmed, or "". */
  public String level() {
    return plan.submission() == null || plan.submission().level() == null
        ? ""
        : plan.submission().level().trim();
  }
}
