package io.shenbao.rules;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.Waivers;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Finding;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.read.PolicyLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** Helpers for tests that run the checker over workspaces on disk. */
public final class Fixtures {
  /** The as-of instant inside the 2024 windows that fixtures use unless they carry as-of.txt. */
  public static final OffsetDateTime AS_OF = OffsetDateTime.parse("2024-05-10T10:00:00+08:00");

  private Fixtures() {}

  /** A folder of the test resources. */
  public static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }

  private static final Map<String, Path> WORKSPACES = new HashMap<>();

  /**
   * A rule fixture (a folder of the test resources, such as {@code rules/ROSTER-DUPLICATE/bad})
   * written out whole, as a user's workspace would be ({@link FixtureFolder}), once per run, under
   * {@code target/fixture-workspaces}.
   */
  public static synchronized Path workspace(String resource) throws IOException {
    Path done = WORKSPACES.get(resource);
    if (done == null) {
      Path target = Path.of("target", "fixture-workspaces").resolve(resource).toAbsolutePath();
      if (Files.exists(target)) {
        try (Stream<Path> old = Files.walk(target)) {
          for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      done = FixtureFolder.materialize(resource(resource), target);
      WORKSPACES.put(resource, done);
    }
    return done;
  }

  /**
   * Checks one workspace, or a folder of workspaces (the cross-city fixtures), with the given
   * rules; workspaces are named {@code ws} or {@code ws/<folder>}. A workspace holding two plan
   * files (plan.yaml and plan.yml or plan.xlsx) is checked as the command line finds it. A
   * forwarding.yaml (province, policy, level) checks the workspace as {@code shenbao forward
   * --province} does.
   */
  public static Report check(Path dir, List<Rule> rules) throws Exception {
    List<WorkspaceRef> refs = new ArrayList<>();
    if (ref(dir, "ws") != null) {
      refs.add(ref(dir, "ws"));
    } else {
      try (var list = Files.list(dir)) {
        for (Path sub : list.filter(p -> ref(p, "") != null).sorted().toList()) {
          refs.add(ref(sub, "ws/" + sub.getFileName()));
        }
      }
    }
    CheckConfig config = new CheckConfig(refs, null, asOf(dir), rules);
    Path forwarding = dir.resolve("forwarding.yaml");
    if (Files.exists(forwarding)) {
      Map<String, String> f = new Yaml().load(Files.readString(forwarding, StandardCharsets.UTF_8));
      config =
          config.forwarding(
              new CheckConfig.Forwarding(
                  f.get("province"), PolicyLoader.load(f.get("policy")), f.get("level")));
    }
    Report report = new Checker(config).run();
    Path waivers = dir.resolve(Waivers.FILE);
    if (Files.exists(waivers)) {
      report = Waivers.apply(report, Waivers.load(waivers), Waivers.FILE, rules);
    }
    return report;
  }

  /** The workspace in {@code dir} with every plan file it holds, or null if it holds none. */
  private static WorkspaceRef ref(Path dir, String display) {
    List<Path> plans = new ArrayList<>();
    for (String name : Workspaces.PLAN_NAMES) {
      if (Files.isRegularFile(dir.resolve(name))) {
        plans.add(dir.resolve(name));
      }
    }
    return plans.isEmpty()
        ? null
        : new WorkspaceRef(dir, plans.get(0), display, plans.subList(1, plans.size()));
  }

  /** Checks one workspace with every rule. */
  public static Report check(Path dir) throws Exception {
    return check(dir, Rules.ALL);
  }

  /** The workspace's as-of.txt, or {@link #AS_OF}. */
  public static OffsetDateTime asOf(Path dir) throws IOException {
    Path f = dir.resolve("as-of.txt");
    return Files.exists(f) ? OffsetDateTime.parse(Files.readString(f).trim()) : AS_OF;
  }

  /**
   * One line per finding: {@code file:location key}, the file relative to the workspace, or {@code
   * - key} for a whole-workspace finding.
   */
  public static List<String> lines(List<Finding> findings) {
    List<String> out = new ArrayList<>();
    for (Finding f : findings) {
      String where;
      if (f.file() == null) {
        where = "-";
      } else {
        where = f.file().startsWith("ws/") ? f.file().substring(3) : f.file();
        if (f.location() != null && !f.location().shortForm().isEmpty()) {
          where += ":" + f.location().shortForm();
        }
      }
      out.add(where + " " + f.key());
    }
    return out;
  }

  /** The non-comment lines of an expected-findings file. */
  public static List<String> expected(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(t);
      }
    }
    return out;
  }
}
