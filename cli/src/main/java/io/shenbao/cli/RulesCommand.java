package io.shenbao.cli;

import static io.shenbao.rules.report.TextRenderer.pad;

import io.shenbao.rules.engine.RuleCatalogue;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.RuleMeta;
import io.shenbao.rules.text.Suggest;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code shenbao rules [list|explain ID]}: the rule catalogue with the clauses it enforces. */
@Command(name = "rules", mixinStandardHelpOptions = true)
public final class RulesCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "list|explain",
      descriptionKey = "param.list-explain")
  String action;

  @Parameters(index = "1", arity = "0..1", paramLabel = "ID", descriptionKey = "param.id")
  String id;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    Messages m = global.messages();
    PrintWriter out = cl.getOut();
    if (action == null || "list".equals(action)) {
      if (id != null) {
        throw global.usage(cl, "error.rules-list-id", id);
      }
      for (RuleMeta info : RuleCatalogue.all()) {
        out.println(
            pad(info.id(), 24)
                + pad(m.format("ui." + info.severity().id()), 8)
                + m.format(info.id() + ".title")
                + "  ["
                + info.clause()
                + "]");
      }
      out.flush();
      return ExitCode.OK;
    }
    if (!"explain".equals(action)) {
      throw global.usage(cl, "error.rules-action", action);
    }
    if (id == null) {
      throw global.usage(cl, "error.rules-explain-id");
    }
    String wanted = id.trim().toUpperCase(Locale.ROOT);
    RuleMeta info = RuleCatalogue.byId(wanted).orElse(null);
    if (info == null) {
      List<String> ids = new ArrayList<>();
      RuleCatalogue.all().forEach(r -> ids.add(r.id()));
      String guess = Suggest.closest(wanted, ids);
      throw guess == null
          ? global.usage(cl, "error.rules-unknown", id)
          : global.usage(cl, "error.rules-unknown-suggest", id, guess);
    }
    out.println(info.id() + " — " + m.format(info.id() + ".title"));
    out.println(
        m.format(
            "ui.label-value", m.format("ui.severity"), m.format("ui." + info.severity().id())));
    out.println(m.format("ui.label-value", m.format("ui.clause"), info.clause()));
    out.println();
    out.println(m.format(info.id() + ".description"));
    List<String> variants = m.variants(info.id());
    if (!variants.isEmpty()) {
      out.println();
      out.println(m.format("ui.variants"));
      for (String key : variants) {
        out.println("  " + key + "  " + m.format(key, Collections.nCopies(10, "…")));
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
