package io.shenbao.rules.engine;

import io.shenbao.rules.layout.PlanLayout;
import io.shenbao.rules.model.Targets;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.read.PlanBinder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plan workbook in the words of its rule set: plan.xlsx is written in the rule set's section
 * headings, data-table labels and dropdown words, and read in them. The layout reads the shipped
 * rule sets' words by itself; a later batch's or a province's rule set that words a row otherwise
 * has the workbook read again in its words, so that nothing the user typed is left unread.
 */
final class PlanWords {
  private PlanWords() {}

  /** The rule set's words for plan.xlsx, each mapped to its key path or code. */
  public static PlanLayout.Words of(Policy p) {
    Policy.Documents d = p.docs();
    Map<String, String> general = new LinkedHashMap<>();
    for (String key : Policy.SECTION_KEYS) {
      general.put(p.word(d.sections(), key), "sections." + key);
    }
    Map<String, String> industry = new LinkedHashMap<>();
    for (String key : Policy.BASELINE_KEYS) {
      industry.put(p.word(d.baseline(), key), "baseline." + key);
    }
    Map<String, String> targets = new LinkedHashMap<>();
    for (String key : Targets.KEYS) {
      targets.put(p.word(d.targets(), key), key);
    }
    Map<String, String> cityTypes = new LinkedHashMap<>();
    if (p.cityTypes() != null && p.cityTypes().value() != null) {
      p.cityTypes().value().forEach((code, word) -> cityTypes.put(word, code));
    }
    Map<String, String> levels = new LinkedHashMap<>();
    if (p.submissionLevels() != null && p.submissionLevels().value() != null) {
      p.submissionLevels()
          .value()
          .forEach((code, level) -> levels.put(level.label() == null ? code : level.label(), code));
    }
    Map<String, String> categories = new LinkedHashMap<>();
    if (p.fundingCategories() != null && p.fundingCategories().value() != null) {
      p.fundingCategories().value().forEach((code, word) -> categories.put(word, code));
    }
    return new PlanLayout.Words(general, industry, targets, cityTypes, levels, categories);
  }

  /**
   * The plan read again in its rule set's words when it is a workbook and the rule set words a row
   * or a dropdown otherwise than the layout reads by itself; else {@code read} as it is.
   */
  public static PlanBinder.Result again(
      PlanBinder.Result read, Path file, String display, Policy policy) {
    if (read.plan() == null || !PlanFile.isWorkbook(file)) {
      return read;
    }
    PlanLayout.Words words = of(policy);
    return words.known() ? read : PlanFile.read(file, display, words);
  }
}
