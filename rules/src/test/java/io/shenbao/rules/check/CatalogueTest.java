package io.shenbao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.shenbao.rules.check.registry.Rules;
import io.shenbao.rules.finding.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The registry is sorted, complete and documented in both languages. */
class CatalogueTest {
  @Test
  void registryIsSortedWithUniqueWellFormedIds() {
    List<String> ids = new ArrayList<>();
    for (Rule r : Rules.ALL) {
      ids.add(r.id());
      assertThat(r.id()).matches("[A-Z]+(-[A-Z0-9]+)*");
      assertThat(r.info().clause()).isNotBlank().doesNotEndWith(".");
      assertThat(r.getClass().getSimpleName())
          .as("the class of %s", r.id())
          .isEqualTo(camel(r.id()));
    }
    assertThat(ids).isSorted().doesNotHaveDuplicates();
  }

  /** ROSTER-CREDIT-CODE → RosterCreditCode: a rule's class is found from its ID. */
  private static String camel(String id) {
    StringBuilder b = new StringBuilder();
    for (String word : id.split("-")) {
      b.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  @Test
  void everyRuleOfTheCatalogueIsRegistered() {
    assertThat(Rules.ALL)
        .extracting(Rule::id)
        .hasSize(52)
        .contains("BATCH-QUOTA", "BATCH-DUPLICATE-CITY", "BATCH-DUPLICATE-ENTERPRISE");
  }

  @Test
  void everyRuleHasTitleAndDescriptionInBothLanguagesAndTheBundlesMatch() {
    Messages zh = Messages.of("zh");
    Messages en = Messages.of("en");
    for (Rule r : Rules.ALL) {
      for (Messages m : List.of(zh, en)) {
        assertThat(m.has(r.id() + ".title")).as("%s %s.title", m.lang(), r.id()).isTrue();
        assertThat(m.has(r.id() + ".description"))
            .as("%s %s.description", m.lang(), r.id())
            .isTrue();
      }
    }
    assertThat(zh.keys()).containsExactlyInAnyOrderElementsOf(en.keys());
  }
}
