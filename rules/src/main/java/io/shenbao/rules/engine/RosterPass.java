package io.shenbao.rules.engine;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.model.RosterSheet;
import io.shenbao.rules.read.roster.RosterReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a workspace's roster: the file streamed row by row through every rule's row check,
 * each row's credit code kept for the cross-city rules, and (for a package to be built from what
 * was checked) the rows themselves.
 */
final class RosterPass {
  /**
   * What the pass read.
   *
   * @param sheet the roster's layout, or null when it could not be read
   * @param rows how many rows were read
   * @param kept the rows, in order, when asked to keep them (else empty)
   */
  record Result(RosterSheet sheet, long rows, List<RosterRow> kept) {}

  private static final Result NONE = new Result(null, 0, List.of());

  private RosterPass() {}

  /**
   * Reads the roster {@code plan} names (at {@code at} in the plan) through the rules that look at
   * rows.
   *
   * @param several whether the run checks several workspaces (the codes are kept for the cross-city
   *     rules)
   * @param keep whether to keep the rows
   */
  static Result read(
      WorkspaceRef ws,
      String planFile,
      PlanContext ctx,
      Location at,
      List<Rule> rules,
      FindingSink sink,
      ParallelRunner runner,
      WorkspaceFacts.Codes codes,
      boolean several,
      boolean keep,
      List<Problem> problems) {
    String rel = ctx.plan().roster();
    if (rel == null || rel.isBlank()) {
      return NONE;
    }
    Path file = WorkspacePaths.resolve(ws.dir(), rel, "roster", planFile, at, problems);
    if (file == null) {
      return NONE;
    }
    String notAFile = WorkspacePaths.whyNotAFile(file);
    if (notAFile != null) {
      problems.add(
          notAFile.isEmpty()
              ? new Problem(Keys.InputUnreadable.MISSING, planFile, at, List.of(rel))
              : new Problem(Keys.InputUnreadable.NOT_A_FILE, planFile, at, List.of(rel, notAFile)));
      return NONE;
    }
    List<Rule.RowCheck> checks = new ArrayList<>();
    List<Emitter> emitters = new ArrayList<>();
    for (Rule rule : rules) {
      Rule.RowCheck c = sink.off(rule) ? null : rule.rows(ctx);
      if (c != null) {
        checks.add(c);
        emitters.add(sink.emitter(rule, ctx.locator(), planFile));
      }
    }
    List<RosterRow> kept = new ArrayList<>();
    long[] lastRow = {0};
    RosterReader.Result result;
    try {
      result =
          RosterReader.read(
              file,
              ws.displayOf(rel),
              ctx.industries().size() > 1,
              (RosterRow row) -> {
                lastRow[0] = row.row();
                for (int i = 0; i < checks.size(); i++) {
                  checks.get(i).row(row, emitters.get(i));
                }
                runner.rowRead();
                if (several && row.codeValid()) {
                  codes.add(row.code(), row.row(), row.sheet());
                }
                if (keep) {
                  kept.add(row);
                }
              },
              sink::problem);
    } catch (OutOfMemoryError e) {
      // What the rules keep of a roster (its codes and names, for duplicates) outgrew the heap:
      // it is dropped, and the roster is said to be too large for this much memory.
      checks.clear();
      codes.clear();
      kept.clear();
      sink.problem(
          new Problem(
              Keys.InputUnreadable.MEMORY_ROWS,
              ws.displayOf(rel),
              null,
              List.of(
                  String.valueOf(lastRow[0]),
                  String.valueOf(Runtime.getRuntime().maxMemory() >> 20))));
      return NONE;
    }
    if (result.sheet() != null) {
      for (int i = 0; i < checks.size(); i++) {
        checks.get(i).end(emitters.get(i));
      }
    }
    return new Result(result.sheet(), result.rows(), keep ? List.copyOf(kept) : List.of());
  }
}
