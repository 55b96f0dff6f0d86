package io.shenbao.rules.read;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.model.Plan;
import io.shenbao.rules.read.workbook.PlanLayout;
import io.shenbao.rules.read.workbook.PlanXlsxReader;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.read.yaml.YNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code plan.yaml} (format 1) into the model with positions, and checks its fields. */
public final class PlanReader {
  /** The largest plan file read. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private PlanReader() {}

  /**
   * What reading gave.
   *
   * @param plan the plan, or null if the file could not be read at all
   * @param yaml the located tree, or null
   * @param problems what was wrong
   */
  public record Result(Plan plan, LocatedYaml yaml, List<Problem> problems) {}

  /** Reads and validates the plan (plan.yaml or plan.xlsx); never throws for bad input. */
  public static Result read(Path file, String display) {
    return read(file, display, PlanLayout.Words.NONE);
  }

  /** True when the plan is a workbook (plan.xlsx), read by its labels. */
  public static boolean isWorkbook(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Reads and validates the plan; a workbook is read in a rule set's {@code words} as well as the
   * layout's own. Never throws for bad input.
   */
  public static Result read(Path file, String display, PlanLayout.Words words) {
    if (isWorkbook(file)) {
      return PlanXlsxReader.read(file, display, words);
    }
    List<Problem> problems = new ArrayList<>();
    LocatedYaml yaml = yaml(file, display, problems);
    if (yaml == null || !(yaml.root() instanceof YNode.YMap)) {
      return new Result(null, yaml, problems);
    }
    return bindAndValidate(yaml, display, problems);
  }

  /**
   * Reads a YAML file of the workspace (a plan, a progress report) into a located tree: null, with
   * the problem, when it is too large, not UTF-8 or not YAML; a tree whose root is not a mapping
   * comes with its problem too.
   */
  public static LocatedYaml yaml(Path file, String display, List<Problem> problems) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        problems.add(
            new Problem(
                Keys.InputUnreadable.TOO_LARGE, display, null, List.of(String.valueOf(MAX_BYTES))));
        return null;
      }
      text = decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      problems.add(new Problem(Keys.InputSyntax.ENCODING, display, null, List.of()));
      return null;
    } catch (IOException e) {
      problems.add(
          new Problem(
              Keys.InputUnreadable.IO, display, null, List.of(String.valueOf(e.getMessage()))));
      return null;
    }
    LocatedYaml yaml;
    try {
      yaml = LocatedYaml.parse(new StringReader(text));
    } catch (LocatedYaml.SyntaxError e) {
      Location at = e.line() > 0 ? Location.yaml(e.line(), e.column(), null) : null;
      problems.add(new Problem(Keys.InputSyntax.YAML, display, at, List.of(Reason.yaml(e))));
      return null;
    }
    if (!(yaml.root() instanceof YNode.YMap)) {
      problems.add(new Problem(Keys.InputSyntax.NOT_MAPPING, display, null, List.of()));
    }
    return yaml;
  }

  /** Binds a located tree (from YAML or a workbook) to the model and runs its constraints. */
  public static Result bindAndValidate(LocatedYaml yaml, String display, List<Problem> problems) {
    Plan plan = bind(yaml, Plan.class, display, problems);
    if (plan != null && plan.format() != null && plan.format() != 1) {
      problems.add(
          new Problem(
              Keys.InputType.FORMAT,
              display,
              ModelValidator.locate(yaml, "format"),
              List.of(String.valueOf(plan.format()))));
    }
    return new Result(plan, yaml, problems);
  }

  /**
   * Binds a located tree to a model record (a plan, a progress report) and runs its field
   * constraints: one mistake, one finding — a field whose value was already reported is not also
   * missing, and a cell the workbook computes is never the user's mistake (its inputs are
   * reported).
   */
  public static <T extends Record> T bind(
      LocatedYaml yaml, Class<T> type, String display, List<Problem> problems) {
    T model = new RecordBinder(display, problems, yaml).bind(yaml.root(), type);
    if (model != null) {
      Set<String> reported = new HashSet<>();
      for (Problem p : problems) {
        if (p.location() != null && p.location().path() != null) {
          reported.add(p.location().path());
        }
      }
      for (Problem p : ModelValidator.validate(model, yaml, display)) {
        String path = p.location() == null ? null : p.location().path();
        if (path == null || !(reported.contains(path) || yaml.isComputed(path))) {
          problems.add(p);
        }
      }
    }
    return model;
  }

  /** UTF-8 (a BOM is dropped), strictly: a GBK-saved plan is reported, not misread. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    int from =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
        .toString();
  }
}
