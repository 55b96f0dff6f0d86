package io.shenbao.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Problem;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The keys of findings raised outside the rules' own checks (readers, the model's constraints, the
 * engine) cannot get lost: each is a constant of {@link Keys} with a message in both bundles and a
 * registered rule, no such key is written as a string elsewhere, and a key of no rule fails the
 * run.
 */
class FindingKeysTest {
  /** A finding key written as a string: a registered rule's ID, optionally with a variant. */
  static final Pattern LITERAL_KEY =
      Pattern.compile(
          "\"("
              + String.join("|", Rules.ALL.stream().map(Rule::id).toList())
              + ")(\\.[a-z0-9-]+)?\"");

  @Test
  void everyKeyHasAMessageInBothBundlesAndARegisteredRule() throws Exception {
    Messages zh = Messages.of("zh");
    Messages en = Messages.of("en");
    List<String> keys = keys();
    assertThat(keys).hasSizeGreaterThan(50);
    for (String key : keys) {
      assertThat(zh.has(key)).as("zh %s", key).isTrue();
      assertThat(en.has(key)).as("en %s", key).isTrue();
      assertThat(Rules.byId(new Problem(key, null, null, List.of()).rule()))
          .as("the rule of %s", key)
          .isPresent();
    }
  }

  @Test
  void eachClassOfKeysBelongsToOneRule() throws Exception {
    for (Class<?> c : Keys.class.getDeclaredClasses()) {
      String id = (String) c.getField("ID").get(null);
      for (Field f : c.getFields()) {
        assertThat((String) f.get(null)).as("%s.%s", c.getSimpleName(), f.getName()).startsWith(id);
      }
    }
  }

  @Test
  void noFindingKeyIsWrittenAsAStringOutsideTheRules() throws IOException {
    Path main = Path.of("src/main/java/io/shenbao/rules");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = main.relativize(f);
        if (rel.startsWith("check") || rel.toString().equals("finding/Keys.java")) {
          continue; // a rule names its own ID in @RuleInfo and its variants beside their checks
        }
        Matcher m = LITERAL_KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(rel + ": " + m.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void aKeyOfNoRuleFailsTheRunAndOneOfARuleLeftOutIsDropped() {
    Rule deadline = Rules.byId("SUBMIT-DEADLINE").orElseThrow();
    Map<String, Rule> run = Map.of(deadline.id(), deadline);
    assertThat(FindingSink.ruleOf(run, problem("SUBMIT-DEADLINE"))).isSameAs(deadline);
    assertThat(FindingSink.ruleOf(run, problem(Keys.InputSyntax.YAML))).isNull();
    assertThatThrownBy(() -> FindingSink.ruleOf(run, problem("INPUT-SYNTAXX.yaml")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INPUT-SYNTAXX.yaml");
  }

  private static Problem problem(String key) {
    return new Problem(key, "plan.yaml", null, List.of());
  }

  /** Every key constant of {@link Keys} (the {@code ID}s name rules, not messages). */
  private static List<String> keys() throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Class<?> c : Keys.class.getDeclaredClasses()) {
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers())
            && f.getType() == String.class
            && !f.getName().equals("ID")) {
          out.add((String) f.get(null));
        }
      }
    }
    return out;
  }
}
