package io.shenbao.rules.check.contact;

import io.shenbao.rules.check.Emitter;
import io.shenbao.rules.check.PlanContext;
import io.shenbao.rules.check.Rule;
import io.shenbao.rules.check.RuleInfo;
import io.shenbao.rules.finding.Severity;
import io.shenbao.rules.model.Plan;

/**
 * The cover's 联系人及电话: a name and a plausible telephone number. Presence and the number's shape are
 * declared on the model ({@code @NotBlank}, {@code @Phone}); this rule adds that the name looks
 * like a person's name, not a number or a sentence (no longer than the rule set's {@code
 * contact_name_max}, this tool's default).
 */
@RuleInfo(id = "CONTACT", severity = Severity.ERROR, clause = "附件1 封面（联系人及电话）")
public final class Contact implements Rule {
  @Override
  public void check(PlanContext ctx, Emitter out) {
    Plan.Contact c = ctx.plan().contact();
    if (c == null || c.name() == null || c.name().isBlank()) {
      return;
    }
    String name = c.name().trim();
    Integer max =
        ctx.policy().contactNameMax() == null ? null : ctx.policy().contactNameMax().value();
    if ((max != null && name.length() > max)
        || name.matches(".*\\d.*")
        || name.matches(".*[@/\\\\].*")) {
      out.plan("contact.name", "name-implausible", name, max == null ? "—" : max);
    }
  }
}
