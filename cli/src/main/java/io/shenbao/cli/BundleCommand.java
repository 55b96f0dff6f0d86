package io.shenbao.cli;

import io.shenbao.cli.bundle.BundleException;
import io.shenbao.cli.bundle.BundleTarget;
import io.shenbao.cli.bundle.Bundler;
import io.shenbao.cli.bundle.FontSet;
import io.shenbao.cli.bundle.FontSet.Role;
import io.shenbao.rules.engine.CheckConfig;
import io.shenbao.rules.engine.UsageException;
import io.shenbao.rules.engine.WorkspaceContents;
import io.shenbao.rules.engine.WorkspaceRef;
import io.shenbao.rules.engine.Workspaces;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.policy.Policy;
import io.shenbao.rules.policy.PolicyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
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

/** {@code shenbao bundle WORKSPACE}: validates, then writes the submission package. */
@Command(name = "bundle", mixinStandardHelpOptions = true)
public final class BundleCommand implements Callable<Integer> {
  @ParentCommand ShenbaoCommand global;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WORKSPACE", descriptionKey = "param.workspace")
  String workspace;

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.out")
  Path out;

  @Option(names = "--copies", paramLabel = "N", descriptionKey = "option.copies")
  Integer copies;

  @Mixin PackageOptions pkg;

  @Override
  public Integer call() throws IOException, PolicyException {
    CommandLine cl = spec.commandLine();
    Messages m = global.messages();
    Dated when = bundleDate(global, cl, pkg.date);
    FontSet.Request fontRequest = fontRequest(global, cl, pkg.fonts);
    List<WorkspaceRef> found;
    try {
      found = Workspaces.find(List.of(workspace));
    } catch (UsageException e) {
      throw global.usage(cl, e);
    }
    if (found.size() != 1) {
      throw global.usage(cl, "error.bundle-one", workspace, found.size());
    }
    WorkspaceRef ws = found.get(0);
    if (copies != null && (copies < 1 || copies > 999)) {
      throw global.usage(cl, "bundle.error.copies", copies);
    }
    Policy forced = global.forcedPolicy(cl);
    return new PackageRun(global, cl, m, pkg, fontRequest)
        .run(
            out(ws),
            ws.dir(),
            CheckConfig.of(List.of(ws), forced, global.asOf()),
            "bundle",
            new PackageRun.Steps() {
              @Override
              public void checked(Map<WorkspaceRef, WorkspaceContents> checked) {
                refuseLate(cl, when, checked.get(ws));
              }

              @Override
              public Bundler.Result build(
                  Map<WorkspaceRef, WorkspaceContents> checked, FontSet faces, BundleTarget claimed)
                  throws IOException, BundleException {
                WorkspaceContents contents = checked.get(ws);
                return Bundler.build(
                    contents,
                    faces,
                    copies,
                    when.when(contents.policy().zone()),
                    !pkg.noRasterize,
                    claimed);
              }
            });
  }

  /** --font FILE (every role) and --font ROLE=FILE, each role at most once. */
  static FontSet.Request fontRequest(ShenbaoCommand global, CommandLine cl, List<String> fonts) {
    Path all = null;
    Map<Role, Path> byRole = new EnumMap<>(Role.class);
    for (String value : fonts) {
      int eq = value.indexOf('=');
      Role role = eq > 0 ? Role.of(value.substring(0, eq)) : null;
      if (role == null) {
        if (eq > 0
            && value.substring(0, eq).matches("[A-Za-z\\p{IsHan}]+")
            && !Files.exists(Path.of(value))) {
          throw global.usage(cl, "error.font-role", value.substring(0, eq));
        }
        if (all != null) {
          throw global.usage(cl, "error.font-twice", "FILE");
        }
        all = Path.of(value);
      } else {
        if (byRole.containsKey(role) || eq + 1 == value.length()) {
          throw global.usage(
              cl, byRole.containsKey(role) ? "error.font-twice" : "error.font-role", role.key());
        }
        byRole.put(role, Path.of(value.substring(eq + 1)));
      }
    }
    return new FontSet.Request(all, byRole);
  }

  private Path out(WorkspaceRef ws) {
    return out != null ? out : Bundler.defaultOut(ws.dir());
  }

  /**
   * The package's date and where it came from (a bundle key of {@code bundle.date-from.*}): a day
   * (--date, or the day of --as-of) starts in the zone of the workspace's rule set, an instant
   * (SOURCE_DATE_EPOCH, now) is what it is.
   */
  record Dated(LocalDate day, OffsetDateTime asOf, Instant instant, String from) {
    /** The package's instant, a day taken in {@code zone}. */
    Instant when(ZoneOffset zone) {
      LocalDate d = asOf != null ? asOf.atZoneSameInstant(zone).toLocalDate() : day;
      return d != null ? d.atStartOfDay(zone).toInstant() : instant;
    }
  }

  /** --date, else SOURCE_DATE_EPOCH (seconds), else the day of --as-of, else now. */
  static Dated bundleDate(ShenbaoCommand global, CommandLine cl, String date) {
    if (date != null) {
      try {
        return new Dated(LocalDate.parse(date.trim()), null, null, "date");
      } catch (DateTimeParseException e) {
        throw global.usage(cl, "error.date", date);
      }
    }
    String epoch = global.env.get("SOURCE_DATE_EPOCH");
    if (epoch != null && !epoch.isBlank()) {
      try {
        return new Dated(null, null, Instant.ofEpochSecond(Long.parseLong(epoch.trim())), "epoch");
      } catch (NumberFormatException e) {
        throw global.usage(cl, "error.source-date-epoch", epoch);
      }
    }
    if (global.asOf != null) {
      return new Dated(null, global.asOf, null, "as-of");
    }
    return new Dated(null, null, global.clock.instant(), "today");
  }

  /**
   * Refuses a package dated after the deadline of the plan's level: the receiving office does not
   * accept it, so it would only mislead.
   */
  private void refuseLate(CommandLine cl, Dated when, WorkspaceContents contents) {
    Policy.Level level =
        contents.plan().submission() == null
            ? null
            : contents.policy().level(contents.plan().submission().level());
    refuseLate(global, cl, when, level, contents.policy().zone());
  }

  /** Refuses a package dated after the deadline of {@code level} (none: nothing to refuse). */
  static void refuseLate(
      ShenbaoCommand global, CommandLine cl, Dated when, Policy.Level level, ZoneOffset zone) {
    if (level == null || level.deadline() == null) {
      return;
    }
    Instant at = when.when(zone);
    if (at.isAfter(level.deadlineInstant().toInstant())) {
      Messages m = global.ui();
      throw global.usage(
          cl,
          "error.bundle-late",
          at.atZone(zone).toLocalDate(),
          m.format("error.date-from." + when.from()),
          level
              .deadlineInstant()
              .atZoneSameInstant(zone)
              .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }
  }
}
