package io.shenbao.rules.check.section;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.policy.Policy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The narrative must have each of 附件1's sections 一 to 五: as non-empty {@code sections}, or as
 * headings in the user's own {@code narrative_pdf}. (§六 is the roster and attachments.) 23号 五 also
 * asks for 责任分工: a narrative that never names who does what (none of the rule set's {@code
 * responsibility_words}) gets a warning.
 */
@RuleInfo(
    id = "SECTION-MISSING",
    severity = Severity.ERROR,
    clause = "附件1 一至五；财办建〔2024〕23号 五（需包括城市现有工作基础、工作目标、具体实施内容、资金使用方向、保障措施）")
public final class SectionMissing implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan plan = ctx.plan();
    if (plan.narrativePdf() != null && !plan.narrativePdf().isBlank()) {
      String text = ctx.narrativeText();
      if (text == null) {
        return;
      }
      String flat = text.replaceAll("\\s", "");
      for (String heading : headings(ctx).values()) {
        // the heading's words, without its number (一、), which a narrative may write otherwise
        if (!flat.contains(heading.replaceFirst("^[一二三四五六七八九十]+、", "").replaceAll("\\s", ""))) {
          out.plan("narrative_pdf", "pdf", heading, plan.narrativePdf());
        }
      }
      duties(ctx, flat, "narrative_pdf", out);
      return;
    }
    Plan.Sections s = plan.sections();
    String[] values =
        s == null
            ? new String[5]
            : new String[] {
              s.foundation(), s.workTargets(), s.implementation(), s.funding(), s.safeguards()
            };
    int i = 0;
    boolean any = false;
    for (Map.Entry<String, String> e : headings(ctx).entrySet()) {
      String v = values[i++];
      if (v == null || v.isBlank()) {
        out.plan("sections." + e.getKey(), "", e.getValue());
      } else {
        any = true;
      }
    }
    if (any) {
      StringBuilder all = new StringBuilder();
      for (String v : values) {
        all.append(v == null ? "" : v.replaceAll("\\s", ""));
      }
      duties(ctx, all.toString(), "sections", out);
    }
  }

  /** YAML key → the heading the rule set's documents give it (附件1's 一、试点城市工作基础 …). */
  static Map<String, String> headings(PlanContext ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    Policy p = ctx.policy();
    for (String key : Policy.SECTION_KEYS) {
      out.put(key, p.word(p.docs().sections(), key));
    }
    return out;
  }

  /** A warning when the text names none of the rule set's words for who does what. */
  private static void duties(PlanContext ctx, String text, String path, Emitter out) {
    Policy.Item<List<String>> words = ctx.policy().responsibilityWords();
    if (words == null || words.value() == null || words.value().isEmpty()) {
      return;
    }
    for (String w : words.value()) {
      if (text.contains(w)) {
        return;
      }
    }
    out.planAs(Severity.WARNING, path, "duties", String.join("、", words.value()), words.clause());
  }
}
