package io.shenbao.rules.finding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong (or worth a look) in one workspace. The message is kept as a bundle key with
 * arguments so that it can be rendered in either language.
 *
 * @param rule the permanent rule ID
 * @param severity the effective severity (after policy overrides)
 * @param workspace the workspace as the user named it, null for cross-city findings
 * @param file the file as the user would name it, null for a whole-workspace finding
 * @param location where in the file, null for a whole-file finding
 * @param key the message key in the bundle
 * @param args the message arguments, already formatted as text
 * @param clause the clause of the notice the rule cites
 * @param waived why it does not count, or null
 * @param codes the credit codes it is about when there are more than its message names (the JSON
 *     report lists them all), else empty
 */
public record Finding(
    String rule,
    Severity severity,
    String workspace,
    String file,
    Location location,
    String key,
    List<String> args,
    String clause,
    Waiver waived,
    List<String> codes) {

  /**
   * Why a finding does not count: a waiver accepted by someone, or the baseline.
   *
   * @param reason why it is accepted
   * @param approvedBy who approved it (null for the baseline)
   * @param expires the last day it holds (null for none)
   */
  public record Waiver(String reason, String approvedBy, LocalDate expires) {}

  /** A finding, perhaps waived, about no list of codes. */
  public Finding(
      String rule,
      Severity severity,
      String workspace,
      String file,
      Location location,
      String key,
      List<String> args,
      String clause,
      Waiver waived) {
    this(rule, severity, workspace, file, location, key, args, clause, waived, List.of());
  }

  /** A finding that counts. */
  public Finding(
      String rule,
      Severity severity,
      String workspace,
      String file,
      Location location,
      String key,
      List<String> args,
      String clause) {
    this(rule, severity, workspace, file, location, key, args, clause, null, List.of());
  }

  /** The same finding, waived. */
  public Finding waive(Waiver w) {
    return new Finding(rule, severity, workspace, file, location, key, args, clause, w, codes);
  }

  /**
   * A stable identity across runs: rule, workspace, file, location and message key with arguments.
   */
  public String fingerprint() {
    return String.join(
        "\u0001",
        rule,
        String.valueOf(workspace),
        String.valueOf(file),
        location == null ? "" : location.shortForm() + "|" + location.path(),
        key,
        String.join("\u0002", args));
  }

  /** Sorted by workspace, file, location, rule, then message, as the contract asks. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::workspace, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::file, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::location, Comparator.nullsFirst(Location.ORDER))
          .thenComparing(Finding::rule)
          .thenComparing(Finding::key)
          .thenComparing(f -> String.join("\u0000", f.args()));

  public Finding {
    args = List.copyOf(args);
    codes = codes == null ? List.of() : codes; // kept as given: a long list stays packed
  }

  /** The message in the given language. */
  public String message(Messages messages) {
    return messages.format(key, args);
  }
}
