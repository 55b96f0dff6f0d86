package io.shenbao.cli;

import io.shenbao.cli.receive.Arrivals;
import io.shenbao.cli.receive.Register;
import io.shenbao.cli.receive.RegisterBook;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
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
 * {@code shenbao intake DIR...}: registers the packages that arrived — each verified and checked
 * again from its own contents as of when it was received — in 收件登记表.xlsx, and prints a summary.
 */
@Command(name = "intake", mixinStandardHelpOptions = true)
public final class IntakeCommand implements Callable<Integer> {
  /** The register's default name, in the current folder. */
  static final String DEFAULT_OUT = "收件登记表.xlsx";

  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", descriptionKey = "param.intake-dir")
  List<String> dirs;

  @Option(names = "--out", paramLabel = "FILE", descriptionKey = "option.intake-out")
  Path out;

  @Option(names = "--force", descriptionKey = "option.intake-force")
  boolean force;

  @Option(
      names = "--received-at",
      paramLabel = "ISO-8601",
      converter = ShenbaoCommand.AsOfConverter.class,
      descriptionKey = "option.received-at")
  OffsetDateTime receivedAt;

  @Mixin JobsOption jobsOption;

  @Override
  public Integer call() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    Messages m = global.messages();
    int jobs = jobsOption.checked(global, cl);
    Path target = out != null ? out : Path.of(DEFAULT_OUT);
    Outputs.refuse(global, cl, target, force);
    List<Arrivals.Arrival> arrivals;
    try {
      arrivals =
          Arrivals.find(dirs, receivedAt, text -> new ShenbaoCommand.AsOfConverter().convert(text));
    } catch (UsageException e) {
      throw global.usage(cl, e);
    }
    List<Register.Row> rows = Register.of(arrivals, global.forcedPolicy(cl), jobs, m);
    byte[] book = RegisterBook.write(rows, m, OffsetDateTime.now(ShenbaoCommand.zone()));
    if (!Outputs.write(global, cl, target, force, book, m)) {
      return ExitCode.USAGE;
    }
    if (!global.quiet) {
      RegisterBook.summary(cl.getOut(), rows, Hints.path(target), m);
      rows.stream()
          .filter(Register.Row::fails)
          .findFirst()
          .ifPresent(
              r ->
                  cl.getOut()
                      .println(
                          m.format(
                              "intake.details",
                              Hints.path(r.arrival().path()),
                              r.arrival()
                                  .received()
                                  .atZoneSameInstant(ShenbaoCommand.zone())
                                  .toLocalDateTime()
                                  .toString())));
      cl.getOut().flush();
    }
    return rows.stream().anyMatch(Register.Row::fails) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}
