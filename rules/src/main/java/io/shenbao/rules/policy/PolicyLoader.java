package io.shenbao.rules.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a rule set by ID (the shipped ones) or by file (a user's overlay), resolves its {@code
 * extends:} chain and merges it: maps merge key by key, anything else is replaced.
 */
public final class PolicyLoader {
  /** The rule sets shipped with the tool. */
  public static final List<String> BUILT_IN = List.of("2024-batch2", "2024-batch2-chongqing");

  /** The rule set used when neither the plan nor the command line names one. */
  public static final String DEFAULT = "2024-batch2";

  private static final ObjectMapper YAML =
      new YAMLMapper(YAMLFactory.builder().build())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private static final Map<String, Policy> CACHE = new ConcurrentHashMap<>();

  private PolicyLoader() {}

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
    JsonNode tree = resolve(idOrFile, Path.of("").toAbsolutePath(), new LinkedHashSet<>());
    Policy policy;
    try {
      policy = YAML.treeToValue(tree, Policy.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new PolicyException(
          "rule set " + idOrFile + " is malformed: " + firstLine(e.getMessage()), e);
    }
    check(policy, idOrFile);
    if (isBuiltIn(idOrFile)) {
      CACHE.put(idOrFile, policy);
    }
    return policy;
  }

  private static JsonNode resolve(String idOrFile, Path base, Set<String> chain)
      throws PolicyException {
    if (!chain.add(idOrFile)) {
      throw new PolicyException("rule sets extend each other in a circle: " + chain);
    }
    JsonNode node;
    Path dir = base;
    if (isBuiltIn(idOrFile)) {
      node = readResource(idOrFile);
    } else {
      Path file = base.resolve(idOrFile);
      if (!Files.isRegularFile(file)) {
        throw new PolicyException(
            "unknown rule set '"
                + idOrFile
                + "': not one of "
                + String.join(", ", BUILT_IN)
                + " and no such file");
      }
      node = readFile(file);
      dir = file.toAbsolutePath().getParent();
    }
    if (!(node instanceof ObjectNode obj)) {
      throw new PolicyException("rule set " + idOrFile + " must be a mapping");
    }
    JsonNode parent = obj.get("extends");
    if (parent == null || parent.isNull()) {
      return obj;
    }
    JsonNode base2 = resolve(parent.asText(), dir, chain);
    return merge(base2.deepCopy(), obj);
  }

  /** Maps merge key by key; anything else in {@code overlay} replaces what {@code base} had. */
  static JsonNode merge(JsonNode base, JsonNode overlay) {
    if (base instanceof ObjectNode b && overlay instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        JsonNode existing = b.get(e.getKey());
        b.set(e.getKey(), existing == null ? e.getValue() : merge(existing, e.getValue()));
      }
      return b;
    }
    return overlay;
  }

  private static JsonNode readResource(String id) throws PolicyException {
    String name = "/io/shenbao/rules/policy/" + id + ".yaml";
    try (InputStream in = PolicyLoader.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new PolicyException("rule set resource missing: " + name);
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new PolicyException("cannot read rule set " + id + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode readFile(Path file) throws PolicyException {
    try {
      if (Files.size(file) > 1024 * 1024) {
        throw new PolicyException("rule set file " + file + " is larger than 1 MiB");
      }
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new PolicyException(
          "cannot read rule set " + file + ": " + firstLine(e.getMessage()), e);
    }
  }

  private static void check(Policy p, String name) throws PolicyException {
    List<String> missing = new ArrayList<>();
    if (p.id() == null) {
      missing.add("id");
    }
    if (p.keyIndustries() == null || p.keyIndustries().value() == null) {
      missing.add("key_industries");
    }
    if (p.submissionLevels() == null || p.submissionLevels().value() == null) {
      missing.add("submission_levels");
    } else {
      for (Map.Entry<String, Policy.Level> e : p.submissionLevels().value().entrySet()) {
        try {
          e.getValue().deadlineInstant();
        } catch (RuntimeException ex) {
          throw new PolicyException(
              "rule set "
                  + name
                  + ": deadline of level "
                  + e.getKey()
                  + " is not ISO-8601 with offset",
              ex);
        }
      }
    }
    if (p.severities() != null) {
      for (Map.Entry<String, String> e : p.severities().entrySet()) {
        if (Policy.parseSeverity(e.getValue()) == null) {
          throw new PolicyException(
              "rule set "
                  + name
                  + ": severity of "
                  + e.getKey()
                  + " must be error, warning, info or off");
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new PolicyException("rule set " + name + " lacks " + String.join(", ", missing));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
