package io.shenbao.cli;

import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.policy.PolicyLoader;
import io.shenbao.rules.report.Version;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: global options shared by every subcommand. */
@Command(
    name = "shenbao",
    mixinStandardHelpOptions = true,
    versionProvider = ShenbaoCommand.VersionProvider.class,
    description =
        "中小企业数字化转型城市试点申报材料检查与打包工具 / checks and packages applications to the SME digital-transformation city pilot.",
    subcommands = {
      ValidateCommand.class,
      BundleCommand.class,
      VerifyCommand.class,
      InitCommand.class,
      ConvertCommand.class,
      RulesCommand.class
    },
    sortOptions = false)
public final class ShenbaoCommand implements Runnable {
  /** Beijing time, the zone of every deadline. */
  public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "zh|en",
      description = "Language of messages: zh (default) or en.")
  String lang = "zh";

  @Option(
      names = "--policy",
      scope = ScopeType.INHERIT,
      paramLabel = "ID|FILE",
      description =
          "Rule set for every workspace: 2024-batch2, 2024-batch2-chongqing, or an overlay file. Default: each plan's own policy.")
  String policy;

  @Option(
      names = "--as-of",
      scope = ScopeType.INHERIT,
      paramLabel = "ISO-8601",
      converter = AsOfConverter.class,
      description =
          "The instant the deadline rules compare against (default: now). 2024-05-10, 2024-05-10T10:00 (Beijing time) or 2024-05-10T10:00:00+08:00.")
  OffsetDateTime asOf;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "No colours in the text report.")
  boolean noColor;

  @Option(
      names = "--quiet",
      scope = ScopeType.INHERIT,
      description = "Print no text report; the exit code tells the result.")
  boolean quiet;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean debug;

  boolean terminal;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The message bundle for --lang; a usage error for anything but zh or en. */
  Messages messages() {
    if (!"zh".equals(lang) && !"en".equals(lang)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--lang must be zh or en, not " + lang);
    }
    return Messages.of(lang);
  }

  /** The rule set named by --policy, or null; a usage error when it cannot be loaded. */
  Policy forcedPolicy(CommandLine cl) {
    if (policy == null) {
      return null;
    }
    try {
      return PolicyLoader.load(policy);
    } catch (PolicyException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }

  /** --as-of, or now. */
  OffsetDateTime asOf() {
    return asOf != null ? asOf : OffsetDateTime.now(BEIJING);
  }

  /** Whether the text report may use colours. */
  boolean color() {
    return terminal
        && !noColor
        && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }

  /** Runs a command line with the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    ShenbaoCommand top = new ShenbaoCommand();
    top.terminal = terminal;
    CommandLine cl = new CommandLine(top);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CommandLine.ParameterException pe) {
            throw pe;
          }
          err.println("shenbao: internal error: " + ex);
          if (top.debug) {
            ex.printStackTrace(err);
          } else {
            err.println("(run again with --debug for details; please report this as a bug)");
          }
          return ExitCode.INTERNAL;
        });
    cl.setParameterExceptionHandler(
        (ex, arguments) -> {
          err.println("shenbao: " + ex.getMessage());
          suggest(ex, err);
          err.println("(shenbao " + String.join(" ", subcommandOf(ex)) + "--help shows the usage)");
          return ExitCode.USAGE;
        });
    return cl.execute(args);
  }

  /** "Did you mean" for a mistyped option or subcommand. */
  private static void suggest(CommandLine.ParameterException ex, PrintWriter err) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) {
      return;
    }
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    java.util.List<String> names = new java.util.ArrayList<>(spec.optionsMap().keySet());
    names.addAll(spec.subcommands().keySet());
    for (String arg : u.getUnmatched()) {
      String guess = io.shenbao.rules.read.Suggest.closest(arg, names);
      if (guess != null) {
        err.println("did you mean " + guess + "?");
        return;
      }
    }
  }

  private static java.util.List<String> subcommandOf(CommandLine.ParameterException ex) {
    CommandLine c = ex.getCommandLine();
    java.util.List<String> names = new java.util.ArrayList<>();
    while (c != null && c.getParent() != null) {
      names.add(0, c.getCommandName() + " ");
      c = c.getParent();
    }
    return names;
  }

  /** Reads --as-of: a date, a local date-time in Beijing time, or an instant with an offset. */
  static final class AsOfConverter implements CommandLine.ITypeConverter<OffsetDateTime> {
    @Override
    public OffsetDateTime convert(String value) {
      String v = value.trim();
      try {
        return OffsetDateTime.parse(v);
      } catch (DateTimeParseException e) {
        // try the local forms below
      }
      try {
        return LocalDateTime.parse(v).atOffset(BEIJING);
      } catch (DateTimeParseException e) {
        // try a plain date
      }
      try {
        return LocalDate.parse(v).atStartOfDay().atOffset(BEIJING);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'"
                + value
                + "' is not an ISO-8601 date or date-time (such as 2024-05-10T10:00:00+08:00)");
      }
    }
  }

  /** Prints the version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"shenbao " + Version.VERSION};
    }
  }
}
