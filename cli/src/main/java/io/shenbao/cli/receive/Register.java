package io.shenbao.cli.receive;

import io.shenbao.cli.bundle.BagVerifier;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.RuleSets;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The register of what arrived (收件登记表): each package verified and checked again from its own
 * contents as of the time it was received, one row apiece, in the order they arrived; of two
 * packages of one city the later replaces the earlier, and the same package twice (a folder and its
 * zip) is said to be so.
 */
public final class Register {
  /** What verifying a package gave. */
  public enum Verified {
    INTACT,
    DAMAGED,
    NOT_A_ZIP
  }

  /**
   * One package's row.
   *
   * @param number its number in the register, from 1, in order of arrival
   * @param arrival the package and when it arrived
   * @param city 申报城市 (the plan's, else bag-info's Source-Organization), or null
   * @param province the province, or null
   * @param level the submission level, or null
   * @param policy the rule set it was checked with, or null
   * @param baggingDate bag-info's Bagging-Date, or null
   * @param bytes the payload's bytes as Payload-Oxum gives them, or null
   * @param files the payload's files as Payload-Oxum gives them, or null
   * @param fingerprint the SHA-256 of its tag manifest, or null
   * @param verified what verifying it gave
   * @param damage how many problems verifying it found
   * @param errors errors of the check (damage included)
   * @param warnings warnings of the check
   * @param rules the rules with errors or warnings, each with how many ({@code RULE×2})
   * @param deadline its level's deadline in its rule set, or null when not known
   * @param contact bag-info's Contact-Name and Contact-Phone, or null
   * @param replaces the number of the row of the same city it replaces, or 0
   * @param replacedBy the number of the row that replaces it, or 0
   * @param sameAs the number of an earlier row that is the same package (same fingerprint), or 0
   */
  public record Row(
      int number,
      Arrivals.Arrival arrival,
      String city,
      String province,
      String level,
      String policy,
      String baggingDate,
      Long bytes,
      Long files,
      String fingerprint,
      Verified verified,
      int damage,
      long errors,
      long warnings,
      String rules,
      OffsetDateTime deadline,
      String contact,
      int replaces,
      int replacedBy,
      int sameAs) {

    /** Whether it arrived after its deadline; null when the deadline is not known. */
    public Boolean late() {
      return deadline == null ? null : arrival.received().isAfter(deadline);
    }

    /** Whether it makes {@code intake} exit 1: damaged, late, or with errors. */
    public boolean fails() {
      return verified != Verified.INTACT || Boolean.TRUE.equals(late()) || errors > 0;
    }

    Row numbered(int n, int replaces, int replacedBy, int sameAs) {
      return new Row(
          n,
          arrival,
          city,
          province,
          level,
          policy,
          baggingDate,
          bytes,
          files,
          fingerprint,
          verified,
          damage,
          errors,
          warnings,
          rules,
          deadline,
          contact,
          replaces,
          replacedBy,
          sameAs);
    }
  }

  private Register() {}

