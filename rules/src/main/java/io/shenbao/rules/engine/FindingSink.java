package io.shenbao.rules.engine;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.Locator;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.RosterRow;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.text.CellText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one workspace's findings go, from its rules and its readers alike: each at the severity its
 * rule set gives the rule (a rule switched off raises none), at most {@link Checker#MAX_PER_RULE}
 * of a rule, the rest counted in one more finding. Waivers are applied to the finished report
 * ({@link Waivers}), since they are the user's files, not the rule set's.
 */
final class FindingSink {
  private final String workspace;
  private final Map<String, Rule> byId;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Integer> perRule = new HashMap<>();
  private Policy policy;

  /**
   * @param workspace the workspace as the user named it
   * @param byId the run's rules by ID
   */
  FindingSink(String workspace, Map<String, Rule> byId) {
    this.workspace = workspace;
    this.byId = byId;
  }

  /** The rule set whose severities apply from now on (none yet: each rule's own). */
  void policy(Policy p) {
    this.policy = p;
  }

  /** Whether the rule set switches a rule off: then it does not run at all. */
  boolean off(Rule rule) {
    return policy != null && policy.severityFor(rule.id()) == Severity.OFF;
  }

  /**
   * A reader's problem, added at once under its rule's cap rather than kept until the end: a roster
   * can hold a problem on each of its million rows.
   */
  void problem(Problem p) {
    Rule rule = ruleOf(byId, p);
    if (rule != null) {
      add(rule, p.severity(), p.file(), p.location(), p.key(), p.args(), List.of());
    }
  }

  /** What {@code rule} reports through; its plan paths are located by {@code plan}. */
  Emitter emitter(Rule rule, Locator plan, String planFile) {
    return new Emitter() {
      @Override
      public void at(String file, Location location, String variant, Object... args) {
        add(rule, null, file, location, key(rule, variant), texts(args), List.of());
      }

      @Override
      public void atAs(
          Severity severity, String file, Location location, String variant, Object... args) {
        add(rule, severity, file, location, key(rule, variant), texts(args), List.of());
      }

      @Override
      public void plan(String path, String variant, Object... args) {
        if (plan.isComputed(path)) {
          return; // the workbook computes it: the inputs carry the findings, not this cell
        }
        add(rule, null, planFile, plan.at(path), key(rule, variant), texts(args), List.of());
      }

      @Override
      public void planAs(Severity severity, String path, String variant, Object... args) {
        add(rule, severity, planFile, plan.at(path), key(rule, variant), texts(args), List.of());
      }

      @Override
      public void warn(RosterRow row, RosterField field, String variant, Object... args) {
        add(
            rule,
            Severity.WARNING,
            row.sheet().file(),
            row.at(field),
            key(rule, variant),
            texts(args),
            List.of());
      }
    };
  }

  /** A finding of a cross-city rule in this workspace, with the credit codes it concerns. */
  void batch(
      Rule rule,
      String file,
      Location location,
      String variant,
      List<String> codes,
      Object... args) {
    add(rule, null, file, location, key(rule, variant), texts(args), codes);
  }

  /** Counts, in one finding per rule, what each rule raised beyond the cap. */
  void truncate() {
    for (Map.Entry<String, Integer> e : perRule.entrySet()) {
      if (e.getValue() > Checker.MAX_PER_RULE) {
        Rule rule = byId.get(e.getKey());
        findings.add(
            new Finding(
                rule.id(),
                severityOf(rule, null),
                workspace,
                null,
                null,
                "common.truncated",
                List.of(String.valueOf(e.getValue() - Checker.MAX_PER_RULE), rule.id()),
                rule.info().clause()));
      }
    }
  }

  /** The findings so far, in the order raised. */
  List<Finding> findings() {
    return findings;
  }

  /** How many findings of severity {@code s} (not waived). */
  long count(Severity s) {
    return findings.stream().filter(f -> f.waived() == null && f.severity() == s).count();
  }

  private void add(
      Rule rule,
      Severity forced,
      String file,
      Location loc,
      String key,
      List<String> args,
      List<String> codes) {
    Severity s = severityOf(rule, forced);
    if (s == Severity.OFF) {
      return;
    }
    int n = perRule.merge(rule.id(), 1, Integer::sum);
    if (n > Checker.MAX_PER_RULE) {
      return;
    }
    findings.add(
        new Finding(
            rule.id(), s, workspace, file, loc, key, args, rule.info().clause(), null, codes));
  }

  private Severity severityOf(Rule rule, Severity forced) {
    Severity override = policy == null ? null : policy.severityFor(rule.id());
    if (override == Severity.OFF) {
      return Severity.OFF;
    }
    if (forced != null) {
      return forced;
    }
    return override != null ? override : rule.info().severity();
  }

  /**
   * The rule of the run that reports {@code p}; null for a rule the run leaves out. A key that
   * names no rule at all is a bug of the tool: it fails the run (exit 3) rather than lose a
   * finding.
   */
  static Rule ruleOf(Map<String, Rule> run, Problem p) {
    Rule rule = run.get(p.rule());
    if (rule == null && Rules.byId(p.rule()).isEmpty()) {
      throw new IllegalStateException("finding key of no known rule: " + p.key());
    }
    return rule;
  }

  private static String key(Rule rule, String variant) {
    return variant == null || variant.isEmpty() ? rule.id() : rule.id() + "." + variant;
  }

  private static List<String> texts(Object... args) {
    List<String> out = new ArrayList<>(args.length);
    for (Object a : args) {
      out.add(a instanceof BigDecimal n ? CellText.plain(n) : String.valueOf(a));
    }
    return out;
  }
}
