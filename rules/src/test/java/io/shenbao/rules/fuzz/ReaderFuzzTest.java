package io.shenbao.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.Fixtures;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.read.roster.LargeRosters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutation fuzzing of the readers: the base workspace's plan.yaml, CSV roster and an xlsx roster,
 * each mutated at random (flipped, inserted, deleted, duplicated and truncated bytes, YAML and CSV
 * metacharacters) and checked end to end. Any exception is a bug: bad input must become findings.
 * CI runs a bounded number of iterations; {@code scripts/fuzz} runs many more ({@code
 * -Dshenbao.fuzz.iterations=N}, {@code -Dshenbao.fuzz.seed=S} to replay one).
 */
class ReaderFuzzTest {
  static final int ITERATIONS = Integer.getInteger("shenbao.fuzz.iterations", 150);
  static final long SEED = Long.getLong("shenbao.fuzz.seed", 20240516L);
  static final byte[][] TOKENS = {
    ":".getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
        "- ".getBytes(StandardCharsets.UTF_8),
    "&a ".getBytes(StandardCharsets.UTF_8), "*a".getBytes(StandardCharsets.UTF_8),
        "[".getBytes(StandardCharsets.UTF_8),
    "{".getBytes(StandardCharsets.UTF_8), "\"".getBytes(StandardCharsets.UTF_8),
        ",".getBytes(StandardCharsets.UTF_8),
    "\t".getBytes(StandardCharsets.UTF_8), "!!binary ".getBytes(StandardCharsets.UTF_8),
        "１２３".getBytes(StandardCharsets.UTF_8),
    "%".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {0}
  };

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"plan.yaml", "名单.csv", "名单.xlsx"})
  void mutatedInputsNeverCrashTheChecker(String target) throws Exception {
    Path base = Fixtures.resource("base");
    byte[] original;
    if (target.endsWith(".xlsx")) {
      Path x = dir.resolve("seed.xlsx");
      LargeRosters.writeXlsx(x, 5);
      original = Files.readAllBytes(x);
    } else {
      original = Files.readAllBytes(base.resolve(target));
    }
    Random rnd = new Random(SEED ^ target.hashCode());
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = rnd.nextLong();
      Path ws = dir.resolve("ws" + i);
      Files.createDirectories(ws);
      String plan = Files.readString(base.resolve("plan.yaml"), StandardCharsets.UTF_8);
      if (target.endsWith(".xlsx")) {
        plan = plan.replace("roster: 名单.csv", "roster: 名单.xlsx");
      }
      Files.writeString(ws.resolve("plan.yaml"), plan, StandardCharsets.UTF_8);
      Files.copy(base.resolve("名单.csv"), ws.resolve("名单.csv"));
      Files.copy(base.resolve("证明材料.pdf"), ws.resolve("证明材料.pdf"));
      Files.write(ws.resolve(target), mutate(original, new Random(seed)));
      Report r;
      try {
        r = Fixtures.check(ws);
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        throw new AssertionError(
            "crash on " + target + " with -Dshenbao.fuzz.seed=" + seed + " (iteration " + i + ")",
            e);
      }
      assertThat(r.workspaces()).hasSize(1);
    }
  }

  static byte[] mutate(byte[] in, Random rnd) {
    byte[] b = in.clone();
    int edits = 1 + rnd.nextInt(8);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = rnd.nextInt(b.length);
      switch (rnd.nextInt(6)) {
        case 0 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
        case 1 -> b = splice(b, at, TOKENS[rnd.nextInt(TOKENS.length)]);
        case 2 -> {
          int len = Math.min(b.length - at, 1 + rnd.nextInt(16));
          byte[] out = new byte[b.length - len];
          System.arraycopy(b, 0, out, 0, at);
          System.arraycopy(b, at + len, out, at, b.length - at - len);
          b = out;
        }
        case 3 ->
            b =
                splice(
                    b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + 1 + rnd.nextInt(64))));
        case 4 -> b = Arrays.copyOf(b, Math.max(1, at));
        default -> b[at] = (byte) rnd.nextInt(256);
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int at, byte[] insert) {
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }
}
