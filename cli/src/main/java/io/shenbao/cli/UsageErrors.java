package io.shenbao.cli;

import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.text.Suggest;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Says a usage error in the user's language. The tool's own usage errors come already translated
 * ({@link ShenbaoCommand.UsageError}); picocli's, whose texts are English, are told by their kind
 * and the option or parameter they concern.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** The message for a usage error. */
  static String describe(CommandLine.ParameterException ex, Messages m) {
    if (ex instanceof ShenbaoCommand.UsageError) {
      return ex.getMessage();
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return unmatched(u, m);
    }
    if (ex instanceof CommandLine.MissingParameterException p) {
      return missing(p, m);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return m.format("error.option-twice", name(o.getOverwritten()));
    }
    if (ex instanceof CommandLine.MaxValuesExceededException) {
      return m.format("error.too-many", synopsisOf(ex.getCommandLine()));
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return m.format("error.invalid-value", name(arg), ex.getValue(), expected(arg, m));
    }
    return m.format("error.other", ex.getMessage());
  }

  private static String unmatched(CommandLine.UnmatchedArgumentException u, Messages m) {
    List<String> args = u.getUnmatched();
    String first = args.isEmpty() ? "" : args.get(0);
    CommandSpec spec = u.getCommandLine().getCommandSpec();
    if (first.startsWith("-") && first.length() > 1) {
      return m.format("error.unknown-option", first);
    }
    if (!spec.subcommands().isEmpty()) {
      return m.format("error.unknown-command", first, m.join(spec.subcommands().keySet()));
    }
    return m.format("error.extra-argument", String.join(" ", args), synopsisOf(u.getCommandLine()));
  }

  private static String missing(CommandLine.MissingParameterException p, Messages m) {
    List<ArgSpec> missing = p.getMissing();
    if (missing != null && !missing.isEmpty() && missing.get(0) instanceof OptionSpec o) {
      if (p.getMessage().startsWith("Missing required option")) {
        return m.format("error.missing-option", name(o));
      }
      return m.format("error.option-needs-value", name(o), o.paramLabel());
    }
    List<String> labels = new ArrayList<>();
    if (missing != null) {
      for (ArgSpec a : missing) {
        labels.add(a instanceof PositionalParamSpec pp ? pp.paramLabel() : name(a));
      }
    }
    return m.format("error.missing-parameter", String.join(", ", labels));
  }

  /** What a value of the argument's type must look like. */
  private static String expected(ArgSpec arg, Messages m) {
    Class<?> type = arg.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return m.format("error.expected.integer");
    }
    if (type == OffsetDateTime.class) {
      return m.format("error.expected.as-of");
    }
    if (type == Path.class) {
      return m.format("error.expected.path");
    }
    return m.format("error.expected.other");
  }

  private static String name(ArgSpec a) {
    if (a instanceof OptionSpec o) {
      return o.longestName();
    }
    return a.paramLabel();
  }

  private static String synopsisOf(CommandLine cl) {
    List<String> names = new ArrayList<>();
    for (CommandLine c = cl; c != null; c = c.getParent()) {
      names.add(0, c.getCommandName());
    }
    return String.join(" ", names);
  }

  /** "Did you mean" for a mistyped option or subcommand, or null. */
  static String suggestion(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) {
      return null;
    }
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    List<String> options = new ArrayList<>(spec.optionsMap().keySet());
    List<String> commands = new ArrayList<>(spec.subcommands().keySet());
    for (String arg : u.getUnmatched()) {
      String guess = Suggest.closest(arg, arg.startsWith("-") ? options : commands);
      if (guess != null) {
        return guess;
      }
    }
    return null;
  }
}
