package io.shenbao.cli;

import io.shenbao.cli.output.Faults;
import io.shenbao.cli.output.WriteFailure;
import io.shenbao.rules.engine.RuleSets;
import io.shenbao.rules.finding.KeyedException;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.finding.Printable;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import io.shenbao.rules.report.Version;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    subcommands = {
      ValidateCommand.class,
      BundleCommand.class,
      ForwardCommand.class,
      VerifyCommand.class,
      IntakeCommand.class,
      CompareCommand.class,
      InitCommand.class,
      ConvertCommand.class,
      RulesCommand.class
    },
    sortOptions = false)
public final class ShenbaoCommand implements Runnable {
  /**
   * The zone of an --as-of time typed without an offset (Beijing time): the default rule set's
   * {@code time_zone}, read when first asked (the workspaces' rule sets are not known yet when the
   * option is read; a package's date and deadline take their own rule set's).
   */
  static ZoneOffset zone() {
    return RuleSets.defaultZone();
  }

  /**
   * The bundle of the command line's own texts (help, usage errors), laid over the rules' message
   * bundle; picocli reads the help from it.
   */
  static final String BUNDLE = "io.shenbao.cli.commands";

  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "zh|en",
      descriptionKey = "option.lang")
  String lang;

  @Option(
      names = "--policy",
      scope = ScopeType.INHERIT,
      paramLabel = "ID|FILE",
      descriptionKey = "option.policy")
  String policy;

  @Option(
      names = "--as-of",
      scope = ScopeType.INHERIT,
      paramLabel = "ISO-8601",
      converter = AsOfConverter.class,
      descriptionKey = "option.as-of")
  OffsetDateTime asOf;

  @Option(names = "--no-color", scope = ScopeType.INHERIT, descriptionKey = "option.no-color")
  boolean noColor;

  @Option(names = "--quiet", scope = ScopeType.INHERIT, descriptionKey = "option.quiet")
  boolean quiet;

  @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
  boolean debug;

  boolean terminal;

  /** The environment the tool runs in (the process's, or a test's). */
  Map<String, String> env = Map.of();

  /** The language chosen before parsing: a valid --lang, else the environment's. */
  String chosenLang = Lang.ZH;

  /** The command that runs the tool, as the user typed it (for hints to copy). */
  String command = "shenbao";

  /** The fault-injection seam (tests only; {@link Faults#NONE} otherwise). */
  Faults faults = Faults.NONE;

  /** What "now" is without --as-of: the system's clock, or a test's fixed one. */
  Clock clock = Clock.systemUTC();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The messages in the chosen language; a usage error for a --lang other than zh or en. */
  Messages messages() {
    if (lang != null && !Lang.known(lang)) {
      throw usage(spec.commandLine(), "error.lang", lang);
    }
    return ui();
  }

  /** The messages in the chosen language, whatever --lang says (for reporting a usage error). */
  Messages ui() {
    return Messages.of(chosenLang).and(BUNDLE).withCommand(command);
  }

  /** A usage error (exit 2) whose message is {@code key} of the bundle in the chosen language. */
  UsageError usage(CommandLine cl, String key, Object... args) {
    List<String> texts = new ArrayList<>();
    for (Object a : args) {
      texts.add(String.valueOf(a));
    }
    return new UsageError(cl, ui().format(key, texts));
  }

  /**
   * A usage error from the core: a path that does not exist, a malformed waivers file, a rule set
   * that cannot be loaded.
   */
  UsageError usage(CommandLine cl, KeyedException e) {
    return new UsageError(cl, e.message(ui()));
  }

  /** The rule set named by --policy, or null; a usage error when it cannot be loaded. */
  Policy forcedPolicy(CommandLine cl) {
    if (policy == null) {
      return null;
    }
    try {
      return RuleSets.load(policy);
    } catch (PolicyException e) {
      throw usage(cl, e);
    }
  }

  /** --as-of, or now. */
  OffsetDateTime asOf() {
    return asOf != null ? asOf : OffsetDateTime.now(clock.withZone(zone()));
  }

  /** Whether the text report may use colours. */
  boolean color() {
    return terminal && !noColor && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
  }

  /** Runs a command line in this process's environment; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    return run(args, out, err, terminal, System.getenv());
  }

  /** Runs a command line with the given writers and environment; returns the exit code. */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, boolean terminal, Map<String, String> env) {
    return run(args, out, err, terminal, env, Faults.NONE, Clock.systemUTC());
  }

  /**
   * Runs a command line with the given writers, environment, fault-injection seam and clock (what
   * "now" is without --as-of).
   */
  public static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      boolean terminal,
      Map<String, String> env,
      Faults faults,
      Clock clock) {
    ShenbaoCommand top = new ShenbaoCommand();
    top.terminal = terminal;
    top.env = env;
    top.faults = faults;
    top.clock = clock;
    top.chosenLang = Lang.choose(args, env);
    top.command = Hints.command(env);
    CommandLine cl = new CommandLine(top);
    cl.setResourceBundle(Messages.bundle(BUNDLE, top.chosenLang));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof CommandLine.ParameterException pe) {
            throw pe;
          }
          return internal(top, ex, err);
        });
    cl.setParameterExceptionHandler(
        (ex, arguments) -> {
          Messages m = top.ui();
          err.println(m.format("error.prefix") + Printable.escape(UsageErrors.describe(ex, m)));
          String guess = UsageErrors.suggestion(ex);
          if (guess != null) {
            err.println(m.format("error.did-you-mean", guess));
          }
          err.println(m.format("error.help", String.join("", subcommandOf(ex))));
          return ExitCode.USAGE;
        });
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      // an Error (OutOfMemoryError above all) passes picocli's handler: it ends here, not in main
      return internal(top, e, err);
    }
  }

  /**
   * Reports what should not have happened in one line (a stack trace only with --debug) and returns
   * exit code 3. Running out of memory is said as such, with the setting that helps.
   */
  static int internal(ShenbaoCommand top, Throwable ex, PrintWriter err) {
    Messages m;
    try {
      m = top.ui();
    } catch (RuntimeException | Error e) {
      m = null;
    }
    OutOfMemoryError oom = null;
    WriteFailure full = null;
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      oom = oom == null && t instanceof OutOfMemoryError o ? o : oom;
      WriteFailure w = t instanceof IOException io ? WriteFailure.of(io, null) : null;
      full = full == null && w != null && w.diskFull() ? w : full;
    }
    if (full != null && m != null) {
      // a full disk is the user's environment, not a bug of the tool, whichever command met it
      err.println(
          m.format("error.prefix")
              + (full.file() == null
                  ? m.format("output.disk-full-unnamed")
                  : m.format("output.disk-full", full.file().toString())));
      err.flush();
      return ExitCode.USAGE;
    }
    String line;
    if (m == null) {
      line = "shenbao: internal error: " + ex;
    } else if (oom != null) {
      line =
          m.format(
              "error.out-of-memory",
              String.valueOf(Runtime.getRuntime().maxMemory() >> 20),
              String.valueOf(oom.getMessage()));
    } else {
      line = m.format("error.internal", String.valueOf(ex)) + " " + m.format("error.internal-hint");
    }
    err.println(Printable.escape(line));
    if (top.debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static List<String> subcommandOf(CommandLine.ParameterException ex) {
    CommandLine c = ex.getCommandLine();
    List<String> names = new ArrayList<>();
    while (c != null && c.getParent() != null) {
      names.add(0, c.getCommandName() + " ");
      c = c.getParent();
    }
    return names;
  }

  /** A usage error whose message is already in the user's language. */
  static final class UsageError extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    UsageError(CommandLine cl, String message) {
      super(cl, message);
    }
  }

  /**
   * Reads --as-of: a date, a local date-time in Beijing time, or an instant with an offset. A value
   * that is none of them is reported by {@link UsageErrors} in the user's language.
   */
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
        return LocalDateTime.parse(v).atOffset(zone());
      } catch (DateTimeParseException e) {
        // try a plain date
      }
      try {
        return LocalDate.parse(v).atStartOfDay().atOffset(zone());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(value);
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
