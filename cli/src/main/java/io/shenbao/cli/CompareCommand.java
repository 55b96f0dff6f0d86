package io.shenbao.cli;

import io.shenbao.cli.receive.Inputs;
import io.shenbao.cli.receive.ReceivedPackage;
import io.shenbao.cli.receive.Review;
import io.shenbao.cli.receive.ReviewBook;
import io.shenbao.cli.receive.ReviewHtml;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.Checker;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.facts.WorkspaceFacts;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Report;
import io.shenbao.rules.policy.PolicyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
 * {@code shenbao compare PATH...}: the candidates side by side — workspaces and received packages
 * mixed — in 评审汇总表.xlsx (or one HTML page): a row per city with the figures a reviewer weighs, a
 * sheet per figure ranking the cities, each province's quota.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
public final class CompareCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "param.compare-path")
  List<String> paths;

  @Option(
      names = "--format",
      paramLabel = "xlsx|html",
      defaultValue = "xlsx",
      descriptionKey = "option.compare-format")
  String format;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.compare-out")
  Path out;

  @Option(names = "--force", descriptionKey = "option.compare-force")
  boolean force;

  @Mixin JobsOption jobsOption;

  @Override
  public Integer call() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    Messages m = global.messages();
    if (!format.equals("xlsx") && !format.equals("html")) {
      throw global.usage(cl, "error.compare-format", format);
    }
    int jobs = jobsOption.checked(global, cl);
    Path target = out != null ? out : Path.of("评审汇总表." + format);
    Outputs.refuse(global, cl, target, force);
    Inputs inputs;
    try {
      inputs = Inputs.open(paths, m, true);
    } catch (UsageException e) {
      throw global.usage(cl, e);
    }
    try (inputs) {
      List<WorkspaceFacts> facts = new ArrayList<>();
      Report report =
          new Checker(
                  CheckConfig.of(inputs.workspaces(), global.forcedPolicy(cl), global.asOf())
                      .withJobs(jobs))
              .withFacts(facts::add)
              .run();
      Review review =
          Review.of(
              report,
              facts,
              ws -> {
                ReceivedPackage p = inputs.packageOf(ws);
                return p == null ? ws : p.display();
              });
      byte[] bytes =
          format.equals("html")
              ? ReviewHtml.write(review, m).getBytes(StandardCharsets.UTF_8)
              : ReviewBook.write(review, m, OffsetDateTime.now(ShenbaoCommand.zone()));
      if (!Outputs.write(global, cl, target, force, bytes, m)) {
        return ExitCode.USAGE;
      }
      if (!global.quiet) {
        for (Inputs.Replaced r : inputs.replaced()) {
          cl.getOut()
              .println(
                  m.format(
                      "review.replaced",
                      r.display(),
                      r.city(),
                      r.by(),
                      r.baggingDate() == null ? "?" : r.baggingDate()));
        }
        long progress = review.cities().stream().filter(Review.City::progress).count();
        cl.getOut()
            .println(
                m.format(
                    "review.written",
                    String.valueOf(review.cities().size() - progress),
                    String.valueOf(review.candidateProvinces()),
                    Hints.path(target)));
        if (progress > 0) {
          cl.getOut().println(m.format("review.written-progress", String.valueOf(progress)));
        }
        cl.getOut().flush();
      }
      return ExitCode.OK;
    }
  }
}
