package io.shenbao.rules.engine;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.PolicyLoader;
import io.shenbao.rules.read.Reason;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.read.yaml.YNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accepted findings: a waivers file (shenbao-waivers.yaml) where each waiver names a rule, and
 * optionally a workspace and a location, with the reason, who approved it and until when; and a
 * baseline file recording a run's findings so that only new ones fail. Waived findings are still
 * listed, with their reason; an expired or unused waiver is itself a warning.
 */
public final class Waivers {
  /** The file looked for beside the workspaces. */
  public static final String FILE = "shenbao-waivers.yaml";

  /**
   * One waiver.
   *
   * @param rule the rule ID
   * @param workspace the workspace (its path or the end of it), or null for any
   * @param location a cell (名单!D16), line:column, key path or file name, or null for any
   * @param reason why
   * @param approvedBy who approved it
   * @param expires the last day it holds, or null
   * @param at where it stands in the waivers file
   */
  public record Waiver(
      String rule,
      String workspace,
      String location,
      String reason,
      String approvedBy,
      LocalDate expires,
      Location at) {}

  private Waivers() {}

  /** Reads a waivers file; a malformed one is a usage error. */
  public static List<Waiver> load(Path file) throws UsageException {
    LocatedYaml yaml;
    try {
      yaml = LocatedYaml.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | LocatedYaml.SyntaxError e) {
      throw new UsageException(
          "usage.waivers-unreadable",
          file.toString(),
          e instanceof IOException io ? Reason.of(io) : Reason.yaml((LocatedYaml.SyntaxError) e));
    }
    List<Waiver> out = new ArrayList<>();
    if (!(yaml.root() instanceof YNode.YMap root)
        || !(root.get("waivers") instanceof YNode.YSeq seq)) {
      throw new UsageException("usage.waivers-list", file.toString());
    }
    for (YNode item : seq.items()) {
      if (!(item instanceof YNode.YMap m)) {
        throw new UsageException(
            "usage.waiver-mapping", file.toString(), String.valueOf(item.line()));
      }
      String rule = text(m, "rule");
      String reason = text(m, "reason");
      String approvedBy = text(m, "approved_by");
      if (rule == null || reason == null || approvedBy == null) {
        throw new UsageException(
            "usage.waiver-fields", file.toString(), String.valueOf(item.line()));
      }
      for (YNode.Entry e : m.entries()) {
        if (!Set.of("rule", "workspace", "location", "reason", "approved_by", "expires")
            .contains(e.key())) {
          throw new UsageException(
              "usage.waiver-key", file.toString(), String.valueOf(e.line()), e.key());
        }
      }
      LocalDate expires = null;
      String exp = text(m, "expires");
      if (exp != null) {
        try {
          expires = LocalDate.parse(exp);
        } catch (DateTimeParseException ex) {
          throw new UsageException(
              "usage.waiver-expires", file.toString(), String.valueOf(item.line()), exp);
        }
      }
      out.add(
          new Waiver(
              rule,
              text(m, "workspace"),
              text(m, "location"),
              reason,
              approvedBy,
              expires,
              Location.yaml(item.line(), item.column(), null)));
    }
    return out;
  }

  private static String text(YNode.YMap m, String key) {
    YNode n = m.get(key);
    return n instanceof YNode.YScalar s && !s.isNull() ? s.text().strip() : null;
  }

  /**
   * The zone a waiver's expiry date is read in: the report's rule set's (Beijing time), or the
   * default rule set's when it cannot be loaded again.
   */
  private static ZoneOffset zoneOf(Report report) {
    try {
      return PolicyLoader.load(report.policy()).zone();
    } catch (PolicyException | RuntimeException e) {
      try {
        return PolicyLoader.load(PolicyLoader.DEFAULT).zone();
      } catch (PolicyException again) {
        throw new IllegalStateException(again);
      }
    }
  }

