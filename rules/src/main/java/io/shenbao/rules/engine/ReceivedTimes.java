package io.shenbao.rules.engine;

import io.shenbao.rules.read.Reason;
import io.shenbao.rules.read.yaml.LocatedYaml;
import io.shenbao.rules.read.yaml.YNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An office's received.yaml: when each package arrived, by package name ({@code 璧山区-申报包.zip:
 * 2024-05-16 17:30}), read with the same located YAML reader as plans. What a name and a time must
 * be is the caller's to decide; this reads the entries in order, each with its line.
 */
public final class ReceivedTimes {
  /**
   * One entry as written.
   *
   * @param name the package's file name
   * @param line the entry's line in the file (1-based)
   * @param time the time as written, stripped; empty when none is given
   */
  public record Entry(String name, int line, String time) {}

  private ReceivedTimes() {}

  /**
   * The entries of {@code file}, empty when it is empty; a usage error when it cannot be read, is
   * not YAML, or is not a mapping.
   */
  public static List<Entry> read(Path file) throws UsageException {
    LocatedYaml yaml;
    try {
      yaml = LocatedYaml.parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UsageException("error.received-unreadable", file.toString(), Reason.of(e));
    } catch (LocatedYaml.SyntaxError e) {
      throw new UsageException("error.received-unreadable", file.toString(), Reason.yaml(e));
    }
    List<Entry> out = new ArrayList<>();
    if (yaml.root() == null || yaml.root() instanceof YNode.YScalar s && s.isNull()) {
      return out;
    }
    if (!(yaml.root() instanceof YNode.YMap map)) {
      throw new UsageException("error.received-mapping", file.toString());
    }
    for (YNode.Entry e : map.entries()) {
      String text = e.value() instanceof YNode.YScalar s && !s.isNull() ? s.text().strip() : "";
      out.add(new Entry(e.key(), e.line(), text));
    }
    return out;
  }
}