  /**
   * Verifies and checks every package, {@code jobs} at a time, and returns the register's rows in
   * order of arrival.
   *
   * @param forced the rule set forced on every package (--policy), or null for each one's own
   * @param m the language of the verifier's findings
   */
  public static List<Row> of(List<Arrivals.Arrival> arrivals, Policy forced, int jobs, Messages m)
      throws IOException, PolicyException {
    List<Row> rows = new ArrayList<>();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, arrivals.size())));
    try {
      List<Future<Row>> futures = new ArrayList<>();
      for (Arrivals.Arrival a : arrivals) {
        futures.add(pool.submit(() -> row(a, forced, m)));
      }
      for (Future<Row> f : futures) {
        rows.add(get(f));
      }
    } finally {
      pool.shutdownNow();
    }
    // by arrival; packages received at the same time (--received-at for all) by their Bagging-Date,
    // so that the later package replaces the earlier, as compare takes the later one
    rows.sort(
        Comparator.comparing((Row r) -> r.arrival().received())
            .thenComparing(Row::baggingDate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(r -> r.arrival().display()));
    return links(rows);
  }

  private static Row get(Future<Row> f) throws IOException, PolicyException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof PolicyException p) {
        throw p;
      }
      if (c instanceof RuntimeException r) {
        throw r;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** One package verified and checked as of when it arrived. */
  private static Row row(Arrivals.Arrival a, Policy forced, Messages m)
      throws IOException, PolicyException {
    ReceivedPackage pkg;
    try {
      pkg = ReceivedPackage.open(a.path(), a.display(), m);
    } catch (BagVerifier.NotAZip e) {
      return new Row(
          0,
          a,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          Verified.NOT_A_ZIP,
          1,
          1,
          0,
          "",
          null,
          null,
          0,
          0,
          0);
    }
    try (pkg) {
      Report report =
          new Checker(CheckConfig.of(List.of(pkg.workspace()), forced, a.received())).run();
      Report.WorkspaceSummary s = report.workspaces().get(0);
      Map<String, String> info = pkg.info();
      BagVerifier.Result v = pkg.verified();
      long[] oxum = oxum(info.get("Payload-Oxum"));
      String level = s.level() != null ? s.level().trim() : info.get("Shenbao-Submission-Level");
      String contact =
          info.containsKey("Contact-Name") || info.containsKey("Contact-Phone")
              ? String.join(
                      " ",
                      info.getOrDefault("Contact-Name", ""),
                      info.getOrDefault("Contact-Phone", ""))
                  .strip()
              : null;
      return new Row(
          0,
          a,
          s.city() != null ? s.city() : info.get("Source-Organization"),
          s.province(),
          level,
          s.policy(),
          info.get("Bagging-Date"),
          oxum == null ? null : oxum[0],
          oxum == null ? null : oxum[1],
          v.fingerprint(),
          v.ok() ? Verified.INTACT : Verified.DAMAGED,
          v.problems().size(),
          s.errors(),
          s.warnings(),
          rules(report),
          deadline(forced, s.policy(), level),
          contact,
          0,
          0,
          0);
    }
  }

  /** "bytes.files" as two numbers, or null. */
  private static long[] oxum(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.strip().split("\\.");
    try {
      return parts.length == 2
          ? new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])}
          : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The rules with errors or warnings that count, the most frequent first: RULE×2, RULE. */
  private static String rules(Report report) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      if (f.waived() == null && f.severity().atLeast(Severity.WARNING)) {
        counts.merge(f.rule(), 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> all = new ArrayList<>(counts.entrySet());
    all.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : all) {
      out.add(e.getValue() > 1 ? e.getKey() + "×" + e.getValue() : e.getKey());
    }
    return out.isEmpty() ? null : String.join(", ", out);
  }

  /** The deadline of {@code level} in the rule set applied, or null when either is not known. */
  private static OffsetDateTime deadline(Policy forced, String policyId, String level) {
    Policy p = forced;
    if (p == null && policyId != null && RuleSets.isBuiltIn(policyId)) {
      try {
        p = RuleSets.load(policyId);
      } catch (PolicyException e) {
        return null;
      }
    }
    Policy.Level l = p == null ? null : p.level(level);
    return l == null || l.deadline() == null ? null : l.deadlineInstant();
  }

  /**
   * Numbers the rows and links each city's packages: a later one replaces the latest earlier one
   * that is not the same package; the same package again (same fingerprint) is said to be so. Only
   * intact packages are linked: a damaged one may carry another's fingerprint (its tag manifest
   * unchanged, its files not) and a city its sender did not write, so it is neither the same
   * package as another nor replaces one; its row says it is damaged.
   */
  private static List<Row> links(List<Row> rows) {
    int n = rows.size();
    int[] replaces = new int[n];
    int[] replacedBy = new int[n];
    int[] sameAs = new int[n];
    Map<String, Integer> latest = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      if (r.verified() != Verified.INTACT) {
        continue;
      }
      for (int j = 0; j < i && r.fingerprint() != null; j++) {
        Row earlier = rows.get(j);
        if (earlier.verified() == Verified.INTACT
            && r.fingerprint().equals(earlier.fingerprint())) {
          sameAs[i] = j + 1;
          break;
        }
      }
      if (r.city() == null || sameAs[i] != 0) {
        continue;
      }
      Integer before = latest.put(r.city(), i);
      if (before != null) {
        replaces[i] = before + 1;
        replacedBy[before] = i + 1;
      }
    }
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(rows.get(i).numbered(i + 1, replaces[i], replacedBy[i], sameAs[i]));
    }
    return out;
  }
}
