package io.shenbao.cli;

import io.shenbao.cli.bundle.FontSet;
import io.shenbao.cli.bundle.FontSet.Role;
import io.shenbao.rules.finding.Messages;
import io.shenbao.rules.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options {@code bundle} and {@code forward} share: how their package is written and dated, and
 * how the fonts and the date given are read.
 */
final class PackageOptions {
  @Option(names = "--zip", descriptionKey = "option.zip")
  boolean zip;

  @Option(names = "--font", paramLabel = "[ROLE=]FILE", descriptionKey = "option.font")
  List<String> fonts = new ArrayList<>();

  @Option(names = "--force", descriptionKey = "option.bundle-force")
  boolean force;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.date")
  String date;

  @Option(names = "--no-rasterize", descriptionKey = "option.no-rasterize")
  boolean noRasterize;

  /** --font FILE (every role) and --font ROLE=FILE, each role at most once. */
  FontSet.Request fontRequest(ShenbaoCommand global, CommandLine cl) {
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

    /**
     * Refuses a package dated after the deadline of {@code level} (none: nothing to refuse): the
     * receiving office does not accept it, so it would only mislead.
     */
    void refuseLate(ShenbaoCommand global, CommandLine cl, Policy.Level level, ZoneOffset zone) {
      if (level == null || level.deadline() == null) {
        return;
      }
      Instant at = when(zone);
      if (at.isAfter(level.deadlineInstant().toInstant())) {
        Messages m = global.ui();
        throw global.usage(
            cl,
            "error.bundle-late",
            at.atZone(zone).toLocalDate(),
            m.format("error.date-from." + from),
            level
                .deadlineInstant()
                .atZoneSameInstant(zone)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
      }
    }
  }

  /** --date, else SOURCE_DATE_EPOCH (seconds), else the day of --as-of, else now. */
  Dated dated(ShenbaoCommand global, CommandLine cl) {
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
}
