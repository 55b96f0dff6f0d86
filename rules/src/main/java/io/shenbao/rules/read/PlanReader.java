package io.shenbao.rules.read;

import io.shenbao.rules.finding.Keys;
import io.shenbao.rules.finding.Location;
import io.shenbao.rules.finding.Problem;
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
import java.util.List;

/**
 * Reads {@code plan.yaml} (format 1) into the model with positions, and checks its fields; also
 * reads any YAML file of a workspace into a located tree.
 */
public final class PlanReader {
  /** The largest plan file read. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private PlanReader() {}

  /**
   * Reads and validates plan.yaml; never throws for bad input. (plan.xlsx is read by {@code
   * read.workbook.PlanXlsxReader}; both bind through {@link PlanBinder}.)
   */
  public static PlanBinder.Result read(Path file, String display) {
    List<Problem> problems = new ArrayList<>();
    LocatedYaml yaml = yaml(file, display, problems);
    if (yaml == null || !(yaml.root() instanceof YNode.YMap)) {
      return new PlanBinder.Result(null, yaml, problems);
    }
    return PlanBinder.bindAndValidate(yaml, display, problems);
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
