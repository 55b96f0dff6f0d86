package io.shenbao.cli.bundle;

import static io.shenbao.cli.bundle.BundleRuns.hidden;
import static io.shenbao.cli.bundle.BundleRuns.inView;
import static io.shenbao.cli.bundle.BundleRuns.zipOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.cli.CliRun;
import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.Faults.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bundle run killed at any stage leaves no half bundle in view (folder and zip each absent or
 * whole), and the next run into the same place undoes it before deciding anything: a previous
 * bundle comes back whole, and no hidden leftover stays.
 *
 * <p>The kill is a stop point of the {@link Faults} seam. In process, each stop point copies the
 * target's folder as it is at that instant: what a kill there leaves on disk, since no clean-up
 * would run; the copies are examined. One test kills a real JVM ({@code Runtime.halt}) at a stop
 * point ({@link BundleRuns#inItsOwnJvm}) and finds what the copy shows.
 */
class KilledBundleTest {
  static final String WS = "../examples/bishan";
  static final String MISTAKES = "../examples/mistakes/funding";
  static final String OLD_DATE = "2024-05-09";
  static final String NEW_DATE = "2024-05-10";
  static final String NAME = "申报包";
  static final String REPLACING = "replacing";
  static final String FIRST = "first";

  @TempDir static Path dir;
  static Path previous;

  @BeforeAll
  static void runsStoppedAtEveryStage() throws Exception {
    previous = dir.resolve("previous").resolve(NAME);
    CliRun r = bundle(previous, OLD_DATE, "--zip");
    assertThat(r.code()).as(r.err()).isZero();
    copiesAtEveryStage(REPLACING, "--zip", "--force");
    copiesAtEveryStage(FIRST, "--zip");
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void aRunReplacingAPreviousBundleKilledAtAnyStage(Stage stage) throws Exception {
    Path out = killedAt(REPLACING, stage);
    assertThat(inView(out)).containsExactly(leftInView(stage, OLD_DATE));
    CliRun again = bundle(out, NEW_DATE, "--zip");
    assertThat(again.code()).as(again.err()).isEqualTo(2);
    assertThat(again.err()).contains("已存在");
    String kept = stage == Stage.COMMITTED ? NEW_DATE : OLD_DATE;
    assertThat(inView(out)).as("after the next run").containsExactly(kept, kept);
    assertThat(hidden(out.getParent())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void aFirstRunKilledAtAnyStage(Stage stage) throws Exception {
    Path out = killedAt(FIRST, stage);
    assertThat(inView(out)).containsExactly(leftInView(stage, null));
    // any run into the same place undoes the killed one first, even one refused for findings
    CliRun again = BundleRuns.bundle(MISTAKES, BundleRuns.AS_OF, out);
    assertThat(again.code()).as(again.err()).isEqualTo(stage == Stage.COMMITTED ? 2 : 1);
    if (stage == Stage.COMMITTED) {
      assertThat(inView(out)).containsExactly(NEW_DATE, NEW_DATE);
    } else {
      assertThat(inView(out)).containsExactly(null, null);
    }
    assertThat(hidden(out.getParent())).isEmpty();
  }

  @Test
  void theNextRunThenWritesTheBundle() throws Exception {
    Stage stage = Stage.ZIP_IN_PLACE;
    Path out = killedAt(FIRST, stage);
    CliRun again = bundle(out, NEW_DATE, "--zip");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(inView(out)).containsExactly(NEW_DATE, NEW_DATE);
    assertThat(hidden(out.getParent())).isEmpty();
    Path replacing = killedAt(REPLACING, stage);
    CliRun forced = bundle(replacing, NEW_DATE, "--zip", "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(inView(replacing)).containsExactly(NEW_DATE, NEW_DATE);
    assertThat(hidden(replacing.getParent())).isEmpty();
  }

  @Test
  void aRealKillLeavesWhatTheStopPointCopyShows() throws Exception {
    Path out = dir.resolve("real-kill").resolve(NAME);
    copyPrevious(out);
    Process p =
        BundleRuns.inItsOwnJvm(Stage.ZIP_IN_PLACE, true, args(out, NEW_DATE, "--zip", "--force"));
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(log).isEqualTo(BundleRuns.KILLED);
    assertThat(inView(out)).containsExactly(null, NEW_DATE);
    assertThat(hidden(out.getParent())).isNotEmpty();
    CliRun again = bundle(out, NEW_DATE, "--zip");
    assertThat(again.code()).isEqualTo(2);
    assertThat(inView(out)).containsExactly(OLD_DATE, OLD_DATE);
    assertThat(hidden(out.getParent())).isEmpty();
  }

  /**
   * Runs one bundle that passes every stop point, copying the target's folder at each: each copy is
   * what a kill at that stage leaves.
   */
  private static void copiesAtEveryStage(String scenario, String... extra) throws Exception {
    Path live = dir.resolve("live-" + scenario).resolve(NAME);
    if (scenario.equals(REPLACING)) {
      copyPrevious(live);
    }
    Faults copyAtEachStage =
        new Faults() {
          @Override
          public void reached(Stage s) throws IOException {
            try {
              BundleRuns.copyTree(live.getParent(), copyDir(scenario, s));
            } catch (Exception e) {
              throw new IOException(e);
            }
          }
        };
    CliRun r = CliRun.with(copyAtEachStage, args(live, NEW_DATE, extra).toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
  }

  private static Path copyDir(String scenario, Stage stage) {
    return dir.resolve("killed-" + scenario + "-" + stage);
  }

  /** The target as a kill at {@code stage} leaves it. */
  private static Path killedAt(String scenario, Stage stage) {
    Path copy = copyDir(scenario, stage);
    assertThat(copy).as("stop point %s reached", stage).isDirectory();
    return copy.resolve(NAME);
  }

  /**
   * The Bagging-Dates of folder and zip in view after a kill at {@code stage} (null: none): the
   * {@code previous} bundle's (its date, or null for none) until the old one is moved aside, then
   * nothing, then the new zip, then both new.
   */
  private static String[] leftInView(Stage stage, String previous) {
    return switch (stage) {
      case OLD_MOVED_ASIDE -> new String[] {null, null};
      case ZIP_IN_PLACE -> new String[] {null, NEW_DATE};
      case FOLDER_IN_PLACE, COMMITTED -> new String[] {NEW_DATE, NEW_DATE};
      default -> new String[] {previous, previous};
    };
  }

  private static void copyPrevious(Path out) throws Exception {
    BundleRuns.copyTree(previous, out);
    Files.copy(zipOf(previous), zipOf(out));
  }

  private static CliRun bundle(Path out, String date, String... extra) {
    return BundleRuns.run(Faults.NONE, WS, out, date, extra);
  }

  private static List<String> args(Path out, String date, String... extra) {
    return BundleRuns.args(WS, out, date, extra);
  }
}
