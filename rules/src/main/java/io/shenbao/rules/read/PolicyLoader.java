package io.shenbao.rules.read;

import io.shenbao.rules.domain.Divisions;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.RosterField;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.read.yaml.YNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a rule set by ID (the shipped ones) or by file (a user's overlay), resolves its {@code
 * extends:} chain and merges it: maps merge key by key, anything else is replaced. Rule sets are
 * read with the same located YAML reader and record binder as plans (unknown keys refused), so a
 * check loads no second YAML library.
 */
public final class PolicyLoader {
  /** The rule sets shipped with the tool. */
  public static final List<String> BUILT_IN =
      List.of("2024-batch2", "2024-batch2-chongqing", "2023-batch1");

  /** The rule set used when neither the plan nor the command line names one. */
  public static final String DEFAULT = "2024-batch2";

  private static final Map<String, Policy> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, YNode> RESOURCES = new ConcurrentHashMap<>();

  private PolicyLoader() {}

  /**
   * The shipped rule set for a new workspace in {@code province}: the one whose {@code province} it
   * is (重庆 or 重庆市 alike), else the default.
   */
  public static Policy forProvince(String province) throws PolicyException {
    if (province != null) {
      for (String id : BUILT_IN) {
        Policy p = load(id);
        if (p.province() != null
            && stripSuffix(province.strip()).equals(stripSuffix(p.province()))) {
          return p;
        }
      }
    }
    return load(DEFAULT);
  }

  private static String stripSuffix(String province) {
    return province.replaceAll("(省|市|自治区)$", "");
  }

  /**
   * The default rule set's {@code time_zone} (Beijing time), read once when first asked: the zone
   * of a time given without an offset before any workspace's rule set is known, and of what an
   * office receives from cities of several rule sets.
   */
  public static ZoneOffset defaultZone() {
    return DefaultZone.OFFSET;
  }

  private static final class DefaultZone {
    static final ZoneOffset OFFSET = read();

    private static ZoneOffset read() {
      try {
        return load(DEFAULT).zone();
      } catch (PolicyException e) {
        throw new IllegalStateException("the default rule set cannot be loaded", e);
      }
    }
  }

  /** True when {@code idOrFile} names a shipped rule set. */
  public static boolean isBuiltIn(String idOrFile) {
    return BUILT_IN.contains(idOrFile);
  }

  /** Loads a shipped rule set by ID, or an overlay file (relative to the current directory). */
  public static Policy load(String idOrFile) throws PolicyException {
    Policy cached = CACHE.get(idOrFile);
    if (cached != null) {
      return cached;
    }
    YNode tree = resolve(idOrFile, Path.of("").toAbsolutePath(), new LinkedHashSet<>());
    List<Problem> problems = new ArrayList<>();
    Policy policy =
        new RecordBinder(idOrFile, problems, LocatedYaml.fromTree(tree, Map.of()))
            .bind(tree, Policy.class);
    if (!problems.isEmpty()) {
      Problem p = problems.get(0);
      throw new PolicyException(
          "policy.malformed",
          idOrFile,
          p.location() == null ? "" : p.location().shortForm(),
          p.location() == null || p.location().path() == null
              ? String.join(", ", p.args())
              : p.location().path());
    }
    check(policy, idOrFile);
    if (isBuiltIn(idOrFile)) {
      CACHE.put(idOrFile, policy);
    }
    return policy;
  }

  private static YNode resolve(String idOrFile, Path base, Set<String> chain)
      throws PolicyException {
    if (!chain.add(idOrFile)) {
      throw new PolicyException("policy.circle", String.join(" → ", chain));
    }
    YNode node;
    Path dir = base;
    if (isBuiltIn(idOrFile)) {
      node = readResource(idOrFile);
    } else {
      Path file = base.resolve(idOrFile);
      if (!Files.isRegularFile(file)) {
        throw new PolicyException("policy.unknown", idOrFile, String.join(", ", BUILT_IN));
      }
      node = readFile(file);
      dir = file.toAbsolutePath().getParent();
    }
    if (!(node instanceof YNode.YMap obj)) {
      throw new PolicyException("policy.not-mapping", idOrFile);
    }
    YNode parent = obj.get("extends");
    if (parent == null || (parent instanceof YNode.YScalar s && s.isNull())) {
      return obj;
    }
    if (!(parent instanceof YNode.YScalar s)) {
      throw new PolicyException("policy.extends", idOrFile);
    }
    return merge(resolve(s.text(), dir, chain), obj);
  }

  /** Maps merge key by key; anything else in {@code overlay} replaces what {@code base} had. */
  static YNode merge(YNode base, YNode overlay) {
    if (base instanceof YNode.YMap b && overlay instanceof YNode.YMap o) {
      // keys are unique in a mapping (the reader refuses duplicates); a merged key keeps its place
      Map<String, YNode.Entry> entries = new LinkedHashMap<>();
      for (YNode.Entry e : b.entries()) {
        entries.put(e.key(), e);
      }
      for (YNode.Entry e : o.entries()) {
        YNode.Entry old = entries.get(e.key());
        entries.put(
            e.key(),
            old == null
                ? e
                : new YNode.Entry(e.key(), e.line(), e.column(), merge(old.value(), e.value())));
      }
      return new YNode.YMap(o.line(), o.column(), o.path(), List.copyOf(entries.values()));
    }
    return overlay;
  }