  /** Marks the findings the waivers cover; adds WAIVER-EXPIRED and WAIVER-UNUSED warnings. */
  public static Report apply(Report report, List<Waiver> waivers, String file) {
    return apply(report, waivers, file, Rules.ALL);
  }

  /**
   * The same, reporting expired and unused waivers only when those rules are among {@code rules}.
   */
  public static Report apply(Report report, List<Waiver> waivers, String file, List<Rule> rules) {
    boolean reportExpired = rules.stream().anyMatch(r -> r.id().equals(Keys.WaiverExpired.ID));
    boolean reportUnused = rules.stream().anyMatch(r -> r.id().equals(Keys.WaiverUnused.ID));
    LocalDate today = report.asOf().atZoneSameInstant(zoneOf(report)).toLocalDate();
    Set<Waiver> used = new HashSet<>();
    Set<Waiver> expired = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      Finding result = f;
      for (Waiver w : waivers) {
        if (!matches(w, f)) {
          continue;
        }
        if (w.expires() != null && today.isAfter(w.expires())) {
          expired.add(w);
          continue;
        }
        used.add(w);
        result = f.waive(new Finding.Waiver(w.reason(), w.approvedBy(), w.expires()));
        break;
      }
      out.add(result);
    }
    for (Waiver w : waivers) {
      if (expired.contains(w) && !used.contains(w)) {
        if (reportExpired) {
          out.add(meta(Keys.WaiverExpired.MESSAGE, file, w, String.valueOf(w.expires())));
        }
      } else if (!used.contains(w) && !expired.contains(w) && reportUnused) {
        out.add(
            meta(Keys.WaiverUnused.MESSAGE, file, w, w.location() == null ? "—" : w.location()));
      }
    }
    return report.withFindings(out);
  }

  private static Finding meta(String id, String file, Waiver w, String detail) {
    Rule rule = Rules.byId(id).orElseThrow();
    return new Finding(
        id,
        rule.info().severity(),
        null,
        file,
        w.at(),
        id,
        List.of(w.rule(), detail, w.reason()),
        rule.info().clause());
  }

  static boolean matches(Waiver w, Finding f) {
    if (!w.rule().equals(f.rule())) {
      return false;
    }
    if (w.workspace() != null) {
      String ws = f.workspace() == null ? "" : f.workspace();
      String want = w.workspace().replaceAll("/+$", "");
      if (!ws.equals(want) && !ws.endsWith("/" + want)) {
        return false;
      }
    }
    if (w.location() == null) {
      return true;
    }
    String loc = w.location();
    Location l = f.location();
    String name = f.file() == null ? null : Path.of(f.file()).getFileName().toString();
    if (l != null && (loc.equals(l.shortForm()) || loc.equals(l.path()) || loc.equals(l.cell()))) {
      return true;
    }
    if (l != null
        && name != null
        && (loc.equals(name + "!" + l.shortForm()) || loc.equals(f.file() + "!" + l.shortForm()))) {
      return true;
    }
    return f.file() != null && (f.file().equals(loc) || name.equals(loc));
  }

  /** The findings of a run, one fingerprint a line, sorted. */
  public static void writeBaseline(Writer out, Report report) throws IOException {
    out.write(
        "# shenbao baseline: findings accepted on "
            + report.asOf().toLocalDate()
            + "; only new ones fail.\n");
    for (String f :
        (Iterable<String>)
            report.findings().stream().map(Finding::fingerprint).sorted().distinct()::iterator) {
      out.write(f);
      out.write('\n');
    }
  }

  /** Marks the findings that the baseline already holds. */
  public static Report applyBaseline(Report report, Path file) throws IOException {
    Set<String> known = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        known.add(line);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(
          known.contains(f.fingerprint()) && f.waived() == null
              ? f.waive(new Finding.Waiver("baseline " + file.getFileName(), null, null))
              : f);
    }
    return report.withFindings(out);
  }
}
