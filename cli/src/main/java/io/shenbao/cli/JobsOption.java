package io.shenbao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code -j/--jobs}: how many workspaces or packages are checked at once (validate, compare,
 * intake). Each command words it for what it checks: {@code option.jobs} (workspaces), overridden
 * by the command-qualified {@code shenbao.intake.option.jobs} (packages) and {@code
 * shenbao.compare.option.jobs} in the commands bundle.
 */
final class JobsOption {
  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      defaultValue = "1",
      descriptionKey = "option.jobs")
  int jobs;

  /** The number given, refused with a usage error outside 1–64. */
  int checked(ShenbaoCommand global, CommandLine cl) {
    if (jobs < 1 || jobs > 64) {
      throw global.usage(cl, "error.jobs", jobs);
    }
    return jobs;
  }
}