  /**
   * A shipped rule set's tree, parsed once: an overlay that extends it merges into new nodes and
   * leaves these as they are.
   */
  private static YNode readResource(String id) throws PolicyException {
    YNode known = RESOURCES.get(id);
    if (known == null) {
      known = parseResource(id);
      RESOURCES.putIfAbsent(id, known);
    }
    return known;
  }

  private static YNode parseResource(String id) throws PolicyException {
    String name = "/io/shenbao/rules/policy/" + id + ".yaml";
    try (InputStream in = PolicyLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new PolicyException("policy.resource", name);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), id);
    } catch (IOException e) {
      throw new PolicyException(e, "policy.unreadable", id, Reason.of(e));
    }
  }

  private static YNode readFile(Path file) throws PolicyException {
    try {
      if (Files.size(file) > 1024 * 1024) {
        throw new PolicyException("policy.too-large", file.toString());
      }
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new PolicyException(e, "policy.unreadable", file.toString(), Reason.of(e));
    }
  }

  private static YNode parse(String text, String name) throws PolicyException {
    try {
      return LocatedYaml.parse(new StringReader(text)).root();
    } catch (LocatedYaml.SyntaxError e) {
      throw new PolicyException(e, "policy.yaml", name, String.valueOf(e.line()), Reason.yaml(e));
    }
  }

  private static void check(Policy p, String name) throws PolicyException {
    List<String> missing = new ArrayList<>();
    if (p.id() == null) {
      missing.add("id");
    }
    if (p.keyIndustries() == null) {
      missing.add("key_industries"); // a rule set may leave the list empty (null), not out
    }
    Map<String, Policy.Item<?>> required = new LinkedHashMap<>();
    required.put("batch_year", p.batchYear());
    required.put("time_zone", p.timeZone());
    required.put("documents", p.documents());
    required.forEach(
        (key, item) -> {
          if (item == null || item.value() == null) {
            missing.add(key);
          }
        });
    if (p.baseYear() == null) {
      missing.add("base_year"); // its value may stay empty (not obtained): the labels say 基准年
    }
    if (p.timeZone() != null && p.timeZone().value() != null) {
      try {
        p.zone();
      } catch (RuntimeException ex) {
        throw new PolicyException(ex, "policy.time-zone", name, p.timeZone().value());
      }
    }
    if (p.documents() != null && p.documents().value() != null) {
      documents(p, name);
    }
    if (p.submissionLevels() == null || p.submissionLevels().value() == null) {
      missing.add("submission_levels");
    } else {
      for (Map.Entry<String, Policy.Level> e : p.submissionLevels().value().entrySet()) {
        if (e.getValue().deadline() == null) {
          continue; // a deadline not known: the slot stays empty
        }
        try {
          e.getValue().deadlineInstant();
        } catch (RuntimeException ex) {
          throw new PolicyException(ex, "policy.deadline", name, e.getKey());
        }
      }
    }
    if (p.divisions() != null && p.divisions().value() != null) {
      try {
        Divisions.named(p.divisions().value());
      } catch (IllegalArgumentException e) {
        throw new PolicyException(e, "policy.divisions", name, p.divisions().value());
      }
    }
    if (p.severities() != null) {
      for (Map.Entry<String, String> e : p.severities().entrySet()) {
        if (Policy.parseSeverity(e.getValue()) == null) {
          throw new PolicyException("policy.severity", name, e.getKey(), e.getValue());
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new PolicyException("policy.lacks", name, String.join(", ", missing));
    }
  }

  /**
   * The documents' words are all there (a document never prints a key in their place), the title
   * names the city, and every roster header is one the roster reader recognises, so that a roster
   * typed into the template reads back.
   */
  private static void documents(Policy p, String name) throws PolicyException {
    Policy.Documents d = p.docs();
    List<String> missing = new ArrayList<>();
    if (d.planTitle() == null || !d.planTitle().contains("{city}")) {
      missing.add("documents.plan_title ({city})");
    }
    List<String> sections = new ArrayList<>(Policy.SECTION_KEYS);
    sections.add("other");
    lacking(d.sections(), sections, "documents.sections", missing);
    lacking(d.baseline(), Policy.BASELINE_KEYS, "documents.baseline", missing);
    lacking(d.targets(), Targets.KEYS, "documents.targets", missing);
    lacking(d.roster(), Policy.ROSTER_COLUMNS, "documents.roster", missing);
    if (!missing.isEmpty()) {
      throw new PolicyException("policy.lacks", name, String.join(", ", missing));
    }
    for (String key : Policy.ROSTER_COLUMNS) {
      String header = p.word(d.roster(), key);
      if (RosterField.of(header) != RosterField.valueOf(key.toUpperCase(Locale.ROOT))) {
        throw new PolicyException("policy.roster-header", name, key, header);
      }
    }
  }

  private static void lacking(
      Map<String, String> words, List<String> keys, String where, List<String> missing) {
    for (String key : keys) {
      if (words == null || words.get(key) == null || words.get(key).isBlank()) {
        missing.add(where + "." + key);
      }
    }
  }
}
