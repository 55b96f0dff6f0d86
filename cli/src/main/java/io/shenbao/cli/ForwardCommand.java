package io.shenbao.cli;

import io.shenbao.cli.bundle.BundleException;
import io.shenbao.cli.bundle.BundleTarget;
import io.shenbao.cli.bundle.Bundler;
import io.shenbao.cli.bundle.FontSet;
import io.shenbao.cli.bundle.Forwarder;
import io.shenbao.cli.receive.Inputs;
import io.shenbao.rules.domain.Places;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.PlanFile;
import io.shenbao.rules.engine.RuleSets;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shenbao forward --province 四川省 CITY... [--progress WS...]}: re-checks every city as the
 * province sends it to the two ministries, then writes one package with the 推荐函.
 */
@Command(name = "forward", mixinStandardHelpOptions = true)
public final class ForwardCommand implements Callable<Integer> {
  /** The national rule set the candidates are held to unless --policy names another. */
  static final String NATIONAL = "2024-batch2";

  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Option(
      names = "--province",
      required = true,
      paramLabel = "PROVINCE",
      descriptionKey = "option.forward-province")
  String province;

  @Parameters(paramLabel = "CITY", arity = "1..*", descriptionKey = "param.cities")
  List<String> cities = new ArrayList<>();

  @Option(
      names = "--progress",
      paramLabel = "WORKSPACE",
      arity = "1..*",
      descriptionKey = "option.progress")
  List<String> progress = new ArrayList<>();

  @Option(names = "--letter", paramLabel = "PDF", descriptionKey = "option.letter")
  Path letter;

  @Option(
      names = "--signatories",
      paramLabel = "A,B",
      split = ",",
      descriptionKey = "option.signatories")
  List<String> signatories = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.forward-out")
  Path outDir;

  @Mixin PackageOptions pkg;

  @Override
  public Integer call() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    PackageRun run = PackageRun.of(global, cl, pkg);
    Messages m = run.m();
    Policy forced = global.forcedPolicy(cl);
    Policy national = forced != null ? forced : RuleSets.load(NATIONAL);
    Policy.Level level = national.level("national");
    if (level == null || level.copies() == null) {
      throw global.usage(cl, "error.forward-no-national", national.id());
    }
    String named = Places.province(province, national.provinceUnits().value());
    if (named == null) {
      throw global.usage(cl, "error.forward-province", province);
    }
    boolean defaultSignatories = signatories.isEmpty();
    if (defaultSignatories) {
      signatories = List.of(named + "财政部门", named + "中小企业主管部门");
    } else if (signatories.size() != 2 || signatories.stream().anyMatch(String::isBlank)) {
      throw global.usage(cl, "error.forward-signatories", String.join(",", signatories));
    }
    if (letter != null && !Files.isRegularFile(letter)) {
      throw global.usage(cl, "error.forward-letter", letter);
    }
    // a city (or a progress report) is a workspace or its package, a bag folder or a .zip: a
    // package is verified (damage is BUNDLE-DAMAGED, an error) and its data/ checked again
    try (Inputs cityInputs = open(cl, cities, m);
        Inputs reportInputs = open(cl, progress, m)) {
      return forward(
          run,
          cityInputs.workspaces(),
          reportInputs.workspaces(),
          national,
          level,
          named,
          defaultSignatories);
    }
  }

  private Inputs open(CommandLine cl, List<String> paths, Messages m) throws IOException {
    try {
      return Inputs.open(paths, m);
    } catch (UsageException e) {
      throw global.usage(cl, e);
    }
  }

  private int forward(
      PackageRun run,
      List<WorkspaceRef> candidates,
      List<WorkspaceRef> reports,
      Policy national,
      Policy.Level level,
      String named,
      boolean defaultSignatories)
      throws IOException, PolicyException {
    CommandLine cl = run.cl();
    Messages m = run.m();
    PackageOptions.Dated when = run.when();
    for (WorkspaceRef c : candidates) {
      if (!PlanFile.progressFiles(c.dir()).isEmpty()) {
        throw global.usage(cl, "error.forward-progress-as-city", c.display());
      }
    }
    for (WorkspaceRef r : reports) {
      if (PlanFile.progressFiles(r.dir()).isEmpty()) {
        throw global.usage(cl, "error.forward-not-progress", r.display());
      }
    }
    when.refuseLate(global, cl, level, national.zone());
    List<WorkspaceRef> all = new ArrayList<>(candidates);
    all.addAll(reports);
    return run.run(
        outDir != null ? outDir : Forwarder.defaultOut(named),
        all.get(0).dir(),
        CheckConfig.of(all, null, global.asOf())
            .forwarding(new CheckConfig.Forwarding(named, national, "national")),
        "forward",
        new PackageRun.Steps() {
          @Override
          public Bundler.Result build(
              Map<WorkspaceRef, WorkspaceContents> checked, FontSet faces, BundleTarget claimed)
              throws IOException, BundleException {
            List<WorkspaceContents> cityContents = new ArrayList<>();
            for (WorkspaceRef c : candidates) {
              cityContents.add(checked.get(c)); // held to national level, as checked
            }
            List<WorkspaceContents> reportContents = new ArrayList<>();
            for (WorkspaceRef r : reports) {
              reportContents.add(checked.get(r));
            }
            return Forwarder.build(
                new Forwarder.Request(named, cityContents, reportContents, letter, signatories),
                national,
                faces,
                when.when(national.zone()),
                !pkg.noRasterize,
                claimed);
          }

          @Override
          public void notes(PrintWriter out) {
            if (letter == null) {
              out.println(m.format("forward.letter-draft", String.join("、", signatories)));
              if (defaultSignatories) {
                out.println(m.format("forward.signatories-default", named));
              }
            }
          }

          @Override
          public String next(String key) {
            // with the stamped letter, the print file begins with it: no draft to leave out
            return letter == null ? key + ".next" : key + ".next-stamped";
          }
        });
  }
}
