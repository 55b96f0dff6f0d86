package io.shenbao.cli.receive;

import io.shenbao.cli.bundle.BagVerifier;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link BagVerifier} found, in words: the lines {@code shenbao verify} prints, and the same
 * lines as {@code BUNDLE-DAMAGED} findings when a package is checked, one for each problem, at the
 * file it concerns.
 */
public final class Damage {
  /** Problems of the zip as a whole or of entries outside the bag: reported at the zip itself. */
  private static final Set<BagVerifier.Kind> OF_THE_ZIP =
      Set.of(
          BagVerifier.Kind.DUPLICATE,
          BagVerifier.Kind.OUTSIDE,
          BagVerifier.Kind.HIDDEN,
          BagVerifier.Kind.TRUNCATED);

  private Damage() {}

  /** One problem as {@code verify} says it. */
  public static String describe(BagVerifier.Problem p, Messages m) {
    String kind = p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    if (p.kind() == BagVerifier.Kind.MISSING && p.algorithm() == null) {
      kind = "missing-tag"; // a manifest or tag file: no manifest gives its digest
    }
    return m.format(
        "verify." + kind,
        p.path(),
        String.valueOf(p.algorithm()),
        String.valueOf(p.expected()),
        String.valueOf(p.actual()));
  }

  /**
   * The problems of a verified package as findings of {@code BUNDLE-DAMAGED}, each at its file in
   * the package ({@code 璧山区-申报包/data/…}), or at the package for the zip's own problems.
   *
   * @param pkg the package as the user named it
   */
  public static List<Problem> findings(BagVerifier.Result r, String pkg, Messages m) {
    List<Problem> out = new ArrayList<>();
    for (BagVerifier.Problem p : r.problems()) {
      String file = OF_THE_ZIP.contains(p.kind()) ? pkg : pkg + "/" + p.path();
      out.add(new Problem("BUNDLE-DAMAGED", file, null, List.of(describe(p, m))));
    }
    return out;
  }

  /** Whether a problem concerns the bag's file {@code path} (relative to the bag). */
  static boolean concerns(BagVerifier.Result r, String path) {
    return r.problems().stream().anyMatch(p -> p.path().equals(path));
  }
}
