package io.shenbao.rules.read;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Problem;
import io.shenbao.rules.model.Progress;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.read.yaml.YNode;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a first-batch city's progress report, {@code progress.yaml} (format 1) or the workbook
 * {@code progress.xlsx}, into the model with positions. A workspace folder that holds one beside
 * its plan is a progress workspace; one that holds two is an error, as for plans.
 */
public final class ProgressReader {
  /** The progress file names a workspace may hold, in order of preference. */
  public static final List<String> NAMES =
      List.of("progress.yaml", "progress.yml", "progress.xlsx");

  private ProgressReader() {}

  /**
   * What reading gave.
   *
   * @param progress the report, or null if the file could not be read at all
   * @param yaml the located tree, or null
   * @param problems what was wrong
   */
  public record Result(Progress progress, LocatedYaml yaml, List<Problem> problems) {}

  /** The progress files a workspace folder holds, in order of preference; none for a city's own. */
  public static List<Path> find(Path dir) {
    List<Path> out = new ArrayList<>();
    for (String name : NAMES) {
      Path p = dir.resolve(name);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Reads and validates progress.yaml; never throws for bad input. (progress.xlsx is {@code
   * read.workbook.ProgressXlsxReader}'s; the engine picks one by the file's name.)
   */
  public static Result read(Path file, String display) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      problems.add(
          new Problem(Keys.InputUnreadable.MISSING, display, null, List.of(file.toString())));
      return new Result(null, null, problems);
    }
    LocatedYaml yaml = PlanReader.yaml(file, display, problems);
    if (yaml == null || !(yaml.root() instanceof YNode.YMap)) {
      return new Result(null, yaml, problems);
    }
    return bindAndValidate(yaml, display, problems);
  }

  /** Binds a located tree (from YAML or a workbook) to the model and runs its constraints. */
  public static Result bindAndValidate(LocatedYaml yaml, String display, List<Problem> problems) {
    Progress progress = PlanBinder.bind(yaml, Progress.class, display, problems);
    if (progress != null && progress.format() != null && progress.format() != 1) {
      problems.add(
          new Problem(
              Keys.InputType.FORMAT,
              display,
              ModelValidator.locate(yaml, "format"),
              List.of(String.valueOf(progress.format()))));
    }
    return new Result(progress, yaml, problems);
  }
}
