package io.shenbao.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.Fixtures;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.read.roster.LargeRosters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large roster is streamed: 200,000 rows with every roster rule are checked in a separate JVM
 * whose heap (64 MB) could not hold the rows, only the small per-rule state.
 */
class BoundedMemoryTest {
  static final int ROWS = 200_000;
  static final int CUT_ROWS = 60_000;

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"csv", "xlsx"})
  void largeRosterIsCheckedInSmallHeap(String ext) throws Exception {
    Path ws = workspace("ws", "big." + ext);
    if (ext.equals("csv")) {
      LargeRosters.writeCsv(ws.resolve("big.csv"), ROWS);
    } else {
      LargeRosters.writeXlsx(ws.resolve("big.xlsx"), ROWS);
    }
    String out = probe(ws, "-Xmx64m");
    assertThat(out).contains("rows=" + ROWS);
  }

  /**
   * Four million distinct shared strings under a header that claims one: their text and offsets
   * would not fit beside the rest in 64 MB. The roster is unreadable for want of memory (a finding
   * that says which setting helps), not an OutOfMemoryError.
   */
  @Test
  void sharedStringsTooLargeForTheHeapAreAFindingNotAnError() throws Exception {
    Path ws = workspace("strings", "big.xlsx");
    LargeRosters.writeXlsxWithManyStrings(
        ws.resolve("big.xlsx"),
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>",
        4_000_000);
    String out = probe(ws, "-Xmx64m");
    assertThat(out).contains("INPUT-UNREADABLE.memory").doesNotContain("OutOfMemoryError");
  }

  /**
   * A roster whose rules' state (its codes and names, for duplicates) outgrows a 24 MB heap: the
   * roster is unreadable for want of memory, a finding with the row it reached, not an Error.
   */
  @Test
  void aRosterTooLargeForTheHeapIsAFindingNotAnError() throws Exception {
    Path ws = workspace("rows", "big.csv");
    LargeRosters.writeCsv(ws.resolve("big.csv"), 1_000_000);
    String out = probe(ws, "-Xmx24m");
    assertThat(out).contains("INPUT-UNREADABLE.memory-rows").doesNotContain("OutOfMemoryError");
  }

  /**
   * A problem on every row (each a note too long for its cell, from one shared string): the
   * problems are counted under their rule's cap as they come, not kept until the roster is read, so
   * 60,000 of them pass through a heap that could not hold them (kept, they ran it out of memory).
   */
  @Test
  void aProblemOnEveryRowIsCappedAsItComes() throws Exception {
    Path ws = workspace("cut", "big.xlsx");
    LargeRosters.writeXlsxWithLongNotes(ws.resolve("big.xlsx"), CUT_ROWS);
    String out = probe(ws, "-Xmx24m");
    assertThat(out)
        .contains("rows=" + CUT_ROWS, "INPUT-SYNTAX.cell-too-long", "common.truncated")
        .doesNotContain("INPUT-UNREADABLE.memory");
  }

  /** A workspace of the base fixture whose plan names {@code roster}. */
  private Path workspace(String name, String roster) throws Exception {
    Path ws = dir.resolve(name);
    Files.createDirectories(ws);
    String plan =
        Files.readString(Fixtures.resource("base").resolve("plan.yaml"), StandardCharsets.UTF_8);
    Files.writeString(ws.resolve("plan.yaml"), plan.replace("roster: 名单.csv", "roster: " + roster));
    Files.copy(Fixtures.resource("base").resolve("证明材料.pdf"), ws.resolve("证明材料.pdf"));
    return ws;
  }

  /** What {@link Probe} prints for {@code ws} in a JVM with heap {@code xmx}; it must end well. */
  private static String probe(Path ws, String xmx) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(xmx);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Probe.class.getName());
    cmd.add(ws.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out;
  }

  /** Runs the checker on one workspace and prints how many rows it read. */
  public static final class Probe {
    public static void main(String[] args) throws Exception {
      Report r = Fixtures.check(Path.of(args[0]));
      System.out.println(
          "rows=" + r.workspaces().get(0).rosterRows() + " findings=" + r.findings().size());
      r.findings().forEach(f -> System.out.println(f.key()));
    }
  }
}
